/**
 * Every message code of the wmcz area.
 *
 * @example
 * WMCZ_MESSAGE_CODES.includes("right_advice"); // true
 */
export const WMCZ_MESSAGE_CODES = [
  "right_advice",
  "right_consent",
  "condition_long_term_stay_only",
  "condition_general_policy_only",
  "condition_independent_support_only",
  "step_request_sent",
  "step_unsolicited_advice_sent",
  "step_ask_for_information",
  "step_answer_due",
  "step_decide_as_soon_as_possible",
  "step_consult_before_deviating",
  "step_consult_before_not_following",
  "step_written_decision_with_reasons",
  "step_consent_topic_needs_consent",
  "step_consult_before_refusing",
  "step_consent_refused_substitute_consent",
  "step_nullity_invocation_deadline",
  "step_dispute_to_commission",
  "step_appeal_to_ondernemingskamer",
  "step_enforce_ruling",
  "right_unsolicited_advice",
  "unsolicited_advice_route",
  "facilities_training_request",
  "in_time_by_own_period",
  "not_in_time_by_own_period",
  "procedure_finding",
  "no_right_found",
] as const;

/**
 * A message code of the wmcz area.
 *
 * @example
 * const code: WmczMessageCode = "step_answer_due";
 */
export type WmczMessageCode = (typeof WMCZ_MESSAGE_CODES)[number];
