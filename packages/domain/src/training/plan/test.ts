import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWeekend, toDayNumber } from "../../_lib/calendar-date/index.js";
import { holidaySet } from "../../_lib/holidays/index.js";
import { TRAINING_ITEM_IDS } from "../ids/index.js";
import { type PlanTrainingOptions, planTraining } from "./index.js";

const rates = { member: 100, nonMember: 125 };
const costFor = (membership: "none" | "member" | "extended", extra: Partial<NonNullable<PlanTrainingOptions["cost"]>> = {}): PlanTrainingOptions["cost"] => ({
  hourlyRates: rates,
  membership,
  ...extra,
});
const order = (ids: readonly string[]) => planTraining(ids).items.map((item) => item.itemId);
const codes = (ids: readonly string[], options: PlanTrainingOptions = {}) => planTraining(ids, options).issues.map((issue) => issue.code);

describe("planTraining: order", () => {
  it("puts the work plan after internal organisation", () => {
    expect(order(["work-plan", "internal-organisation"])).toEqual(["internal-organisation", "work-plan"]);
  });

  it("puts vision before governance and supervision", () => {
    expect(order(["governance-and-supervision", "building", "vision"])).toEqual(["building", "vision", "governance-and-supervision"]);
  });

  it("keeps the caller's order where no rule applies", () => {
    expect(order(["finances", "basic-course", "building"])).toEqual(["finances", "basic-course", "building"]);
  });

  it("says when it moved an item", () => {
    expect(planTraining(["work-plan", "internal-organisation"]).issues.filter((i) => i.code === "order_adjusted")).toMatchInlineSnapshot(`
      [
        {
          "code": "order_adjusted",
          "params": {
            "after": "internal-organisation",
            "item": "work-plan",
            "rule": "work-plan-after-internal-organisation",
          },
          "severity": "info",
        },
      ]
    `);
  });

  it("notes a recommended first module that was not chosen, without adding it", () => {
    const plan = planTraining(["governance-and-supervision"]);
    expect(plan.items.map((item) => item.itemId)).toEqual(["governance-and-supervision"]);
    expect(plan.issues.map((issue) => issue.code)).toContain("recommended_first_missing");
  });

  it("numbers positions from 1", () => {
    expect(planTraining(["self-evaluation", "values-portrait"]).items.map((item) => item.position)).toEqual([1, 2]);
  });
});

describe("planTraining: input", () => {
  it("reports an unknown id and plans the rest", () => {
    const plan = planTraining(["cooking", "self-evaluation"]);
    expect(plan.items.map((item) => item.itemId)).toEqual(["self-evaluation"]);
    expect(plan.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_item",
          "params": {
            "id": "cooking",
          },
          "severity": "error",
        },
      ]
    `);
  });

  it("plans a duplicate once and warns", () => {
    const plan = planTraining(["self-evaluation", "self-evaluation"]);
    expect(plan.items).toHaveLength(1);
    expect(codes(["self-evaluation", "self-evaluation"])).toEqual(["duplicate_item"]);
  });

  it("warns when nothing is left to plan", () => {
    expect(codes([])).toEqual(["no_items"]);
  });

  it("refuses invalid options with coded issues", () => {
    const plan = planTraining(["self-evaluation"], {
      cost: { hourlyRates: { member: -5, nonMember: 100 }, membership: "gold" as never },
      schedule: { start: "2027-02-30", every: 0 },
    });
    expect(plan.items).toEqual([]);
    expect(plan.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_option",
          "params": {
            "path": "cost.hourlyRates.member",
            "problem": "too_small",
          },
          "severity": "error",
        },
        {
          "code": "invalid_option",
          "params": {
            "path": "cost.membership",
            "problem": "invalid_value",
          },
          "severity": "error",
        },
        {
          "code": "invalid_option",
          "params": {
            "path": "schedule.start",
            "problem": "custom",
          },
          "severity": "error",
        },
        {
          "code": "invalid_option",
          "params": {
            "path": "schedule.every",
            "problem": "too_small",
          },
          "severity": "error",
        },
      ]
    `);
  });

  it("warns when agreed half-days fall outside the guide's duration", () => {
    expect(planTraining(["reflection-meetings"], { agreedHalfDays: { "reflection-meetings": 5 } }).issues).toMatchInlineSnapshot(`
      [
        {
          "code": "agreed_outside_guide",
          "params": {
            "agreed": 5,
            "item": "reflection-meetings",
            "max": 4,
            "min": 2,
          },
          "severity": "warning",
        },
      ]
    `);
  });

  it("accepts agreed half-days within the guide's range without a warning", () => {
    expect(codes(["reflection-meetings"], { agreedHalfDays: { "reflection-meetings": 3 } })).toEqual([]);
  });

  it("warns about agreed half-days for an item that is not in the plan", () => {
    expect(codes(["self-evaluation"], { agreedHalfDays: { vision: 2 } })).toEqual(["agreed_for_unplanned_item"]);
  });
});

describe("planTraining: totals", () => {
  it("adds fixed durations and both ends of a range, 4 hours a half-day", () => {
    expect(planTraining(["self-evaluation", "reflection-meetings"]).totals).toEqual({ halfDays: { min: 4, max: 6 }, hours: { min: 16, max: 24 } });
  });

  it("leaves the maximum open when an item lasts 'at least' some half-days", () => {
    const plan = planTraining(["self-evaluation", "basic-course"]);
    expect(plan.totals.halfDays).toEqual({ min: 3, max: null });
    expect(plan.issues).toContainEqual({ code: "open_ended", severity: "info", params: { item: "basic-course", min: 1 } });
  });

  it("leaves modules ('in overleg') out of totals and lists them", () => {
    const plan = planTraining(["vision", "self-evaluation"]);
    expect(plan.totals.halfDays).toEqual({ min: 2, max: 2 });
    expect(plan.leftOutOfTotals).toEqual(["vision"]);
    expect(plan.issues).toContainEqual({ code: "left_out_of_totals", severity: "info", params: { item: "vision", reason: "in_consultation" } });
  });

  it("leaves 'depends on the question' without a minimum out of totals", () => {
    const plan = planTraining(["mergers-and-acquisitions"]);
    expect(plan.leftOutOfTotals).toEqual(["mergers-and-acquisitions"]);
    expect(plan.issues[0]).toEqual({ code: "left_out_of_totals", severity: "info", params: { item: "mergers-and-acquisitions", reason: "depends_on_question" } });
  });

  it("counts 'depends on the question (at least 1 half-day)' as an open-ended minimum", () => {
    expect(planTraining(["mirror-conversations"]).totals.halfDays).toEqual({ min: 1, max: null });
  });

  it("counts the half-days agreed for a module", () => {
    const plan = planTraining(["vision"], { agreedHalfDays: { vision: 2 } });
    expect(plan.totals.halfDays).toEqual({ min: 2, max: 2 });
    expect(plan.items[0]?.agreed).toBe(true);
    expect(plan.leftOutOfTotals).toEqual([]);
  });

  it("gives each item its hours", () => {
    expect(planTraining(["reflection-meetings"]).items[0]?.hours).toEqual({ min: 8, max: 16 });
  });
});

describe("planTraining: cost", () => {
  it("uses the non-member rate for a council that is not a member", () => {
    const cost = planTraining(["self-evaluation"], { cost: costFor("none") }).cost;
    expect(cost?.rate).toBe("nonMember");
    expect(cost?.amountCents).toEqual({ min: 100_000, max: 100_000 });
  });

  it("uses the member rate for a member", () => {
    expect(planTraining(["self-evaluation"], { cost: costFor("member") }).cost?.amountCents).toEqual({ min: 80_000, max: 80_000 });
  });

  it("takes one half-day off for the extended membership in a given year", () => {
    const cost = planTraining(["self-evaluation"], { cost: costFor("extended", { year: 2027 }) }).cost;
    expect(cost).toMatchInlineSnapshot(`
      {
        "amountCents": {
          "max": 40000,
          "min": 40000,
        },
        "billableHours": {
          "max": 4,
          "min": 4,
        },
        "currency": "EUR",
        "freeHalfDayYears": [
          2027,
        ],
        "freeHalfDays": 1,
        "hourlyRateCents": 10000,
        "rate": "member",
      }
    `);
  });

  it("gives no free half-day for a year whose free half-day is used", () => {
    expect(planTraining(["self-evaluation"], { cost: costFor("extended", { year: 2027, freeHalfDayUsedInYears: [2027] }) }).cost?.freeHalfDays).toBe(0);
  });

  it("assumes this year's free half-day in an undated plan and says so", () => {
    const plan = planTraining(["self-evaluation"], { cost: costFor("extended") });
    expect(plan.cost?.freeHalfDays).toBe(1);
    expect(plan.issues.map((issue) => issue.code)).toEqual(["free_half_day_assumed", "free_half_day"]);
  });

  it("gives one free half-day for each calendar year the dated plan touches", () => {
    const plan = planTraining(["self-evaluation", "values-portrait"], {
      cost: costFor("extended"),
      schedule: { start: "2026-11-02", every: 4 },
    });
    expect(plan.cost?.freeHalfDayYears).toEqual([2026, 2027]);
    expect(plan.cost?.freeHalfDays).toBe(2);
  });

  it("never takes off more than the counted half-days", () => {
    expect(planTraining(["vision"], { cost: costFor("extended", { year: 2027 }) }).cost?.amountCents).toEqual({ min: 0, max: 0 });
  });

  it("leaves the maximum cost open when a duration is open-ended", () => {
    expect(planTraining(["basic-course"], { cost: costFor("member") }).cost?.amountCents).toEqual({ min: 40_000, max: null });
  });

  it("counts in whole cents", () => {
    const cost = planTraining(["self-evaluation"], { cost: { hourlyRates: { member: 99.99, nonMember: 0.1 }, membership: "none" } }).cost;
    expect(cost?.hourlyRateCents).toBe(10);
    expect(cost?.amountCents.min).toBe(80);
  });
});

describe("planTraining: dates", () => {
  it("dates every half-day in the rhythm", () => {
    const plan = planTraining(["self-evaluation", "values-portrait"], { schedule: { start: "2027-01-11", every: 2 } });
    expect(plan.items.flatMap((item) => item.sessions.map((s) => s.date))).toEqual(["2027-01-11", "2027-01-25", "2027-02-08", "2027-02-22"]);
    expect([plan.firstDate, plan.lastDate]).toEqual(["2027-01-11", "2027-02-22"]);
  });

  it("moves a session off a weekend to the next working day", () => {
    const plan = planTraining(["self-evaluation"], { schedule: { start: "2027-01-09", every: 1 } });
    expect(plan.items[0]?.sessions[0]).toEqual({ date: "2027-01-11", halfDay: 1, movedFrom: "2027-01-09" });
  });

  it("moves a session off a public holiday (Easter Monday 2027)", () => {
    const plan = planTraining(["self-evaluation"], { schedule: { start: "2027-03-15", every: 2 } });
    expect(plan.items[0]?.sessions.map((s) => s.date)).toEqual(["2027-03-15", "2027-03-30"]);
    expect(plan.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "session_moved",
          "params": {
            "from": "2027-03-29",
            "item": "self-evaluation",
            "to": "2027-03-30",
          },
          "severity": "info",
        },
      ]
    `);
  });

  it("uses only the holidays the organisation configures", () => {
    const plan = planTraining(["self-evaluation"], { schedule: { start: "2027-03-15", every: 2, holidays: [] } });
    expect(plan.items[0]?.sessions.map((s) => s.date)).toEqual(["2027-03-15", "2027-03-29"]);
  });

  it("skips the organisation's own closed dates", () => {
    const plan = planTraining(["self-evaluation"], { schedule: { start: "2027-01-11", every: 1, closedDates: ["2027-01-18", "2027-01-19"] } });
    expect(plan.items[0]?.sessions.map((s) => s.date)).toEqual(["2027-01-11", "2027-01-20"]);
  });

  it("can plan every N months", () => {
    const plan = planTraining(["self-evaluation"], { schedule: { start: "2027-01-12", every: 1, unit: "months" } });
    expect(plan.items[0]?.sessions.map((s) => s.date)).toEqual(["2027-01-12", "2027-02-12"]);
  });

  it("schedules a range at its minimum and says so", () => {
    const plan = planTraining(["reflection-meetings"], { schedule: { start: "2027-01-11", every: 1 } });
    expect(plan.items[0]?.sessions).toHaveLength(2);
    expect(codes(["reflection-meetings"], { schedule: { start: "2027-01-11", every: 1 } })).toEqual(["scheduled_at_minimum"]);
  });

  it("does not date items without a number of half-days, and dates them once agreed", () => {
    expect(planTraining(["vision"], { schedule: { start: "2027-01-11", every: 1 } }).issues.map((i) => i.code)).toEqual(["left_out_of_totals", "not_scheduled"]);
    expect(planTraining(["vision"], { agreedHalfDays: { vision: 1 }, schedule: { start: "2027-01-11", every: 1 } }).items[0]?.sessions).toEqual([
      { date: "2027-01-11", halfDay: 1 },
    ]);
  });

  it("gives no dates without a schedule", () => {
    const plan = planTraining(["self-evaluation"]);
    expect(plan.items[0]?.sessions).toEqual([]);
    expect(plan.firstDate).toBeNull();
  });
});

describe("planTraining: properties", () => {
  const schedule = fc.record({
    start: fc.date({ min: new Date("2025-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10) as `${number}-${number}-${number}`),
    every: fc.integer({ min: 1, max: 8 }),
  });

  it("never throws on any list of strings", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...TRAINING_ITEM_IDS))), fc.anything(), (ids, options) => {
        const plan = planTraining(ids, options as PlanTrainingOptions);
        expect(Array.isArray(plan.issues)).toBe(true);
      }),
    );
  });

  it("dates sessions on working days, strictly one after the other", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...TRAINING_ITEM_IDS), { maxLength: 12 }), schedule, (ids, rhythm) => {
        const plan = planTraining(ids, { schedule: rhythm });
        const dates = plan.items.flatMap((item) => item.sessions.map((s) => s.date));
        const holidays = holidaySet(2025, 2040);
        for (const date of dates) expect(isWeekend(date) || holidays.has(date)).toBe(false);
        for (let i = 1; i < dates.length; i += 1) expect(toDayNumber(dates[i] ?? "1970-01-01")).toBeGreaterThan(toDayNumber(dates[i - 1] ?? "1970-01-01"));
      }),
    );
  });

  it("totals equal the sum of the counted items", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...TRAINING_ITEM_IDS)), (ids) => {
        const plan = planTraining(ids);
        const counted = plan.items.filter((item) => item.halfDays !== null);
        expect(plan.totals.halfDays.min).toBe(counted.reduce((sum, item) => sum + (item.halfDays?.min ?? 0), 0));
        expect(plan.leftOutOfTotals.length + counted.length).toBe(plan.items.length);
      }),
    );
  });
});
