import { addDays, type CalendarDate, dayOfWeek } from "../calendar-date/index.js";

/** Identifiers of the Dutch public holidays the domain knows. */
export type DutchHolidayId =
  | "nieuwjaarsdag"
  | "goede-vrijdag"
  | "eerste-paasdag"
  | "tweede-paasdag"
  | "koningsdag"
  | "bevrijdingsdag"
  | "hemelvaartsdag"
  | "eerste-pinksterdag"
  | "tweede-pinksterdag"
  | "eerste-kerstdag"
  | "tweede-kerstdag";

/** One Dutch public holiday in a given year. */
export type DutchHoliday = { readonly id: DutchHolidayId; readonly date: CalendarDate; readonly name: { readonly nl: string; readonly en: string } };

/**
 * The holidays counted as non-working days by default. This is common practice, not law: Goede
 * Vrijdag is a day off for few employers and Bevrijdingsdag for many only every five years, so both
 * are left out; an organisation can pass its own set.
 */
export const DEFAULT_HOLIDAY_IDS: readonly DutchHolidayId[] = [
  "nieuwjaarsdag",
  "eerste-paasdag",
  "tweede-paasdag",
  "koningsdag",
  "hemelvaartsdag",
  "eerste-pinksterdag",
  "tweede-pinksterdag",
  "eerste-kerstdag",
  "tweede-kerstdag",
];

/** Easter Sunday (Gregorian, anonymous algorithm). */
function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as CalendarDate;
}

const fixed = (year: number, mmdd: string): CalendarDate => `${year}-${mmdd}` as CalendarDate;

/**
 * All Dutch public holidays of a year, in date order. Koningsdag moves to 26 April when
 * 27 April is a Sunday.
 *
 * @example
 * dutchHolidays(2026).find((h) => h.id === "eerste-paasdag")?.date; // "2026-04-05"
 */
export function dutchHolidays(year: number): readonly DutchHoliday[] {
  const easter = easterSunday(year);
  const kingsDay = dayOfWeek(fixed(year, "04-27")) === 0 ? fixed(year, "04-26") : fixed(year, "04-27");
  const list: DutchHoliday[] = [
    { id: "nieuwjaarsdag", date: fixed(year, "01-01"), name: { nl: "Nieuwjaarsdag", en: "New Year's Day" } },
    { id: "goede-vrijdag", date: addDays(easter, -2), name: { nl: "Goede Vrijdag", en: "Good Friday" } },
    { id: "eerste-paasdag", date: easter, name: { nl: "Eerste Paasdag", en: "Easter Sunday" } },
    { id: "tweede-paasdag", date: addDays(easter, 1), name: { nl: "Tweede Paasdag", en: "Easter Monday" } },
    { id: "koningsdag", date: kingsDay, name: { nl: "Koningsdag", en: "King's Day" } },
    { id: "bevrijdingsdag", date: fixed(year, "05-05"), name: { nl: "Bevrijdingsdag", en: "Liberation Day" } },
    { id: "hemelvaartsdag", date: addDays(easter, 39), name: { nl: "Hemelvaartsdag", en: "Ascension Day" } },
    { id: "eerste-pinksterdag", date: addDays(easter, 49), name: { nl: "Eerste Pinksterdag", en: "Whit Sunday" } },
    { id: "tweede-pinksterdag", date: addDays(easter, 50), name: { nl: "Tweede Pinksterdag", en: "Whit Monday" } },
    { id: "eerste-kerstdag", date: fixed(year, "12-25"), name: { nl: "Eerste Kerstdag", en: "Christmas Day" } },
    { id: "tweede-kerstdag", date: fixed(year, "12-26"), name: { nl: "Tweede Kerstdag", en: "Boxing Day" } },
  ];
  return list.sort((x, y) => (x.date < y.date ? -1 : 1));
}

/**
 * The set of non-working holiday dates for a range of years, from the chosen holiday ids
 * (default: {@link DEFAULT_HOLIDAY_IDS}).
 *
 * @example
 * holidaySet(2026, 2027).has("2026-12-25"); // true
 */
export function holidaySet(
  fromYear: number,
  toYear: number,
  ids: readonly DutchHolidayId[] = DEFAULT_HOLIDAY_IDS,
): ReadonlySet<string> {
  const chosen = new Set(ids);
  const dates = new Set<string>();
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const holiday of dutchHolidays(year)) if (chosen.has(holiday.id)) dates.add(holiday.date);
  }
  return dates;
}
