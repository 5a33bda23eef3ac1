/**
 * Every reason code an eligibility or re-appointment check can give. Stable: apps map them to
 * texts ({@link explainReason}) and may store them.
 *
 * @example
 * REASON_CODES.includes("council_full"); // true
 */
export const REASON_CODES = [
  "client_now",
  "former_client_recent",
  "client_relation",
  "open_membership",
  "not_a_client",
  "not_client_or_relation",
  "former_client_too_long_ago",
  "care_end_date_missing",
  "relation_allowed",
  "relation_excluded",
  "relation_needs_review",
  "cooling_off_running",
  "cooling_off_review",
  "cooling_off_over",
  "employment_end_date_missing",
  "other_relation",
  "no_conflicting_interest",
  "council_full",
  "certificate_of_conduct_required",
  "aspirant_period",
  "within_term_limit",
  "term_limit_reached",
  "grandfathered_until_term_end",
  "no_reappointment_after_rule_change",
  "conflict_while_sitting",
  "term_ended",
] as const;

/**
 * One of {@link REASON_CODES}.
 *
 * @example
 * const code: ReasonCode = "relation_excluded";
 */
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * How a reason weighs: `pass` supports joining, `fail` blocks it, `review` needs a conversation,
 * `info` tells the candidate something without changing the verdict.
 *
 * @example
 * const effect: ReasonEffect = "review";
 */
export type ReasonEffect = "pass" | "fail" | "review" | "info";

/**
 * Where a reason comes from: the organisation's own regulation (`rules`, `ref` is the setting's
 * path such as `exclusions.volunteer`), guidance (LOC's conflicting-interest guidance, LCvV rulings)
 * or the law itself. `precedent` names a ruling that shows the regulation may make this choice.
 *
 * @example
 * const source: ReasonSource = { kind: "rules", ref: "exclusions.volunteer", precedent: "LCvV 11-003" };
 */
export type ReasonSource = {
  readonly kind: "rules" | "guidance" | "law";
  readonly ref: string;
  readonly precedent?: string;
};

/**
 * Parameters of a reason (dates as `YYYY-MM-DD`, counts, relation kinds). Never personal data.
 *
 * @example
 * const params: ReasonParams = { relation: "volunteer" };
 */
export type ReasonParams = Readonly<Record<string, string | number>>;

/**
 * Why a check came out as it did: a stable code, its weight, where it comes from and its
 * parameters. Texts come later, from {@link explainReason}.
 *
 * @example
 * const reason: Reason = {
 *   code: "council_full",
 *   effect: "fail",
 *   source: { kind: "rules", ref: "maxMembers" },
 *   params: { memberCount: 9, maxMembers: 9 },
 * };
 */
export type Reason = {
  readonly code: ReasonCode;
  readonly effect: ReasonEffect;
  readonly source: ReasonSource;
  readonly params: ReasonParams;
};

/**
 * The outcome of an eligibility check: may join, may not join, or a person must judge in a
 * conversation.
 *
 * @example
 * const verdict: Verdict = "needs_review";
 */
export type Verdict = "eligible" | "not_eligible" | "needs_review";

/**
 * The verdict that a list of reasons adds up to: any `fail` blocks, else any `review` asks for a
 * conversation, else eligible.
 *
 * @example
 * verdictOf([{ code: "other_relation", effect: "review", source: { kind: "guidance", ref: "LOC" }, params: {} }]);
 * // "needs_review"
 */
export function verdictOf(reasons: readonly Reason[]): Verdict {
  if (reasons.some((reason) => reason.effect === "fail")) return "not_eligible";
  if (reasons.some((reason) => reason.effect === "review")) return "needs_review";
  return "eligible";
}
