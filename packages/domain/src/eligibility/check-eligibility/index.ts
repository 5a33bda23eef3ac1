import * as z from "zod";
import { addYears, CalendarDateSchema } from "../../_lib/calendar-date/index.js";
import { clientStanding, worksThereNow } from "../_internal/index.js";
import { validateInput } from "../../_lib/input/index.js";
import { type Candidate, CandidateSchema } from "../candidate/index.js";
import type { RulePath } from "../common-practice/index.js";
import { type MembershipRules, MembershipRulesSchema, type RelationKind, type RelationPolicy } from "../membership-rules/index.js";
import { type Reason, type ReasonCode, type ReasonParams, type ReasonSource, type Verdict, verdictOf } from "../reason/index.js";

/**
 * What a check needs besides the candidate and the rules: today's date (never read from a clock)
 * and, when known, the council's current number of members.
 *
 * @example
 * EligibilityContextSchema.parse({ today: "2026-11-23", council: { memberCount: 7 } });
 * // { today: "2026-11-23", council: { memberCount: 7 } }
 */
export const EligibilityContextSchema = z.strictObject({
  today: CalendarDateSchema,
  council: z.strictObject({ memberCount: z.number().int().min(0) }).optional(),
});

/**
 * See {@link EligibilityContextSchema}.
 *
 * @example
 * const context: EligibilityContext = { today: "2026-11-23" };
 */
export type EligibilityContext = z.infer<typeof EligibilityContextSchema>;

/**
 * The result of {@link checkEligibility}: a verdict and the reasons that led to it, in rule order.
 *
 * @example
 * const result: EligibilityResult = { verdict: "eligible", reasons: [] };
 */
export type EligibilityResult = { readonly verdict: Verdict; readonly reasons: readonly Reason[] };

/**
 * One named rule: a predicate over the candidate, the regulation and the context that gives zero
 * or more reasons. `earlier` holds the reasons of the rules before it.
 *
 * @example
 * eligibilityRules.map((rule) => rule.id).slice(0, 2); // ["membership_basis", "employee"]
 */
export type EligibilityRule = {
  readonly id: string;
  /** One line in plain English for RULES.md. */
  readonly summary: string;
  /** The settings the rule reads (or `guidance` when it rests on guidance alone). */
  readonly reads: readonly (RulePath | "guidance")[];
  readonly evaluate: (
    candidate: Candidate,
    rules: MembershipRules,
    context: EligibilityContext,
    earlier: readonly Reason[],
  ) => readonly Reason[];
};

/**
 * LOC's guidance on conflicting interest (*conflicterend belang*), as reasons cite it.
 *
 * @example
 * LOC_CONFLICT_GUIDANCE; // "LOC: conflicterend belang"
 */
export const LOC_CONFLICT_GUIDANCE = "LOC: conflicterend belang";

/** Rulings that show a regulation may exclude a relation (cited as given in the issue). */
const PRECEDENTS: Partial<Record<RelationKind, string>> = {
  volunteer: "LCvV 11-003",
  familyAssociationBoardMember: "LCvV 15-006",
};

function reason(code: ReasonCode, effect: Reason["effect"], source: ReasonSource, params: ReasonParams = {}): Reason {
  return { code, effect, source, params };
}

function fromRules(ref: RulePath, precedent?: string): ReasonSource {
  return precedent === undefined ? { kind: "rules", ref } : { kind: "rules", ref, precedent };
}

function policyReason(relation: RelationKind, policy: RelationPolicy): Reason {
  const ref: RulePath = `exclusions.${relation}`;
  switch (policy) {
    case "allowed":
      return reason("relation_allowed", "pass", fromRules(ref), { relation });
    case "excluded":
      return reason("relation_excluded", "fail", fromRules(ref, PRECEDENTS[relation]), { relation });
    case "needs_review":
      return reason("relation_needs_review", "review", fromRules(ref), { relation });
  }
}

const membershipBasis: EligibilityRule = {
  id: "membership_basis",
  summary: "Who may join at all: clients only, clients and representatives, or anyone without a conflicting interest.",
  reads: ["whoMayJoin", "representativeRelations", "coolingOff.formerClientYears"],
  evaluate(candidate, rules, { today }) {
    const basis = fromRules("whoMayJoin");
    if (rules.whoMayJoin === "anyone_without_conflict") return [reason("open_membership", "pass", basis)];
    const window = fromRules("coolingOff.formerClientYears");
    const standing = clientStanding(candidate, rules, today);
    switch (standing.kind) {
      case "current":
        return [reason("client_now", "pass", basis)];
      case "former_recent":
        return [reason("former_client_recent", "pass", window, { careEndedOn: standing.careEndedOn, until: standing.until })];
      case "former_without_date":
        return [reason("care_end_date_missing", "review", window)];
      case "former_too_long_ago":
      case "none":
        break;
    }
    const relation = candidate.clientRelation;
    if (rules.whoMayJoin === "clients_and_representatives" && relation !== undefined && relation !== "none" && rules.representativeRelations.includes(relation)) {
      return [reason("client_relation", "pass", fromRules("representativeRelations"), { relation })];
    }
    if (standing.kind === "former_too_long_ago") {
      return [reason("former_client_too_long_ago", "fail", window, { careEndedOn: standing.careEndedOn, until: standing.until })];
    }
    return [reason(rules.whoMayJoin === "clients_only" ? "not_a_client" : "not_client_or_relation", "fail", basis)];
  },
};

const employee: EligibilityRule = {
  id: "employee",
  summary: "Works for the provider now, or did so within the cooling-off period: the regulation's employee policy applies.",
  reads: ["exclusions.employee", "coolingOff.formerEmployeeYears"],
  evaluate(candidate, rules, { today }) {
    const policy = rules.exclusions.employee;
    if (worksThereNow(candidate, today)) return [policyReason("employee", policy)];
    const years = rules.coolingOff.formerEmployeeYears;
    if (candidate.employee !== "former" || years === 0 || policy === "allowed") return [];
    const source = fromRules("coolingOff.formerEmployeeYears");
    const endedOn = candidate.employmentEndedOn;
    if (endedOn === undefined) return [reason("employment_end_date_missing", "review", source, { years })];
    const until = addYears(endedOn, years);
    if (today >= until) return [reason("cooling_off_over", "pass", source, { endedOn, until })];
    return [
      policy === "excluded"
        ? reason("cooling_off_running", "fail", source, { endedOn, until, years })
        : reason("cooling_off_review", "review", source, { endedOn, until, years }),
    ];
  },
};

type FlagRelation = Exclude<RelationKind, "employee">;

function relationRule(relation: FlagRelation, summary: string): EligibilityRule {
  return {
    id: relation,
    summary,
    reads: [`exclusions.${relation}`],
    evaluate: (candidate, rules) => (candidate[relation] === true ? [policyReason(relation, rules.exclusions[relation])] : []),
  };
}

const CONFLICT_CODES: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  "relation_excluded",
  "relation_needs_review",
  "cooling_off_running",
  "cooling_off_review",
  "employment_end_date_missing",
  "other_relation",
]);

/**
 * The eligibility rules, evaluated in this order by {@link checkEligibility}. Rules are data: each
 * is named, says which settings it reads, and gives coded reasons.
 *
 * @example
 * eligibilityRules.map((rule) => rule.id);
 * // ["membership_basis", "employee", "volunteer", "supplier", "boardMember", "supervisoryBoardMember",
 * //  "worksCouncilMember", "familyAssociationBoardMember", "otherProviderCouncilMember", "relativeOfStaff",
 * //  "other_relation", "no_conflicting_interest", "council_size", "certificate_of_conduct", "aspirant_period"]
 */
export const eligibilityRules: readonly EligibilityRule[] = [
  membershipBasis,
  employee,
  relationRule("volunteer", "Volunteers for the provider: allowed, excluded (LCvV 11-003 upholds that choice) or a conversation."),
  relationRule("supplier", "Supplies goods or services to the provider, or works for it as a contractor."),
  relationRule("boardMember", "Member of the provider's board."),
  relationRule("supervisoryBoardMember", "Member of the provider's supervisory board."),
  relationRule("worksCouncilMember", "Member of the provider's works council."),
  relationRule(
    "familyAssociationBoardMember",
    "Board member of the family association (familieraad, verwantenvereniging); LCvV 15-006 upholds excluding them.",
  ),
  relationRule("otherProviderCouncilMember", "Member of another care provider's client council."),
  relationRule("relativeOfStaff", "Relative of a board member or an employee of the provider."),
  {
    id: "other_relation",
    summary: "Any other relation the candidate describes: always a conversation.",
    reads: ["guidance"],
    evaluate: (candidate) =>
      candidate.other !== undefined && candidate.other.trim() !== ""
        ? [reason("other_relation", "review", { kind: "guidance", ref: LOC_CONFLICT_GUIDANCE })]
        : [],
  },
  {
    id: "no_conflicting_interest",
    summary: "No relation above blocks or needs a conversation: no conflicting interest found.",
    reads: ["guidance"],
    evaluate: (_candidate, _rules, _context, earlier) =>
      earlier.some((r) => CONFLICT_CODES.has(r.code))
        ? []
        : [reason("no_conflicting_interest", "pass", { kind: "guidance", ref: LOC_CONFLICT_GUIDANCE })],
  },
  {
    id: "council_size",
    summary: "A council at its maximum size takes no new member until a seat falls vacant.",
    reads: ["maxMembers"],
    evaluate: (_candidate, rules, { council }) =>
      council !== undefined && council.memberCount >= rules.maxMembers
        ? [reason("council_full", "fail", fromRules("maxMembers"), { memberCount: council.memberCount, maxMembers: rules.maxMembers })]
        : [],
  },
  {
    id: "certificate_of_conduct",
    summary: "A certificate of conduct (VOG) is asked only when the regulation says so; the provider pays.",
    reads: ["certificateOfConductRequired"],
    evaluate: (_candidate, rules) =>
      rules.certificateOfConductRequired ? [reason("certificate_of_conduct_required", "info", fromRules("certificateOfConductRequired"))] : [],
  },
  {
    id: "aspirant_period",
    summary: "A new member first serves an aspirant period when the regulation has one.",
    reads: ["aspirantMonths"],
    evaluate: (_candidate, rules) =>
      rules.aspirantMonths > 0 ? [reason("aspirant_period", "info", fromRules("aspirantMonths"), { months: rules.aspirantMonths })] : [],
  },
];

/**
 * May this person join this council? Evaluates {@link eligibilityRules} in order and returns a
 * verdict with every reason: `not_eligible` when any reason blocks, `needs_review` when a person
 * must judge in a conversation, otherwise `eligible`. Information for the candidate (VOG, aspirant
 * period) is left out when the verdict is `not_eligible`. Parse outside data with
 * {@link CandidateSchema} (or `parseAnswers`) and {@link MembershipRulesSchema} first.
 *
 * @throws {InvalidInputError} when the candidate, the rules or `context.today` do not match their
 * schemas (wrong types, unknown fields, impossible dates); the message names each field
 * @example
 * checkEligibility({ employee: "current" }, commonPracticeRules, { today: "2026-11-23" }).verdict;
 * // "not_eligible" (reason relation_excluded, source exclusions.employee)
 * @example
 * checkEligibility({ volunteer: true }, { ...commonPracticeRules, exclusions: { ...commonPracticeRules.exclusions, volunteer: "excluded" } },
 *   { today: "2026-11-23" }).reasons[1];
 * // { code: "relation_excluded", effect: "fail", source: { kind: "rules", ref: "exclusions.volunteer", precedent: "LCvV 11-003" }, params: { relation: "volunteer" } }
 */
export function checkEligibility(candidate: Candidate, rules: MembershipRules, context: EligibilityContext): EligibilityResult {
  validateInput("checkEligibility", "candidate", CandidateSchema, candidate);
  validateInput("checkEligibility", "rules", MembershipRulesSchema, rules);
  validateInput("checkEligibility", "context", EligibilityContextSchema, context);
  const reasons: Reason[] = [];
  for (const rule of eligibilityRules) reasons.push(...rule.evaluate(candidate, rules, context, reasons));
  const verdict = verdictOf(reasons);
  return { verdict, reasons: verdict === "not_eligible" ? reasons.filter((r) => r.effect !== "info") : reasons };
}
