import { describe, expect, it } from "vitest";
import { addPeriod, defaultProcedureSettings, ProcedureSettingsSchema } from "./index.js";

describe("addPeriod", () => {
  it.each([
    [{ amount: 30, unit: "calendar-days" as const }, "2026-12-23"],
    [{ amount: 6, unit: "weeks" as const }, "2027-01-04"],
    [{ amount: 2, unit: "months" as const }, "2027-01-23"],
    [{ amount: 5, unit: "working-days" as const }, "2026-11-30"],
  ])("adds %o to 23 November 2026", (period, expected) => {
    expect(addPeriod("2026-11-23", period)).toBe(expected);
  });

  it("skips the organisation's extra non-working days", () => {
    expect(addPeriod("2026-11-23", { amount: 1, unit: "working-days" }, { holidays: [], extraNonWorkingDays: ["2026-11-24"] })).toBe("2026-11-25");
  });
});

describe("ProcedureSettingsSchema", () => {
  it("fills in the default holidays", () => {
    const parsed = ProcedureSettingsSchema.parse({ adviceAnswerPeriod: { amount: 4, unit: "weeks" }, consentAnswerPeriod: { amount: 4, unit: "weeks" } });
    expect(parsed.holidays).toEqual(defaultProcedureSettings.holidays);
  });

  it("refuses a period of zero", () => {
    expect(ProcedureSettingsSchema.safeParse({ adviceAnswerPeriod: { amount: 0, unit: "weeks" }, consentAnswerPeriod: { amount: 4, unit: "weeks" } }).success).toBe(false);
  });
});
