import { describe, expect, it } from "vitest";
import { formatCalendarDate } from "./index.js";

describe("formatCalendarDate", () => {
  it("writes the day, the month in words and the year, in Dutch and in English", () => {
    expect(formatCalendarDate("2027-01-04", "nl")).toBe("4 januari 2027");
    expect(formatCalendarDate("2028-02-29", "nl")).toBe("29 februari 2028");
    expect(formatCalendarDate("2026-03-02", "en")).toBe("2 March 2026");
  });

  it("returns anything that is not a calendar date unchanged", () => {
    expect(formatCalendarDate("binnenkort", "nl")).toBe("binnenkort");
    expect(formatCalendarDate("2027-02-30", "nl")).toBe("2027-02-30");
    expect(formatCalendarDate(undefined, "en")).toBe("");
    expect(formatCalendarDate(3, "en")).toBe("3");
  });
});
