/**
 * Time for the app: the domain never reads a clock, so the app turns "now" into the council's
 * calendar day (Europe/Amsterdam) and back into instants for scheduled messages.
 */
import type { CalendarDate } from "@raadswerk/domain/calendar";

/** The time zone of Dutch councils. */
export const TIME_ZONE = "Europe/Amsterdam";

const DAY = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/**
 * The calendar day in the Netherlands at an instant.
 *
 * @example
 * calendarDay(new Date("2026-11-23T23:30:00Z")); // "2026-11-24"
 */
export function calendarDay(instant: Date): CalendarDate {
  return DAY.format(instant) as CalendarDate;
}

/**
 * The instant of a wall-clock hour on a Dutch calendar day (summer and winter time included).
 *
 * @example
 * atHour("2026-07-01", 9).toISOString(); // "2026-07-01T07:00:00.000Z"
 * atHour("2026-12-01", 9).toISOString(); // "2026-12-01T08:00:00.000Z"
 */
export function atHour(day: CalendarDate, hour: number): Date {
  const [y, m, d] = day.split("-").map(Number);
  const guess = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hour);
  // The offset of Amsterdam at the guessed instant; one correction suffices outside the switch hour.
  const offset = offsetMinutes(new Date(guess));
  return new Date(guess - offset * 60_000);
}

function offsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((local - instant.getTime()) / 60_000);
}
