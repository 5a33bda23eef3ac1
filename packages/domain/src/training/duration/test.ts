import { describe, expect, it } from "vitest";
import { durationBounds, formatDuration, HOURS_PER_HALF_DAY, TrainingDurationSchema } from "./index.js";

describe("durationBounds", () => {
  it("counts a fixed duration as its own minimum and maximum", () => {
    expect(durationBounds({ kind: "fixed", halfDays: 2 })).toEqual({ min: 2, max: 2 });
  });

  it("keeps both ends of a range", () => {
    expect(durationBounds({ kind: "range", minHalfDays: 2, maxHalfDays: 4 })).toEqual({ min: 2, max: 4 });
  });

  it("leaves the maximum open for 'at least'", () => {
    expect(durationBounds({ kind: "atLeast", minHalfDays: 1 })).toEqual({ min: 1, max: null });
  });

  it("counts 'depends on the question' only when the guide gives a minimum", () => {
    expect(durationBounds({ kind: "onRequest" })).toBeNull();
    expect(durationBounds({ kind: "onRequest", minHalfDays: 1 })).toEqual({ min: 1, max: null });
  });

  it("gives no bounds for a module without a duration", () => {
    expect(durationBounds(null)).toBeNull();
  });
});

describe("formatDuration", () => {
  it("writes every kind in Dutch", () => {
    expect([
      formatDuration({ kind: "fixed", halfDays: 1 }, "nl"),
      formatDuration({ kind: "fixed", halfDays: 4 }, "nl"),
      formatDuration({ kind: "range", minHalfDays: 2, maxHalfDays: 4 }, "nl"),
      formatDuration({ kind: "atLeast", minHalfDays: 1 }, "nl"),
      formatDuration({ kind: "onRequest" }, "nl"),
      formatDuration({ kind: "onRequest", scope: true }, "nl"),
      formatDuration({ kind: "onRequest", minHalfDays: 1 }, "nl"),
      formatDuration(null, "nl"),
    ]).toMatchInlineSnapshot(`
      [
        "1 dagdeel",
        "4 dagdelen",
        "2 tot 4 dagdelen",
        "minimaal 1 dagdeel",
        "hangt af van de vraag",
        "hangt af van de vraag en de omvang",
        "hangt af van de vraag (minimaal 1 dagdeel)",
        "in overleg",
      ]
    `);
  });

  it("writes every kind in English", () => {
    expect([
      formatDuration({ kind: "fixed", halfDays: 2 }, "en"),
      formatDuration({ kind: "range", minHalfDays: 2, maxHalfDays: 4 }, "en"),
      formatDuration({ kind: "atLeast", minHalfDays: 1 }, "en"),
      formatDuration({ kind: "onRequest", scope: true }, "en"),
      formatDuration(null, "en"),
    ]).toMatchInlineSnapshot(`
      [
        "2 half-days",
        "2 to 4 half-days",
        "at least 1 half-day",
        "depends on the question and its size",
        "by arrangement",
      ]
    `);
  });
});

describe("TrainingDurationSchema", () => {
  it("refuses a range whose minimum is not below its maximum", () => {
    expect(TrainingDurationSchema.safeParse({ kind: "range", minHalfDays: 3, maxHalfDays: 3 }).success).toBe(false);
  });

  it("accepts a range", () => {
    expect(TrainingDurationSchema.safeParse({ kind: "range", minHalfDays: 2, maxHalfDays: 4 }).success).toBe(true);
  });
});

describe("HOURS_PER_HALF_DAY", () => {
  it("is the guide's 4 hours", () => {
    expect(HOURS_PER_HALF_DAY).toBe(4);
  });
});
