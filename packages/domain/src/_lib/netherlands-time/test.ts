import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, fromDayNumber } from "../calendar-date/index.js";
import { instantInNetherlands, todayInNetherlands } from "./index.js";

describe("todayInNetherlands", () => {
  it("gives the Dutch day, not the UTC day, just after midnight in Amsterdam", () => {
    expect(todayInNetherlands(new Date("2026-01-01T23:30:00Z"))).toBe("2026-01-02");
    expect(todayInNetherlands(new Date("2026-01-01T22:59:59Z"))).toBe("2026-01-01");
  });

  it("follows summer time (UTC+2)", () => {
    expect(todayInNetherlands(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(todayInNetherlands(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });

  it("passes midnight on the night the clocks go back (25 October 2026)", () => {
    expect(todayInNetherlands(new Date("2026-10-24T21:59:59Z"))).toBe("2026-10-24");
    expect(todayInNetherlands(new Date("2026-10-24T22:00:00Z"))).toBe("2026-10-25");
    // 02:59 summer time, then 02:00 winter time: still the same day.
    expect(todayInNetherlands(new Date("2026-10-25T00:59:59Z"))).toBe("2026-10-25");
    expect(todayInNetherlands(new Date("2026-10-25T01:00:00Z"))).toBe("2026-10-25");
    expect(todayInNetherlands(new Date("2026-10-25T22:59:59Z"))).toBe("2026-10-25");
    expect(todayInNetherlands(new Date("2026-10-25T23:00:00Z"))).toBe("2026-10-26");
  });

  it("refuses an invalid instant with a RangeError that names it", () => {
    expect(() => todayInNetherlands(new Date("not a date"))).toThrow(/instant must be a valid Date/);
    expect(() => todayInNetherlands("2026-01-01" as unknown as Date)).toThrow(RangeError);
  });

  it("is the day whose Dutch midnight came last, for any instant", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 365 * 24 * 60 }), (minutes) => {
        const instant = new Date(Date.UTC(1990, 0, 1) + minutes * 60_000);
        const day = todayInNetherlands(instant);
        expect(instantInNetherlands(day).getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(instantInNetherlands(addDays(day, 1)).getTime()).toBeGreaterThan(instant.getTime());
      }),
    );
  });
});

describe("instantInNetherlands", () => {
  it("turns a wall-clock time on a Dutch day into an instant, summer and winter", () => {
    expect(instantInNetherlands("2026-07-01", 9).toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(instantInNetherlands("2026-12-01", 9).toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(instantInNetherlands("2026-12-01").toISOString()).toBe("2026-11-30T23:00:00.000Z");
  });

  it("has days of 23 and 25 hours when the clocks change", () => {
    const hours = (day: `${number}-${number}-${number}`) => (instantInNetherlands(addDays(day, 1)).getTime() - instantInNetherlands(day).getTime()) / 3_600_000;
    expect(hours("2026-03-29")).toBe(23);
    expect(hours("2026-10-25")).toBe(25);
    expect(hours("2026-11-23")).toBe(24);
  });

  it("round-trips with todayInNetherlands for every day of the year", () => {
    for (let n = 20_454; n < 20_454 + 366; n += 1) {
      const day = fromDayNumber(n);
      expect(todayInNetherlands(instantInNetherlands(day, 12))).toBe(day);
      expect(todayInNetherlands(instantInNetherlands(day))).toBe(day);
    }
  });

  it("refuses impossible days and hours", () => {
    expect(() => instantInNetherlands("2026-02-31")).toThrow(/day must be a calendar date/);
    expect(() => instantInNetherlands("2026-02-01", 24)).toThrow(/hour/);
    expect(() => instantInNetherlands("2026-02-01", 9, 60)).toThrow(/minute/);
  });
});
