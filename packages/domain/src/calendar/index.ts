/**
 * Calendar days and Dutch public holidays, shared by every area of the domain.
 *
 * @module
 */
export {
  type CalendarDate,
  CalendarDateSchema,
  isCalendarDate,
  parseCalendarDate,
  type CalendarDateParseResult,
  addDays,
  addWeeks,
  addMonths,
  addYears,
  addWorkingDays,
  differenceInDays,
  compareDates,
  dayOfWeek,
  isWeekend,
  isWorkingDay,
  maxDate,
  minDate,
  toDayNumber,
  fromDayNumber,
  yearOf,
} from "../_lib/calendar-date/index.js";
export { formatCalendarDate } from "../_lib/date-text/index.js";
export { type InputIssue, InvalidInputError } from "../_lib/input/index.js";
export { NETHERLANDS_TIME_ZONE, instantInNetherlands, todayInNetherlands } from "../_lib/netherlands-time/index.js";
export { type DutchHoliday, type DutchHolidayId, DEFAULT_HOLIDAY_IDS, dutchHolidays, holidaySet } from "../_lib/holidays/index.js";
export { type Citation, type CitationStatus, CitationSchema, formatCitation, WMCZ_2018, WMCZ_2018_BWB_ID } from "../_lib/citation/index.js";
export { type Locale, LOCALES, type MessageMap, type MessageParams, type Messages, message } from "../_lib/messages/index.js";
