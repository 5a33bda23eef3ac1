import type { MembershipRules } from "../../eligibility/membership-rules/index.js";
import type { Council } from "../council/index.js";

/** A council without the settings that come from the organisation's regulation. */
export type CouncilBasics = Omit<Council, "minMembers" | "maxMembers" | "termYears" | "maxTerms" | "aspirantMonths">;

/**
 * A council with its size and terms taken from the organisation's own regulation (the
 * eligibility area's `MembershipRules`), so term planning and eligibility never disagree:
 * `maxTerms` is the first term plus the allowed re-appointments, and no aspirant period when the
 * regulation has none.
 *
 * @example
 * councilUnderRules({ id: "ccr", kind: "central", name: "Centrale cliëntenraad", represents: [], members: [] }, commonPracticeRules).maxTerms;
 * // 2 (one term plus one re-appointment)
 */
export function councilUnderRules(basics: CouncilBasics, rules: MembershipRules): Council {
  return {
    ...basics,
    minMembers: rules.minMembers,
    maxMembers: rules.maxMembers,
    termYears: rules.termYears,
    maxTerms: rules.maxReappointments + 1,
    ...(rules.aspirantMonths > 0 ? { aspirantMonths: rules.aspirantMonths } : {}),
  };
}
