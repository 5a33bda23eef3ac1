import { describe, expect, it } from "vitest";
import { dutchHolidays, holidaySet } from "./index.js";

describe("dutchHolidays", () => {
  it("computes the moving feasts from Easter", () => {
    const days = Object.fromEntries(dutchHolidays(2026).map((h) => [h.id, h.date]));
    expect(days["eerste-paasdag"]).toBe("2026-04-05");
    expect(days["hemelvaartsdag"]).toBe("2026-05-14");
    expect(days["tweede-pinksterdag"]).toBe("2026-05-25");
  });

  it("moves Koningsdag to the 26th when the 27th is a Sunday", () => {
    expect(dutchHolidays(2025).find((h) => h.id === "koningsdag")?.date).toBe("2025-04-26");
    expect(dutchHolidays(2026).find((h) => h.id === "koningsdag")?.date).toBe("2026-04-27");
  });

  it("leaves Goede Vrijdag and Bevrijdingsdag out of the default working-day set", () => {
    const set = holidaySet(2026, 2026);
    expect(set.has("2026-04-03")).toBe(false);
    expect(set.has("2026-05-05")).toBe(false);
    expect(set.has("2026-12-26")).toBe(true);
  });
});
