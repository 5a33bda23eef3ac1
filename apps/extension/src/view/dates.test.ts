import { describe, expect, it } from "vitest";
import { formatDate, todayInNetherlands } from "./dates.js";

describe("todayInNetherlands", () => {
  it("is already tomorrow in Amsterdam late in the UTC evening", () => {
    expect(todayInNetherlands(new Date("2026-03-01T23:30:00Z"))).toBe("2026-03-02");
  });

  it("follows summer time", () => {
    expect(todayInNetherlands(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(todayInNetherlands(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });
});

describe("formatDate", () => {
  it("writes Dutch month names", () => {
    expect(formatDate("2026-03-02", "nl")).toBe("2 maart 2026");
  });

  it("writes English month names", () => {
    expect(formatDate("2026-03-02", "en")).toBe("2 March 2026");
  });
});
