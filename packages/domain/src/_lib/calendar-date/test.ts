import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addWorkingDays,
  type CalendarDate,
  dayOfWeek,
  differenceInDays,
  fromDayNumber,
  isCalendarDate,
  parseCalendarDate,
  toDayNumber,
} from "./index.js";

describe("isCalendarDate", () => {
  it("accepts real days and refuses impossible ones", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("26-1-1")).toBe(false);
  });
});

describe("day arithmetic", () => {
  it("round-trips every day number", () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 60_000 }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it("crosses years and knows the weekday", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(dayOfWeek("2026-11-23")).toBe(1);
    expect(differenceInDays("2026-11-30", "2026-11-23")).toBe(7);
  });

  it("clamps month ends", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-11-23", -12)).toBe("2025-11-23");
  });

  it("skips weekends and holidays when counting working days", () => {
    const holidays = new Set<string>(["2026-12-25"]);
    expect(addWorkingDays("2026-11-27", 1, holidays)).toBe("2026-11-30");
    expect(addWorkingDays("2026-12-24", 1, holidays)).toBe("2026-12-28" satisfies CalendarDate);
  });
});

describe("parseCalendarDate", () => {
  it("turns a string from a form into a CalendarDate", () => {
    const parsed = parseCalendarDate(" 2026-11-23 ");
    expect(parsed).toEqual({ success: true, data: "2026-11-23" });
    if (parsed.success) expect(addDays(parsed.data, 1)).toBe("2026-11-24");
  });

  it("refuses impossible days and other values with an issue that says how to write a date", () => {
    for (const value of ["2026-02-31", "23-11-2026", "", 20261123, null, undefined]) {
      const parsed = parseCalendarDate(value);
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect([parsed.issues[0].code, parsed.issues[0].path, parsed.issues[0].message.includes("YYYY-MM-DD")]).toEqual(["invalid_date", [], true]);
    }
  });
});
