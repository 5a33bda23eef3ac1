/**
 * @raadswerk/domain/eligibility
 *
 * @module
 */
export type { CalendarDate } from "../_lib/calendar-date/index.js";
export type { Citation } from "../_lib/citation/index.js";
