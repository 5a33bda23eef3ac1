import * as z from "zod";
import {
  addDays,
  addMonths,
  addWeeks,
  type CalendarDate,
  CalendarDateSchema,
  isWorkingDay,
  toDayNumber,
  yearOf,
} from "../../_lib/calendar-date/index.js";
import { DEFAULT_HOLIDAY_IDS, type DutchHolidayId, dutchHolidays, holidaySet } from "../../_lib/holidays/index.js";
import { findTrainingItem } from "../catalogue/index.js";
import { durationBounds, type HalfDayBounds, HOURS_PER_HALF_DAY, type TrainingDuration } from "../duration/index.js";
import { isTrainingItemId, type TrainingItemId, TrainingItemIdSchema } from "../ids/index.js";
import { type OrderRule, orderTraining } from "../order/index.js";

/**
 * Half-days of tailored service a year that councils with LOC's extended membership (*pakket 2*)
 * get free. Source: LOC training guide (seed `004`), "Kosten": "Aangesloten cliëntenraden met een
 * uitgebreid lidmaatschap (pakket 2) kunnen elk jaar gebruik maken van een dagdeel dienstverlening
 * op maat."
 *
 * @example
 * FREE_HALF_DAYS_PER_YEAR_EXTENDED; // 1
 */
export const FREE_HALF_DAYS_PER_YEAR_EXTENDED = 1;

const KNOWN_HOLIDAY_IDS: ReadonlySet<string> = new Set(dutchHolidays(2000).map((holiday) => holiday.id));
const HolidayIdSchema = z.custom<DutchHolidayId>((value) => typeof value === "string" && KNOWN_HOLIDAY_IDS.has(value), { message: "unknown_holiday" });
const euros = z.number().finite().min(0).max(100_000);
const year = z.number().int().min(2000).max(2200);

/**
 * Zod schema for the options of {@link planTraining}. Every part is optional:
 * - `agreedHalfDays`: half-days agreed with the trainer for items the guide leaves open
 *   (modules are "in overleg"), or to fix a range;
 * - `cost`: the two hourly rates in euros that the user supplies (LOC members, non-members), the
 *   council's membership, the years whose free half-day is used already, and the year of an
 *   undated plan;
 * - `schedule`: a start date and a rhythm (every N weeks or months); sessions skip weekends, the
 *   chosen public holidays (default: the common set) and the organisation's own closed dates.
 *
 * @example
 * PlanTrainingOptionsSchema.parse({ schedule: { start: "2027-01-11", every: 2 } }).schedule?.unit; // "weeks"
 */
export const PlanTrainingOptionsSchema = z.object({
  agreedHalfDays: z.partialRecord(TrainingItemIdSchema, z.number().int().min(1).max(40)).optional(),
  cost: z
    .object({
      hourlyRates: z.object({ member: euros, nonMember: euros }),
      membership: z.enum(["none", "member", "extended"]),
      freeHalfDayUsedInYears: z.array(year).max(200).default([]),
      year: year.optional(),
    })
    .optional(),
  schedule: z
    .object({
      start: CalendarDateSchema,
      every: z.number().int().min(1).max(52),
      unit: z.enum(["weeks", "months"]).default("weeks"),
      holidays: z.array(HolidayIdSchema).max(20).optional(),
      closedDates: z.array(CalendarDateSchema).max(1000).default([]),
    })
    .optional(),
});

/**
 * Options of {@link planTraining}, as a caller writes them.
 * @example
 * const options: PlanTrainingOptions = { schedule: { start: "2027-01-11", every: 2 } };
 */
export type PlanTrainingOptions = z.input<typeof PlanTrainingOptionsSchema>;

/**
 * Zod schema for the chosen item ids: any strings (unknown ids become issues, not errors).
 *
 * @example
 * PlanTrainingItemIdsSchema.safeParse(["vision", "work-plan"]).success; // true
 */
export const PlanTrainingItemIdsSchema = z.array(z.string().max(200)).max(200);

/**
 * One dated half-day session. `movedFrom` is set when the rhythm hit a weekend or closed day.
 * @example
 * const session: PlannedSession = { date: "2027-03-30", halfDay: 2, movedFrom: "2027-03-29" };
 */
export type PlannedSession = { readonly date: CalendarDate; readonly halfDay: number; readonly movedFrom?: CalendarDate };

/**
 * One item in the plan, in order.
 * @example
 * planTraining(["self-evaluation"]).items[0]?.hours; // { min: 8, max: 8 }
 */
export type PlannedItem = {
  readonly itemId: TrainingItemId;
  readonly position: number;
  readonly duration: TrainingDuration | null;
  /** Half-days counted in totals (agreed, or from the guide); `null` when left out of totals. */
  readonly halfDays: HalfDayBounds | null;
  readonly hours: HalfDayBounds | null;
  readonly agreed: boolean;
  readonly sessions: readonly PlannedSession[];
};

/**
 * The cost estimate; amounts in euro cents, `max: null` when a duration is open-ended.
 * @example
 * planTraining(["self-evaluation"], { cost: { hourlyRates: { member: 100, nonMember: 125 }, membership: "member" } }).cost?.amountCents;
 * // { min: 80000, max: 80000 }
 */
export type CostEstimate = {
  readonly currency: "EUR";
  readonly rate: "member" | "nonMember";
  readonly hourlyRateCents: number;
  readonly freeHalfDays: number;
  readonly freeHalfDayYears: readonly number[];
  readonly billableHours: HalfDayBounds;
  readonly amountCents: HalfDayBounds;
};

/**
 * A remark on the plan: a code, how serious, and parameters for the text.
 * @example
 * planTraining(["cooking"]).issues[0]; // { code: "unknown_item", severity: "error", params: { id: "cooking" } }
 */
export type PlanIssue =
  | { readonly code: "invalid_option"; readonly severity: "error"; readonly params: { readonly path: string; readonly problem: string } }
  | { readonly code: "unknown_item"; readonly severity: "error"; readonly params: { readonly id: string } }
  | { readonly code: "duplicate_item"; readonly severity: "warning"; readonly params: { readonly item: TrainingItemId } }
  | { readonly code: "no_items"; readonly severity: "warning"; readonly params: Record<string, never> }
  | { readonly code: "agreed_for_unplanned_item"; readonly severity: "warning"; readonly params: { readonly item: TrainingItemId } }
  | { readonly code: "agreed_outside_guide"; readonly severity: "warning"; readonly params: { readonly item: TrainingItemId; readonly agreed: number; readonly min: number; readonly max: number | null } }
  | { readonly code: "order_adjusted"; readonly severity: "info"; readonly params: { readonly item: TrainingItemId; readonly after: TrainingItemId; readonly rule: OrderRule["id"] } }
  | { readonly code: "recommended_first_missing"; readonly severity: "info"; readonly params: { readonly item: TrainingItemId; readonly recommended: TrainingItemId; readonly rule: OrderRule["id"] } }
  | { readonly code: "left_out_of_totals"; readonly severity: "info"; readonly params: { readonly item: TrainingItemId; readonly reason: "in_consultation" | "depends_on_question" } }
  | { readonly code: "open_ended"; readonly severity: "info"; readonly params: { readonly item: TrainingItemId; readonly min: number } }
  | { readonly code: "scheduled_at_minimum"; readonly severity: "info"; readonly params: { readonly item: TrainingItemId; readonly min: number } }
  | { readonly code: "not_scheduled"; readonly severity: "info"; readonly params: { readonly item: TrainingItemId } }
  | { readonly code: "session_moved"; readonly severity: "info"; readonly params: { readonly item: TrainingItemId; readonly from: CalendarDate; readonly to: CalendarDate } }
  | { readonly code: "free_half_day"; readonly severity: "info"; readonly params: { readonly count: number; readonly years: string } }
  | { readonly code: "free_half_day_assumed"; readonly severity: "info"; readonly params: Record<string, never> };

/**
 * The code of a {@link PlanIssue}.
 * @example
 * const code: PlanIssueCode = "left_out_of_totals";
 */
export type PlanIssueCode = PlanIssue["code"];

/**
 * What {@link planTraining} returns.
 * @example
 * planTraining(["vision", "self-evaluation"]).leftOutOfTotals; // ["vision"]
 */
export type TrainingPlan = {
  readonly items: readonly PlannedItem[];
  /** Totals of the counted items; `max: null` when one of them is open-ended. */
  readonly totals: { readonly halfDays: HalfDayBounds; readonly hours: HalfDayBounds };
  /** Items in the plan but left out of totals ("in overleg" or "depends on the question"). */
  readonly leftOutOfTotals: readonly TrainingItemId[];
  readonly cost: CostEstimate | null;
  readonly firstDate: CalendarDate | null;
  readonly lastDate: CalendarDate | null;
  readonly issues: readonly PlanIssue[];
};

const EMPTY_PLAN: TrainingPlan = {
  items: [],
  totals: { halfDays: { min: 0, max: 0 }, hours: { min: 0, max: 0 } },
  leftOutOfTotals: [],
  cost: null,
  firstDate: null,
  lastDate: null,
  issues: [],
};

const times = (bounds: HalfDayBounds, factor: number): HalfDayBounds => ({ min: bounds.min * factor, max: bounds.max === null ? null : bounds.max * factor });

/**
 * Plans chosen training: puts the items in an order that respects the guide's recommended order
 * (stable: the caller's order is kept where no rule applies), adds up half-days and hours
 * (4 hours a half-day; ranges as minimum–maximum; items without a number are left out and
 * listed), estimates the cost from the user's hourly rates with the free half-day a year of the
 * extended membership, and dates every half-day when a start date and rhythm are given (no
 * weekends, public holidays or closed dates). Unknown ids and invalid options give coded issues,
 * never a throw.
 *
 * @example
 * const plan = planTraining(["work-plan", "internal-organisation", "self-evaluation", "peer-review-cooperation"], {
 *   agreedHalfDays: { "internal-organisation": 1, "work-plan": 1 },
 *   cost: { hourlyRates: { member: 100, nonMember: 125 }, membership: "extended", year: 2027 },
 *   schedule: { start: "2027-01-11", every: 2 },
 * });
 * plan.items.map((item) => item.itemId);
 * // ["internal-organisation", "work-plan", "self-evaluation", "peer-review-cooperation"]
 * plan.totals; // { halfDays: { min: 6, max: 8 }, hours: { min: 24, max: 32 } }
 * plan.cost?.amountCents; // { min: 200000, max: 280000 } (one half-day free)
 * plan.items[0]?.sessions; // [{ date: "2027-01-11", halfDay: 1 }]
 */
export function planTraining(itemIds: readonly string[], options: PlanTrainingOptions = {}): TrainingPlan {
  const parsedIds = PlanTrainingItemIdsSchema.safeParse(itemIds);
  const parsedOptions = PlanTrainingOptionsSchema.safeParse(options);
  if (!parsedIds.success || !parsedOptions.success) {
    const zodIssues = [
      ...(parsedIds.success ? [] : parsedIds.error.issues.map((issue) => ({ ...issue, path: ["itemIds", ...issue.path] }))),
      ...(parsedOptions.success ? [] : parsedOptions.error.issues),
    ];
    return {
      ...EMPTY_PLAN,
      issues: zodIssues.map((issue) => ({ code: "invalid_option", severity: "error", params: { path: issue.path.map(String).join("."), problem: issue.code } })),
    };
  }
  const opts = parsedOptions.data;
  const issues: PlanIssue[] = [];

  // 1. Known, unique ids in the caller's order.
  const chosen: TrainingItemId[] = [];
  for (const id of parsedIds.data) {
    if (!isTrainingItemId(id)) issues.push({ code: "unknown_item", severity: "error", params: { id } });
    else if (chosen.includes(id)) issues.push({ code: "duplicate_item", severity: "warning", params: { item: id } });
    else chosen.push(id);
  }
  const agreed = opts.agreedHalfDays ?? {};
  for (const id of Object.keys(agreed)) {
    if (isTrainingItemId(id) && !chosen.includes(id)) issues.push({ code: "agreed_for_unplanned_item", severity: "warning", params: { item: id } });
  }
  if (chosen.length === 0) return { ...EMPTY_PLAN, issues: [...issues, { code: "no_items", severity: "warning", params: {} }] };

  // 2. Order.
  const ordered = orderTraining(chosen);
  for (const m of ordered.moved) issues.push({ code: "order_adjusted", severity: "info", params: m });
  for (const m of ordered.missing) issues.push({ code: "recommended_first_missing", severity: "info", params: m });

  // 3. Half-days per item.
  const counted = ordered.order.map((itemId) => {
    const item = findTrainingItem(itemId);
    const duration = item?.duration ?? null;
    const agreedHalfDays = agreed[itemId];
    const guide = durationBounds(duration);
    if (agreedHalfDays !== undefined && guide !== null && (agreedHalfDays < guide.min || (guide.max !== null && agreedHalfDays > guide.max))) {
      issues.push({ code: "agreed_outside_guide", severity: "warning", params: { item: itemId, agreed: agreedHalfDays, min: guide.min, max: guide.max } });
    }
    const halfDays: HalfDayBounds | null = agreedHalfDays === undefined ? guide : { min: agreedHalfDays, max: agreedHalfDays };
    if (halfDays === null) {
      issues.push({ code: "left_out_of_totals", severity: "info", params: { item: itemId, reason: duration === null ? "in_consultation" : "depends_on_question" } });
    } else if (halfDays.max === null) {
      issues.push({ code: "open_ended", severity: "info", params: { item: itemId, min: halfDays.min } });
    }
    return { itemId, duration, halfDays, agreed: agreedHalfDays !== undefined };
  });

  // 4. Dates.
  const sessionsByItem = new Map<TrainingItemId, PlannedSession[]>();
  if (opts.schedule !== undefined) {
    const schedule = opts.schedule;
    const closed = closedDays(schedule.holidays ?? DEFAULT_HOLIDAY_IDS, schedule.closedDates);
    let index = 0;
    let previous: CalendarDate | null = null;
    for (const entry of counted) {
      if (entry.halfDays === null) {
        issues.push({ code: "not_scheduled", severity: "info", params: { item: entry.itemId } });
        continue;
      }
      if (entry.halfDays.max !== entry.halfDays.min) issues.push({ code: "scheduled_at_minimum", severity: "info", params: { item: entry.itemId, min: entry.halfDays.min } });
      const sessions: PlannedSession[] = [];
      for (let halfDay = 1; halfDay <= entry.halfDays.min; halfDay += 1) {
        const nominal = schedule.unit === "weeks" ? addWeeks(schedule.start, index * schedule.every) : addMonths(schedule.start, index * schedule.every);
        let date: CalendarDate = previous !== null && toDayNumber(nominal) <= toDayNumber(previous) ? addDays(previous, 1) : nominal;
        while (closed(date)) date = addDays(date, 1);
        if (date !== nominal) issues.push({ code: "session_moved", severity: "info", params: { item: entry.itemId, from: nominal, to: date } });
        sessions.push(date === nominal ? { date, halfDay } : { date, halfDay, movedFrom: nominal });
        previous = date;
        index += 1;
      }
      sessionsByItem.set(entry.itemId, sessions);
    }
  }

  // 5. Totals.
  let min = 0;
  let max: number | null = 0;
  for (const entry of counted) {
    if (entry.halfDays === null) continue;
    min += entry.halfDays.min;
    max = max === null || entry.halfDays.max === null ? null : max + entry.halfDays.max;
  }
  const totalHalfDays: HalfDayBounds = { min, max };
  const allSessions = [...sessionsByItem.values()].flat();

  // 6. Cost.
  let cost: CostEstimate | null = null;
  if (opts.cost !== undefined) {
    const c = opts.cost;
    const rate = c.membership === "none" ? "nonMember" : "member";
    const hourlyRateCents = Math.round((rate === "member" ? c.hourlyRates.member : c.hourlyRates.nonMember) * 100);
    let freeHalfDayYears: number[] = [];
    let assumed = false;
    if (c.membership === "extended") {
      const used = new Set(c.freeHalfDayUsedInYears);
      if (opts.schedule !== undefined) {
        freeHalfDayYears = [...new Set(allSessions.map((session) => yearOf(session.date)))].filter((y) => !used.has(y)).sort((a, b) => a - b);
      } else if (c.year !== undefined) {
        freeHalfDayYears = used.has(c.year) ? [] : [c.year];
      } else {
        // An undated plan without a year: assume this year's free half-day is still there,
        // unless the caller says some year's is used (then we cannot tell, and count none).
        assumed = used.size === 0;
      }
    }
    const freeHalfDays = Math.min(totalHalfDays.min, (assumed ? 1 : freeHalfDayYears.length) * FREE_HALF_DAYS_PER_YEAR_EXTENDED);
    if (assumed && freeHalfDays > 0) issues.push({ code: "free_half_day_assumed", severity: "info", params: {} });
    if (freeHalfDays > 0) issues.push({ code: "free_half_day", severity: "info", params: { count: freeHalfDays, years: freeHalfDayYears.join(", ") } });
    const billableHalfDays: HalfDayBounds = { min: totalHalfDays.min - freeHalfDays, max: totalHalfDays.max === null ? null : totalHalfDays.max - freeHalfDays };
    const billableHours = times(billableHalfDays, HOURS_PER_HALF_DAY);
    cost = { currency: "EUR", rate, hourlyRateCents, freeHalfDays, freeHalfDayYears, billableHours, amountCents: times(billableHours, hourlyRateCents) };
  }

  const items: PlannedItem[] = counted.map((entry, index) => ({
    itemId: entry.itemId,
    position: index + 1,
    duration: entry.duration,
    halfDays: entry.halfDays,
    hours: entry.halfDays === null ? null : times(entry.halfDays, HOURS_PER_HALF_DAY),
    agreed: entry.agreed,
    sessions: sessionsByItem.get(entry.itemId) ?? [],
  }));
  return {
    items,
    totals: { halfDays: totalHalfDays, hours: times(totalHalfDays, HOURS_PER_HALF_DAY) },
    leftOutOfTotals: counted.filter((entry) => entry.halfDays === null).map((entry) => entry.itemId),
    cost,
    firstDate: allSessions[0]?.date ?? null,
    lastDate: allSessions.at(-1)?.date ?? null,
    issues,
  };
}

function closedDays(holidayIds: readonly DutchHolidayId[], closedDates: readonly string[]): (date: CalendarDate) => boolean {
  const extra = new Set(closedDates);
  const perYear = new Map<number, ReadonlySet<string>>();
  return (date) => {
    const y = yearOf(date);
    let holidays = perYear.get(y);
    if (holidays === undefined) {
      holidays = holidaySet(y, y, holidayIds);
      perYear.set(y, holidays);
    }
    return !isWorkingDay(date, holidays) || extra.has(date);
  };
}
