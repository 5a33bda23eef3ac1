// Private helpers of the recruitment area (kept here, not in src/_lib, because only this area uses them).
import { addDays, type CalendarDate, isWorkingDay } from "../../_lib/calendar-date/index.js";
import type { MessageParams } from "../../_lib/messages/index.js";

/**
 * A coded outcome: text comes later, from `recruitmentMessages`.
 *
 * @example
 * const c: Coded<"vacancy_now"> = { code: "vacancy_now", params: { memberId: "m1" } };
 */
export type Coded<Code extends string> = { readonly code: Code; readonly params: MessageParams };

/**
 * The working day on or before `date` (weekends and the given holidays skipped).
 *
 * @example
 * workingDayOnOrBefore("2026-11-29", new Set()); // "2026-11-27" (Sunday → Friday)
 */
export function workingDayOnOrBefore(date: CalendarDate, holidays: ReadonlySet<string>): CalendarDate {
  let current = date;
  while (!isWorkingDay(current, holidays)) current = addDays(current, -1);
  return current;
}

/**
 * The working day on or after `date` (weekends and the given holidays skipped).
 *
 * @example
 * workingDayOnOrAfter("2026-11-29", new Set()); // "2026-11-30" (Sunday → Monday)
 */
export function workingDayOnOrAfter(date: CalendarDate, holidays: ReadonlySet<string>): CalendarDate {
  let current = date;
  while (!isWorkingDay(current, holidays)) current = addDays(current, 1);
  return current;
}
