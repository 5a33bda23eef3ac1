import type { CalendarDate, Locale } from "@raadswerk/domain/calendar";

// Calendar days are written in UTC so no time zone can move them; one formatter per locale.
const FORMATS: Readonly<Record<Locale, Intl.DateTimeFormat>> = {
  nl: new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};

/**
 * A date as people read it. (Today's date comes from the domain's `todayInNetherlands`.)
 *
 * @example
 * formatDate("2026-03-02", "nl"); // "2 maart 2026"
 * formatDate("2026-03-02", "en"); // "2 March 2026"
 */
export function formatDate(date: CalendarDate, locale: Locale): string {
  return FORMATS[locale].format(new Date(`${date}T00:00:00Z`));
}
