import type { CalendarDate, Locale } from "@raadswerk/domain/calendar";

/**
 * Today's date in the Netherlands (the domain takes dates as arguments; the clock is read here, at the edge).
 *
 * @example
 * todayInNetherlands(new Date("2026-03-01T23:30:00Z")); // "2026-03-02"
 */
export function todayInNetherlands(now: Date): CalendarDate {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return parts as CalendarDate;
}

/**
 * A date as people read it.
 *
 * @example
 * formatDate("2026-03-02", "nl"); // "2 maart 2026"
 * formatDate("2026-03-02", "en"); // "2 March 2026"
 */
export function formatDate(date: CalendarDate, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
}
