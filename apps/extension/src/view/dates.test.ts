import { describe, expect, it } from "vitest";
import { formatDate } from "./dates.js";

describe("formatDate", () => {
  it("writes Dutch month names", () => {
    expect(formatDate("2026-03-02", "nl")).toBe("2 maart 2026");
  });

  it("writes English month names", () => {
    expect(formatDate("2026-03-02", "en")).toBe("2 March 2026");
  });
});
