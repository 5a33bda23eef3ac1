import type { EligibilityResult } from "../check-eligibility/index.js";
import type { Reason, ReasonEffect } from "../reason/index.js";

/** Which reason effects explain each verdict to the person who asked. */
const SHOWN: Readonly<Record<EligibilityResult["verdict"], readonly ReasonEffect[]>> = {
  // Only what stands in the way: "anyone may join" next to "you cannot join" would confuse.
  not_eligible: ["fail"],
  // What a person must look at, and what the candidate should know beforehand (VOG, aspirant period).
  needs_review: ["review", "info"],
  eligible: ["pass", "info"],
};

/**
 * The reasons that explain a verdict to a candidate, in rule order: for "not eligible" only the
 * reasons that block membership, for "needs review" what must be discussed plus what the
 * candidate should know, for "eligible" why and what comes next. The full list stays in the
 * result for the record; this is what a form, a Slack reply or an extension shows.
 *
 * @example
 * decisiveReasons({
 *   verdict: "not_eligible",
 *   reasons: [
 *     { code: "open_membership", effect: "pass", source: { kind: "guidance", ref: "LOC" }, params: {} },
 *     { code: "relation_excluded", effect: "fail", source: { kind: "rules", ref: "exclusions.employee" }, params: {} },
 *   ],
 * }).map((r) => r.code); // ["relation_excluded"]
 */
export function decisiveReasons(result: EligibilityResult): readonly Reason[] {
  const shown = SHOWN[result.verdict];
  return result.reasons.filter((reason) => shown.includes(reason.effect));
}
