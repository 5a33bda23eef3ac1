import { type CalendarDate, formatCalendarDate, type Locale } from "@raadswerk/domain/calendar";

/**
 * A date as people read it (the domain's one date formatter; today's date comes from the domain's
 * `todayInNetherlands`).
 *
 * @example
 * formatDate("2026-03-02", "nl"); // "2 maart 2026"
 * formatDate("2026-03-02", "en"); // "2 March 2026"
 */
export const formatDate = (date: CalendarDate, locale: Locale): string => formatCalendarDate(date, locale);
