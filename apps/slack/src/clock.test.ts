import { describe, expect, it } from "vitest";
import { atHour, calendarDay } from "./clock.js";

describe("calendarDay", () => {
  it("is already tomorrow in the Netherlands late in the UTC evening", () => {
    expect(calendarDay(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24");
  });
});

describe("atHour", () => {
  it("gives 9:00 summer time as 7:00 UTC", () => {
    expect(atHour("2026-07-01", 9).toISOString()).toBe("2026-07-01T07:00:00.000Z");
  });

  it("gives 9:00 winter time as 8:00 UTC", () => {
    expect(atHour("2026-12-01", 9).toISOString()).toBe("2026-12-01T08:00:00.000Z");
  });

  it("handles the day summer time starts", () => {
    expect(atHour("2026-03-29", 9).toISOString()).toBe("2026-03-29T07:00:00.000Z");
  });
});
