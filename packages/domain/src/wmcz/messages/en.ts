import type { MessageMap, MessageParams } from "../../_lib/messages/index.js";
import { formatCalendarDate } from "../../_lib/date-text/index.js";
import type { WmczMessageCode } from "./codes.js";

/**
 * "2027-01-04" → "4 January 2027".
 *
 * @example
 * dateEn("2027-01-04"); // "4 January 2027"
 */
export const dateEn = (value: unknown): string => formatCalendarDate(value, "en");

const UNITS: Record<string, [string, string]> = {
  "calendar-days": ["day", "days"],
  weeks: ["week", "weeks"],
  months: ["month", "months"],
  "working-days": ["working day", "working days"],
};

function periodEn(p: MessageParams): string {
  const amount = Number(p.amount);
  const unit = UNITS[String(p.unit)] ?? ["", ""];
  return `${amount} ${amount === 1 ? unit[0] : unit[1]}`;
}

const source = (p: MessageParams): string =>
  p.source === "organisation"
    ? "This is the period in your participation regulation."
    : "The law sets no period. 6 weeks is common practice; agree your own period in the participation regulation.";

/**
 * English texts of the wmcz area.
 *
 * @example
 * en.right_advice({}); // "Right to advise"
 */
export const en: MessageMap<WmczMessageCode> = {
  right_advice: () => "Right to advise",
  right_consent: () => "Right of consent",
  condition_long_term_stay_only: () => "Applies only if the organisation is set up for long-term stay (people live there for a long time).",
  step_request_sent: (p) => `${dateEn(p.date)}: the organisation asks the client council for ${p.right === "consent" ? "consent" : "advice"}.`,
  step_answer_due: (p) => `${dateEn(p.date)}: the client council answers by this date (${periodEn(p)}). ${source(p)}`,
  step_consult_before_deviating: () =>
    "If the organisation wants to do something other than the council advises, it first consults the council.",
  step_written_decision_with_reasons: () =>
    "The organisation reports its decision in writing. If it deviates from the advice, it says why.",
  step_consent_refused_substitute_consent: () =>
    "If the council refuses, the organisation may not carry out the decision. Its only way on is to ask the commissie van vertrouwenslieden for substitute consent.",
  step_nullity_invocation_deadline: (p) =>
    p.known === true
      ? `${dateEn(p.date)}: until then the council can state in writing that the decision taken without consent is void (1 month after it learned of it on ${dateEn(p.learnedOn)}).`
      : "A decision taken without consent is void if the council says so in writing within 1 month. The month starts when the council learns of the decision.",
  step_dispute_to_commission: () => "Disputes can go to the commissie van vertrouwenslieden (in practice the national LCvV).",
  step_appeal_to_ondernemingskamer: () =>
    "An appeal against the commission's ruling lies only with the Enterprise Chamber (Ondernemingskamer) in Amsterdam. Its period is not confirmed; ask for legal advice.",
  in_time_by_own_period: (p) =>
    `In time by your own period: the decision is planned on ${dateEn(p.plannedDecisionOn)}, after the answer date ${dateEn(p.answerDue)}.`,
  not_in_time_by_own_period: (p) =>
    `Not in time by ${p.periodSource === "organisation" ? "your own period" : "the common 6-week period"}: the decision is planned on ${dateEn(p.plannedDecisionOn)}, but the council has until ${dateEn(p.answerDue)} to answer. The law only says the organisation must ask in time.`,
  procedure_finding: (p) => `This concerns: ${String(p.title)}.`,
  no_right_found: () => "We found no topic in this text on which the client council has a right to advise or consent. In doubt? Ask.",
};
