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

/**
 * English texts of the wmcz area.
 *
 * @example
 * en.right_advice({}); // "Right to advise"
 */
export const en: MessageMap<WmczMessageCode> = {
  right_advice: () => "Right to advise",
  right_consent: () => "Right of consent",
  condition_long_term_stay_only: () => "Applies only if the instelling is set up for clients to stay there long-term (people live there for a long time).",
  condition_general_policy_only: () =>
    "Only if this is general policy. A one-off change, such as one activity fewer next weekend, is not in itself general policy. Then it is possibly not a consent topic.",
  condition_independent_support_only: () =>
    "Only if this person gives the council its independent support. Many regulations treat the ambtelijk secretaris as a separate, administrative role.",
  step_request_sent: (p) =>
    `${dateEn(p.date)}: the organisation asks the client council for ${p.right === "consent" ? "consent" : "advice"}. It must do so in time: early enough for the council to still influence the decision.`,
  step_unsolicited_advice_sent: (p) => `${dateEn(p.date)}: the client council gives advice on its own initiative (unsolicited advice), on anything that matters to clients.`,
  step_ask_for_information: () =>
    "Missing information? Ask for it, preferably in writing. The organisation gives in time all information the council reasonably needs.",
  step_answer_due: (p) =>
    p.source === "organisation"
      ? `${dateEn(p.date)}: the client council answers by this date (${periodEn(p)}). This is the period in your participation regulation.`
      : `${dateEn(p.date)}: usual date for the council's answer (${periodEn(p)} is usual). The law sets no fixed period. If your participation regulation sets one, that applies.`,
  step_decide_as_soon_as_possible: () => "The organisation decides on the advice as soon as possible. The law sets no number of days.",
  step_consult_before_deviating: () =>
    "If the organisation wants to do something other than the council advises, it first consults the council.",
  step_consult_before_not_following: () => "If the organisation will not follow the advice, it first consults the council about it at least once.",
  step_written_decision_with_reasons: () =>
    "The organisation reports its decision in writing. If it deviates from the advice, it says why.",
  step_consent_topic_needs_consent: () => "If the advice concerns a consent topic, the organisation's decision on it needs the council's consent.",
  step_consult_before_refusing: () =>
    "Before refusing consent, the council first consults the organisation at least once, as far as reasonably possible.",
  step_consent_refused_substitute_consent: () =>
    "If the council refuses, the organisation may not carry out the decision. Its only way on is to ask the commissie van vertrouwenslieden for substitute consent, which it can give when refusing was unreasonable or for weighty reasons of any kind.",
  step_nullity_invocation_deadline: (p) =>
    p.known === true
      ? `If the organisation decides without consent, state in writing at once that the decision is void: within one month. When that month starts is not certain under this law; it may be when the decision was taken. Counted from ${dateEn(p.learnedOn)}, when the council learned of it, it is ${dateEn(p.monthFromLearning)}. Do not wait for that.`
      : "A decision taken without consent is void if the council says so in writing within one month. Do it at once: when that month starts is not certain under this law.",
  step_dispute_to_commission: () =>
    "Disputes can go to the commissie van vertrouwenslieden (in practice the national LCvV).",
  step_appeal_to_ondernemingskamer: () =>
    "An appeal against the commission's ruling lies only with the Enterprise Chamber (Ondernemingskamer) in Amsterdam, within three months after the ruling was communicated. No cassation; the cantonal court is no route.",
  step_enforce_ruling: () => "If the organisation does not comply with the commission's ruling, the council can ask the Enterprise Chamber to enforce it.",
  right_unsolicited_advice: () => "Unsolicited advice",
  unsolicited_advice_route: () =>
    "The client council may always give unsolicited advice on anything that matters to clients. The organisation then decides as soon as possible. If it does not follow the advice, it first consults the council and explains why in writing.",
  facilities_training_request: (p) => {
    const days = p.halfDaysMax === null || p.halfDaysMax === undefined ? `at least ${Number(p.halfDaysMin)}` : p.halfDaysMax === p.halfDaysMin ? `${Number(p.halfDaysMin)}` : `${Number(p.halfDaysMin)} to ${Number(p.halfDaysMax)}`;
    const euro = (cents: unknown) => `€${Math.round(Number(cents) / 100)}`;
    const cost =
      p.amountMin === null || p.amountMin === undefined ? "" : p.amountMax === p.amountMin ? `, about ${euro(p.amountMin)}` : p.amountMax === null || p.amountMax === undefined ? `, at least ${euro(p.amountMin)}` : `, ${euro(p.amountMin)} to ${euro(p.amountMax)}`;
    return `The organisation provides what the council needs, such as training and independent support. This plan asks for ${days} half-days${cost}. Ask the organisation to pay for this training. That training is included comes from secondary sources; its article is not confirmed.`;
  },
  in_time_by_own_period: (p) =>
    `In time by your own period: the decision is planned on ${dateEn(p.plannedDecisionOn)}, after the answer date ${dateEn(p.answerDue)}.`,
  not_in_time_by_own_period: (p) =>
    `Not in time by ${p.periodSource === "organisation" ? "your own period" : "the common 6-week period"}: the decision is planned on ${dateEn(p.plannedDecisionOn)}, but the council has until ${dateEn(p.answerDue)} to answer. The law only says the organisation must ask in time.`,
  procedure_finding: (p) => `This concerns: ${String(p.title)}.`,
  no_right_found: () =>
    "We found no topic with a right to advise or consent in this text. The client council may still always give unsolicited advice on anything that matters to clients. In doubt? Ask your council's supporter, LOC or LSR for help.",
};
