import { UTCDate } from "@date-fns/utc";
import { format } from "date-fns";
import { enGB, nl } from "date-fns/locale";
import { isCalendarDate } from "../calendar-date/index.js";
import type { Locale } from "../messages/index.js";

const LOCALES = { nl, en: enGB } as const;

/**
 * A calendar day as people read it, in Dutch or English: the one date formatter of the domain and
 * the apps (date-fns with its `nl` and `enGB` locales, counted in UTC so no time zone moves the day).
 * A value that is not a calendar date is returned as it is, so a message never shows "Invalid Date".
 *
 * @example
 * formatCalendarDate("2027-01-04", "nl"); // "4 januari 2027"
 * formatCalendarDate("2027-01-04", "en"); // "4 January 2027"
 */
export function formatCalendarDate(value: unknown, locale: Locale): string {
  if (typeof value !== "string") return typeof value === "number" ? String(value) : "";
  if (!isCalendarDate(value)) return value;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const day = new UTCDate(0);
  day.setFullYear(y, m - 1, d);
  return format(day, "d MMMM yyyy", { locale: LOCALES[locale] });
}
