/**
 * The deadlines a followed request has, read from the domain's procedure plan. No rule logic here:
 * the dates come from `planProcedure`.
 */
import type { CalendarDate } from "@raadswerk/domain/calendar";
import { planProcedure, type ProcedureSettings } from "@raadswerk/domain/wmcz";
import type { Right } from "../persistence/types.js";

/** The dates reminders are planned for. */
export type Deadlines = { readonly answerDue?: CalendarDate; readonly nullityDeadline?: CalendarDate };

/** Input for {@link planDeadlines}. */
export type DeadlineInput = {
  readonly right: Right;
  readonly sentOn: CalendarDate;
  readonly decisionLearnedOn?: CalendarDate;
  readonly settings?: ProcedureSettings | undefined;
};

/**
 * The answer date and, once the council learned of a decision taken without consent, the day one
 * month after that. The law's month may start earlier (its start is unconfirmed for the 2018 law),
 * so the reminder texts say "do it now", never "you have until then".
 *
 * @example
 * planDeadlines({ right: "consent", sentOn: "2026-11-23", decisionLearnedOn: "2026-12-01" });
 * // { answerDue: "2027-01-04", nullityDeadline: "2027-01-01" }
 */
export function planDeadlines(input: DeadlineInput): Deadlines {
  const plan = planProcedure({
    right: input.right,
    sentOn: input.sentOn,
    ...(input.settings === undefined ? {} : { settings: input.settings }),
    ...(input.decisionLearnedOn === undefined || input.right !== "consent" ? {} : { decisionLearnedOn: input.decisionLearnedOn }),
  });
  const month = plan.steps.find((step) => step.code === "nullity_invocation_deadline")?.params.monthFromLearning;
  const nullity = typeof month === "string" ? (month as CalendarDate) : undefined;
  return { ...(plan.answerDue === undefined ? {} : { answerDue: plan.answerDue }), ...(nullity === undefined ? {} : { nullityDeadline: nullity }) };
}
