import * as z from "zod";
import { addDays, addMonths, addWeeks, addWorkingDays, type CalendarDate, isCalendarDate, yearOf } from "../../_lib/calendar-date/index.js";
import { DEFAULT_HOLIDAY_IDS, type DutchHolidayId, holidaySet } from "../../_lib/holidays/index.js";

/**
 * Zod schema for a `CalendarDate` (`YYYY-MM-DD`, a real day) that infers the `CalendarDate` type.
 *
 * @example
 * DateSchema.safeParse("2026-02-31").success; // false
 */
export const DateSchema = z.custom<CalendarDate>((value) => typeof value === "string" && isCalendarDate(value), { message: "invalid_date" });

/**
 * Units a period can be counted in. Working days skip weekends and the chosen public holidays.
 *
 * @example
 * PeriodUnitSchema.options; // ["calendar-days", "weeks", "months", "working-days"]
 */
export const PeriodUnitSchema = z.enum(["calendar-days", "weeks", "months", "working-days"]);

/**
 * A unit of a {@link Period}.
 *
 * @example
 * const unit: PeriodUnit = "working-days";
 */
export type PeriodUnit = z.infer<typeof PeriodUnitSchema>;

/**
 * A period such as "6 weeks" or "20 working days".
 *
 * @example
 * PeriodSchema.parse({ amount: 6, unit: "weeks" }); // { amount: 6, unit: "weeks" }
 */
export const PeriodSchema = z.object({ amount: z.number().int().positive().max(366), unit: PeriodUnitSchema });

/**
 * A period: an amount and a unit.
 *
 * @example
 * const period: Period = { amount: 20, unit: "working-days" };
 */
export type Period = z.infer<typeof PeriodSchema>;

const HOLIDAY_IDS = [
  "nieuwjaarsdag",
  "goede-vrijdag",
  "eerste-paasdag",
  "tweede-paasdag",
  "koningsdag",
  "bevrijdingsdag",
  "hemelvaartsdag",
  "eerste-pinksterdag",
  "tweede-pinksterdag",
  "eerste-kerstdag",
  "tweede-kerstdag",
] as const satisfies readonly DutchHolidayId[];

/**
 * The organisation's own procedure settings, from its *medezeggenschapsregeling*. The Wmcz 2018
 * sets **no** number of days for the council's answer: advice and consent must only be asked in
 * time (*tijdig*). `holidays` are the Dutch public holidays that count as non-working days;
 * `extraNonWorkingDays` adds the organisation's own (for example bridge days).
 *
 * @example
 * ProcedureSettingsSchema.parse({ adviceAnswerPeriod: { amount: 4, unit: "weeks" }, consentAnswerPeriod: { amount: 30, unit: "calendar-days" } });
 * // { adviceAnswerPeriod: {…}, consentAnswerPeriod: {…}, holidays: [9 default ids], extraNonWorkingDays: [] }
 */
export const ProcedureSettingsSchema = z.object({
  adviceAnswerPeriod: PeriodSchema,
  consentAnswerPeriod: PeriodSchema,
  holidays: z.array(z.enum(HOLIDAY_IDS)).default([...DEFAULT_HOLIDAY_IDS]),
  extraNonWorkingDays: z.array(DateSchema).default([]),
});

/**
 * Procedure settings (after parsing, defaults filled in).
 *
 * @example
 * const s: ProcedureSettings = { ...defaultProcedureSettings, adviceAnswerPeriod: { amount: 4, unit: "weeks" } };
 */
export type ProcedureSettings = z.infer<typeof ProcedureSettingsSchema>;

/**
 * Default period for the council's answer: 6 weeks. **Common practice, not law**: the Wmcz 2018
 * sets no period; councils' regulations commonly use 4–6 weeks (`shared/domain/wmcz-2018.md`).
 *
 * @example
 * COMMON_PRACTICE_ANSWER_PERIOD; // { amount: 6, unit: "weeks" }
 */
export const COMMON_PRACTICE_ANSWER_PERIOD: Period = { amount: 6, unit: "weeks" };

/**
 * Settings used when an organisation has not given its own: 6 weeks for advice and for consent,
 * and the default Dutch public holidays. Labelled common practice; the law sets no period.
 *
 * @example
 * defaultProcedureSettings.adviceAnswerPeriod; // { amount: 6, unit: "weeks" }
 */
export const defaultProcedureSettings: ProcedureSettings = {
  adviceAnswerPeriod: COMMON_PRACTICE_ANSWER_PERIOD,
  consentAnswerPeriod: COMMON_PRACTICE_ANSWER_PERIOD,
  holidays: [...DEFAULT_HOLIDAY_IDS],
  extraNonWorkingDays: [],
};

/**
 * The date a period ends, counted from `from` (the day after `from` is day 1). Months that lack
 * the day end on their last day; working days skip weekends, the chosen holidays and extra days.
 *
 * @example
 * addPeriod("2026-11-23", { amount: 6, unit: "weeks" }); // "2027-01-04"
 * addPeriod("2026-12-22", { amount: 3, unit: "working-days" }); // "2026-12-28" (Christmas skipped)
 */
export function addPeriod(
  from: CalendarDate,
  period: Period,
  nonWorking: Pick<ProcedureSettings, "holidays" | "extraNonWorkingDays"> = defaultProcedureSettings,
): CalendarDate {
  switch (period.unit) {
    case "calendar-days":
      return addDays(from, period.amount);
    case "weeks":
      return addWeeks(from, period.amount);
    case "months":
      return addMonths(from, period.amount);
    case "working-days": {
      const year = yearOf(from);
      // A year and a half of working days is the most a valid period can span; two years covers it.
      const days = new Set<string>([...holidaySet(year, year + 2, nonWorking.holidays), ...nonWorking.extraNonWorkingDays]);
      return addWorkingDays(from, period.amount, days);
    }
  }
}
