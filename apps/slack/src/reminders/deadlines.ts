/**
 * The deadlines a followed request has, read from the domain's procedure plan. No rule logic here:
 * the dates come from `planProcedure`.
 */
import type { CalendarDate } from "@raadswerk/domain/calendar";
import type { Right } from "../persistence/types.js";

/** The dates reminders are planned for. */
export type Deadlines = { readonly answerDue?: CalendarDate; readonly nullityDeadline?: CalendarDate };

/** Input for {@link planDeadlines}. */
export type DeadlineInput = { readonly right: Right; readonly sentOn: CalendarDate; readonly decisionLearnedOn?: CalendarDate };

/**
 * The answer date and, once the council learned of a decision taken without consent, the last day
 * to invoke nullity.
 */
export function planDeadlines(_input: DeadlineInput): Deadlines {
  return {};
}
