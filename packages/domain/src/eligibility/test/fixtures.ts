// Fixture builders for the eligibility tests: start from the common-practice preset and change
// only what a test is about.
import type { CalendarDate } from "../../_lib/calendar-date/index.js";
import type { Candidate } from "../candidate/index.js";
import type { SittingMember } from "../check-reappointment/index.js";
import { commonPracticeRules } from "../common-practice/index.js";
import type { MembershipRules, RelationKind, RelationPolicy } from "../membership-rules/index.js";

export const TODAY: CalendarDate = "2026-11-23";

type RulesOverrides = Omit<Partial<MembershipRules>, "exclusions" | "coolingOff"> & {
  exclusions?: Partial<MembershipRules["exclusions"]>;
  coolingOff?: Partial<MembershipRules["coolingOff"]>;
};

export function rulesWith(overrides: RulesOverrides = {}): MembershipRules {
  const { exclusions, coolingOff, ...rest } = overrides;
  return {
    ...commonPracticeRules,
    ...rest,
    exclusions: { ...commonPracticeRules.exclusions, ...exclusions },
    coolingOff: { ...commonPracticeRules.coolingOff, ...coolingOff },
  };
}

export function policy(relation: RelationKind, value: RelationPolicy): MembershipRules {
  return rulesWith({ exclusions: { [relation]: value } });
}

/** A candidate with no relation to the provider at all. */
export function candidate(overrides: Candidate = {}): Candidate {
  return { client: "no", employee: "no", ...overrides };
}

/** A member in the first term, appointed on 1 January 2024, with no relation to the provider. */
export function member(overrides: Partial<SittingMember> = {}): SittingMember {
  return { appointedOn: "2024-01-01", termNumber: 1, termStartedOn: "2024-01-01", relations: { client: "no", employee: "no" }, ...overrides };
}
