import { TZDate, tzOffset } from "@date-fns/tz";
import * as z from "zod";
import { type CalendarDate, fromDayNumber, isCalendarDate, toDayNumber } from "../calendar-date/index.js";

/**
 * The time zone of Dutch councils. Calendar days in the domain (terms, periods, deadlines) are
 * days in this zone, whatever the zone of the machine that runs the code.
 */
export const NETHERLANDS_TIME_ZONE = "Europe/Amsterdam";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** A real instant: `Invalid Date` is refused. */
const InstantSchema = z.date();

function validInstant(instant: unknown, name: string): Date {
  const parsed = InstantSchema.safeParse(instant);
  if (!parsed.success) throw new RangeError(`${name} must be a valid Date (an instant), got ${String(instant)}`);
  return parsed.data;
}

/**
 * The calendar day in the Netherlands at an instant: the one function every app uses to turn its
 * clock into the domain's `today`. Pure: the instant is an argument (the apps read their clock).
 * Summer and winter time come from the runtime's time-zone data, through one cached formatter.
 *
 * @throws {RangeError} when `instant` is not a valid `Date`
 * @example
 * todayInNetherlands(new Date("2026-01-01T23:30:00Z")); // "2026-01-02" (00:30 in Amsterdam)
 * todayInNetherlands(new Date("2026-07-01T21:59:00Z")); // "2026-07-01" (23:59 summer time)
 */
export function todayInNetherlands(instant: Date): CalendarDate {
  const at = validInstant(instant, "instant").getTime();
  const offsetMinutes = tzOffset(NETHERLANDS_TIME_ZONE, new Date(at));
  return fromDayNumber(Math.floor((at + offsetMinutes * MS_PER_MINUTE) / MS_PER_DAY));
}

/**
 * The instant of a wall-clock time on a Dutch calendar day (default: the start of the day).
 * A time that does not exist (the hour skipped when summer time starts) moves forward by the gap.
 *
 * @throws {RangeError} when `day` is not a calendar date or the hour and minute are out of range
 * @example
 * instantInNetherlands("2026-07-01", 9).toISOString(); // "2026-07-01T07:00:00.000Z"
 * instantInNetherlands("2026-12-01").toISOString(); // "2026-11-30T23:00:00.000Z"
 */
export function instantInNetherlands(day: CalendarDate, hour = 0, minute = 0): Date {
  if (typeof day !== "string" || !isCalendarDate(day)) throw new RangeError(`day must be a calendar date (YYYY-MM-DD), got ${String(day)}`);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`hour must be a whole number from 0 to 23, got ${String(hour)}`);
  if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw new RangeError(`minute must be a whole number from 0 to 59, got ${String(minute)}`);
  const utc = new Date(toDayNumber(day) * MS_PER_DAY);
  const local = new TZDate(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), hour, minute, NETHERLANDS_TIME_ZONE);
  return new Date(local.getTime());
}
