import { UTCDate } from "@date-fns/utc";
import {
  addDays as dfAddDays,
  addMonths as dfAddMonths,
  addWeeks as dfAddWeeks,
  addYears as dfAddYears,
  differenceInCalendarDays,
  formatISO,
  getDay,
  getDaysInMonth,
  isWeekend as dfIsWeekend,
} from "date-fns";
import * as z from "zod";

/**
 * A day in the Netherlands, written `YYYY-MM-DD`. The domain never reads a clock: callers pass
 * today's date as a `CalendarDate`.
 *
 * @example
 * const today: CalendarDate = "2026-11-23";
 */
export type CalendarDate = `${number}-${number}-${number}`;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a real calendar day in `YYYY-MM-DD` form (no 31 February).
 *
 * @example
 * isCalendarDate("2026-02-28"); // true
 * isCalendarDate("2026-02-31"); // false
 */
export function isCalendarDate(value: string): value is CalendarDate {
  const match = PATTERN.exec(value);
  if (match === null) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/**
 * Zod schema for a `CalendarDate`. Its issue message is a stable code (`invalid_date`) so each app
 * can show its own text.
 *
 * @example
 * CalendarDateSchema.safeParse("2026-11-23").success; // true
 */
export const CalendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: "invalid_date" });

/**
 * The result of {@link parseCalendarDate}: the date, or one issue that says what is wrong.
 *
 * @example
 * const r: CalendarDateParseResult = { success: false, issues: [{ path: [], code: "invalid_date", message: "…" }] };
 */
export type CalendarDateParseResult =
  | { readonly success: true; readonly data: CalendarDate }
  | { readonly success: false; readonly issues: readonly [{ readonly path: readonly []; readonly code: "invalid_date"; readonly message: string }] };

/**
 * Turns any value (a form field, a query parameter, JSON) into a `CalendarDate`, without a cast.
 * Surrounding spaces are ignored; anything that is not a real day in `YYYY-MM-DD` form is refused.
 *
 * @example
 * parseCalendarDate(" 2026-11-23 "); // { success: true, data: "2026-11-23" }
 * parseCalendarDate("2026-02-31").success; // false
 */
export function parseCalendarDate(value: unknown): CalendarDateParseResult {
  const trimmed = typeof value === "string" ? value.trim() : undefined;
  if (trimmed !== undefined && isCalendarDate(trimmed)) return { success: true, data: trimmed };
  const shown = typeof value === "string" ? `"${value}"` : typeof value;
  return { success: false, issues: [{ path: [], code: "invalid_date", message: `Expected a real calendar day written YYYY-MM-DD (for example 2026-11-23), got ${shown}.` }] };
}

function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new UTCDate(year, month - 1, 1));
}

function parts(date: CalendarDate): [number, number, number] {
  const match = PATTERN.exec(date);
  if (match === null || !isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${String(date)}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The day as a UTC date, so date-fns counts in days and no machine time zone can shift one. */
function toUtc(date: CalendarDate): UTCDate {
  const [y, m, d] = parts(date);
  const utc = new UTCDate(0);
  utc.setFullYear(y, m - 1, d);
  return utc;
}

function fromUtc(date: Date): CalendarDate {
  return formatISO(date, { representation: "date" }) as CalendarDate;
}

const EPOCH = new UTCDate(1970, 0, 1);

/**
 * Days since 1970-01-01 (a plain day count, no time zone involved).
 *
 * @throws {RangeError} when `date` is not a valid calendar date (a bug in the caller: validate first)
 * @example
 * toDayNumber("1970-01-02"); // 1
 */
export function toDayNumber(date: CalendarDate): number {
  return differenceInCalendarDays(toUtc(date), EPOCH);
}

/**
 * The calendar date for a day count from {@link toDayNumber}.
 *
 * @example
 * fromDayNumber(1); // "1970-01-02"
 */
export function fromDayNumber(day: number): CalendarDate {
  return fromUtc(dfAddDays(EPOCH, day));
}

/**
 * Adds (or with a negative number subtracts) calendar days.
 *
 * @example
 * addDays("2026-12-31", 1); // "2027-01-01"
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(dfAddDays(toUtc(date), days));
}

/**
 * Adds whole weeks.
 *
 * @example
 * addWeeks("2026-11-23", 6); // "2027-01-04"
 */
export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return fromUtc(dfAddWeeks(toUtc(date), weeks));
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes its last day
 * (31 January + 1 month = 28 or 29 February), as in Dutch legal practice for month periods.
 *
 * @example
 * addMonths("2026-01-31", 1); // "2026-02-28"
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return fromUtc(dfAddMonths(toUtc(date), months));
}

/**
 * Adds calendar years (29 February becomes 28 February in a common year).
 *
 * @example
 * addYears("2024-02-29", 4); // "2028-02-29"
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return fromUtc(dfAddYears(toUtc(date), years));
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * differenceInDays("2026-11-30", "2026-11-23"); // 7
 */
export function differenceInDays(to: CalendarDate, from: CalendarDate): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

/**
 * Compares two dates for sorting: negative, zero or positive.
 *
 * @example
 * ["2027-01-01", "2026-01-01"].sort(compareDates); // ["2026-01-01", "2027-01-01"]
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 *
 * @example
 * dayOfWeek("2026-11-23"); // 1 (a Monday)
 */
export function dayOfWeek(date: CalendarDate): number {
  return getDay(toUtc(date));
}

/**
 * Whether the date falls on a Saturday or Sunday.
 *
 * @example
 * isWeekend("2026-11-28"); // true
 */
export function isWeekend(date: CalendarDate): boolean {
  return dfIsWeekend(toUtc(date));
}

/**
 * Whether the date is a working day: not a weekend and not in `holidays`.
 *
 * @example
 * isWorkingDay("2026-12-25", new Set(["2026-12-25"])); // false
 */
export function isWorkingDay(date: CalendarDate, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

/**
 * Adds working days, skipping weekends and the given holidays. Counting starts the day after
 * `date`; zero returns `date` itself.
 *
 * @example
 * addWorkingDays("2026-11-27", 1, new Set()); // "2026-11-30" (Friday + 1 = Monday)
 */
export function addWorkingDays(date: CalendarDate, days: number, holidays: ReadonlySet<string>): CalendarDate {
  const step = days < 0 ? -1 : 1;
  let remaining = Math.abs(days);
  let current = date;
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current, holidays)) remaining -= 1;
  }
  return current;
}

/**
 * The year of a date.
 *
 * @example
 * yearOf("2026-11-23"); // 2026
 */
export function yearOf(date: CalendarDate): number {
  return parts(date)[0];
}

/**
 * The later of two dates.
 *
 * @example
 * maxDate("2026-01-01", "2025-01-01"); // "2026-01-01"
 */
export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

/**
 * The earlier of two dates.
 *
 * @example
 * minDate("2026-01-01", "2025-01-01"); // "2025-01-01"
 */
export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}
