import { describe, expect, it } from "vitest";
import { commonPracticeRules } from "../common-practice/index.js";
import { clientStanding, formatDate, joinList } from "./index.js";

describe("clientStanding", () => {
  it("counts a former client within the window", () => {
    expect(clientStanding({ client: "former", careEndedOn: "2025-01-01" }, commonPracticeRules, "2026-11-23")).toEqual({
      kind: "former_recent",
      careEndedOn: "2025-01-01",
      until: "2027-01-01",
    });
  });
});

describe("formatDate", () => {
  it("writes Dutch and English dates in words", () => {
    expect(formatDate("2025-12-31", "nl")).toBe("31 december 2025");
    expect(formatDate("2025-03-01", "en")).toBe("1 March 2025");
  });
});

describe("joinList", () => {
  it("joins with 'en' in Dutch and 'and' in English", () => {
    expect(joinList(["a", "b", "c"], "nl")).toBe("a, b en c");
    expect(joinList(["a", "b"], "en")).toBe("a and b");
    expect(joinList(["a"], "en")).toBe("a");
  });
});
