import { z } from "zod";

/**
 * A day in the Netherlands, written `YYYY-MM-DD`. The domain never reads a clock: callers pass
 * today's date as a `CalendarDate`.
 *
 * @example
 * const today: CalendarDate = "2026-11-23";
 */
export type CalendarDate = `${number}-${number}-${number}`;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

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

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(date: CalendarDate): [number, number, number] {
  const match = PATTERN.exec(date);
  if (match === null || !isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * Days since 1970-01-01 (a plain day count, no time zone involved).
 *
 * @throws {RangeError} when `date` is not a valid calendar date (a bug in the caller: validate first)
 * @example
 * toDayNumber("1970-01-02"); // 1
 */
export function toDayNumber(date: CalendarDate): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/**
 * The calendar date for a day count from {@link toDayNumber}.
 *
 * @example
 * fromDayNumber(1); // "1970-01-02"
 */
export function fromDayNumber(day: number): CalendarDate {
  const date = new Date(day * MS_PER_DAY);
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function format(y: number, m: number, d: number): CalendarDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` as CalendarDate;
}

/**
 * Adds (or with a negative number subtracts) calendar days.
 *
 * @example
 * addDays("2026-12-31", 1); // "2027-01-01"
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds whole weeks.
 *
 * @example
 * addWeeks("2026-11-23", 6); // "2027-01-04"
 */
export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, weeks * 7);
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes its last day
 * (31 January + 1 month = 28 or 29 February), as in Dutch legal practice for month periods.
 *
 * @example
 * addMonths("2026-01-31", 1); // "2026-02-28"
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * Adds calendar years (29 February becomes 28 February in a common year).
 *
 * @example
 * addYears("2024-02-29", 4); // "2028-02-29"
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * differenceInDays("2026-11-30", "2026-11-23"); // 7
 */
export function differenceInDays(to: CalendarDate, from: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
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
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * Whether the date falls on a Saturday or Sunday.
 *
 * @example
 * isWeekend("2026-11-28"); // true
 */
export function isWeekend(date: CalendarDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
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
