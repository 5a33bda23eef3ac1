import type { MembershipRules } from "../membership-rules/index.js";

/**
 * Former employees are treated as employees for 3 years after their work ended. Source: seen in
 * real regulations (common practice), not the law.
 *
 * @example
 * COMMON_FORMER_EMPLOYEE_YEARS; // 3
 */
export const COMMON_FORMER_EMPLOYEE_YEARS = 3;

/**
 * Former clients may join up to 2 years after their care ended. Source: seen in real regulations
 * (common practice), not the law.
 *
 * @example
 * COMMON_FORMER_CLIENT_YEARS; // 2
 */
export const COMMON_FORMER_CLIENT_YEARS = 2;

/**
 * Term of office in years. Source: common practice (regulations mostly use 3 or 4 years).
 *
 * @example
 * COMMON_TERM_YEARS; // 4
 */
export const COMMON_TERM_YEARS = 4;

/**
 * How often a member may be re-appointed. Source: common practice (once or twice).
 *
 * @example
 * COMMON_MAX_REAPPOINTMENTS; // 1
 */
export const COMMON_MAX_REAPPOINTMENTS = 1;

/**
 * Months a new member serves as aspirant. Source: common practice (3 to 6 months).
 *
 * @example
 * COMMON_ASPIRANT_MONTHS; // 3
 */
export const COMMON_ASPIRANT_MONTHS = 3;

/**
 * Smallest council size in the preset. Source: a Raadswerk default: the sources give no common
 * figure, so set it from your regulation.
 *
 * @example
 * DEFAULT_MIN_MEMBERS; // 3
 */
export const DEFAULT_MIN_MEMBERS = 3;

/**
 * Largest council size in the preset. Source: a Raadswerk default: the sources give no common
 * figure, so set it from your regulation.
 *
 * @example
 * DEFAULT_MAX_MEMBERS; // 9
 */
export const DEFAULT_MAX_MEMBERS = 9;

/**
 * Where a preset value comes from. Never the law: the Wmcz 2018 leaves membership to the
 * organisation's regulation.
 *
 * - `loc_guidance`: LOC's guidance on conflicting interest (*conflicterend belang*).
 * - `lsr_guidance`: LSR's account of practice.
 * - `lcvv_ruling`: a ruling of the national commissie van vertrouwenslieden showing the choice is
 *   allowed.
 * - `common_practice`: seen in real regulations.
 * - `raadswerk_default`: no common figure found; a neutral default to change.
 *
 * @example
 * const s: PracticeSource = { kind: "lcvv_ruling", ref: "LCvV 11-003", note: "..." };
 */
export type PracticeSource = {
  readonly kind: "loc_guidance" | "lsr_guidance" | "lcvv_ruling" | "common_practice" | "raadswerk_default";
  readonly ref: string;
  readonly note: string;
};

/**
 * A setting of {@link MembershipRules}, written as a dotted path (`exclusions.volunteer`).
 *
 * @example
 * const path: RulePath = "coolingOff.formerEmployeeYears";
 */
export type RulePath =
  | "whoMayJoin"
  | "representativeRelations"
  | `exclusions.${keyof MembershipRules["exclusions"]}`
  | `coolingOff.${keyof MembershipRules["coolingOff"]}`
  | "certificateOfConductRequired"
  | "minMembers"
  | "maxMembers"
  | "termYears"
  | "maxReappointments"
  | "aspirantMonths"
  | "clientsOnlySince";

const LOC_CONFLICT = "LOC, Werven en behouden van leden: conflicterend belang";

/**
 * A starting point for an organisation's membership rules, built from LOC's conflicting-interest
 * guidance and common practice — never "the law". Every value's source is in
 * {@link commonPracticeSources}. Replace values with those of your own regulation.
 *
 * @example
 * commonPracticeRules.coolingOff; // { formerEmployeeYears: 3, formerClientYears: 2 }
 */
export const commonPracticeRules: MembershipRules = {
  whoMayJoin: "anyone_without_conflict",
  representativeRelations: ["representative", "mentor", "relative", "mantelzorger"],
  exclusions: {
    employee: "excluded",
    volunteer: "needs_review",
    supplier: "excluded",
    boardMember: "excluded",
    supervisoryBoardMember: "excluded",
    worksCouncilMember: "excluded",
    familyAssociationBoardMember: "needs_review",
    otherProviderCouncilMember: "needs_review",
    relativeOfStaff: "needs_review",
  },
  coolingOff: { formerEmployeeYears: COMMON_FORMER_EMPLOYEE_YEARS, formerClientYears: COMMON_FORMER_CLIENT_YEARS },
  certificateOfConductRequired: false,
  minMembers: DEFAULT_MIN_MEMBERS,
  maxMembers: DEFAULT_MAX_MEMBERS,
  termYears: COMMON_TERM_YEARS,
  maxReappointments: COMMON_MAX_REAPPOINTMENTS,
  aspirantMonths: COMMON_ASPIRANT_MONTHS,
};

/**
 * The source of every value in {@link commonPracticeRules}, machine-readable, by setting path.
 *
 * @example
 * commonPracticeSources["exclusions.volunteer"].ref; // "LCvV 11-003"
 */
export const commonPracticeSources: Readonly<Record<Exclude<RulePath, "clientsOnlySince">, PracticeSource>> = {
  whoMayJoin: {
    kind: "loc_guidance",
    ref: LOC_CONFLICT,
    note: "In principle anyone may join, as long as there is no conflicting interest: another relation with the organisation.",
  },
  representativeRelations: {
    kind: "common_practice",
    ref: "common practice",
    note: "Representatives, mentors, relatives and mantelzorgers speak for clients; used only when membership is limited to clients and representatives.",
  },
  "exclusions.employee": {
    kind: "loc_guidance",
    ref: LOC_CONFLICT,
    note: "Working for the organisation is LOC's first example of a conflicting interest.",
  },
  "exclusions.volunteer": {
    kind: "lcvv_ruling",
    ref: "LCvV 11-003",
    note: "A regulation may exclude the provider's volunteers; allowing them is also reasonable, so the preset asks for a conversation.",
  },
  "exclusions.supplier": {
    kind: "loc_guidance",
    ref: LOC_CONFLICT,
    note: "Supplying goods or services to the organisation is LOC's second example of a conflicting interest.",
  },
  "exclusions.boardMember": {
    kind: "common_practice",
    ref: LOC_CONFLICT,
    note: "The board takes the decisions the council advises on: another relation with the organisation.",
  },
  "exclusions.supervisoryBoardMember": {
    kind: "common_practice",
    ref: LOC_CONFLICT,
    note: "The supervisory board oversees the board: another relation with the organisation.",
  },
  "exclusions.worksCouncilMember": {
    kind: "common_practice",
    ref: LOC_CONFLICT,
    note: "The works council speaks for staff, whose interests can differ from clients'.",
  },
  "exclusions.familyAssociationBoardMember": {
    kind: "lcvv_ruling",
    ref: "LCvV 15-006",
    note: "A regulation may exclude board members of the family association; the preset asks for a conversation.",
  },
  "exclusions.otherProviderCouncilMember": {
    kind: "common_practice",
    ref: "common practice",
    note: "Usually no conflict, but a competing provider can be one: a person judges.",
  },
  "exclusions.relativeOfStaff": {
    kind: "common_practice",
    ref: LOC_CONFLICT,
    note: "A close tie to a board member or employee can be a conflicting interest: a person judges.",
  },
  "coolingOff.formerEmployeeYears": {
    kind: "common_practice",
    ref: "seen in real regulations",
    note: "No one who worked for the provider in the last 3 years.",
  },
  "coolingOff.formerClientYears": {
    kind: "common_practice",
    ref: "seen in real regulations",
    note: "Former clients may join up to 2 years after their care ended.",
  },
  certificateOfConductRequired: {
    kind: "lsr_guidance",
    ref: "LSR: VOG only if the regulation says so",
    note: "A certificate of conduct (VOG) may be asked only when the regulation says so; the provider pays for it.",
  },
  minMembers: {
    kind: "raadswerk_default",
    ref: "Raadswerk default",
    note: "The sources give no common minimum; set it from your regulation.",
  },
  maxMembers: {
    kind: "raadswerk_default",
    ref: "Raadswerk default",
    note: "The sources give no common maximum; set it from your regulation.",
  },
  termYears: { kind: "common_practice", ref: "common practice", note: "Regulations mostly use terms of 3 or 4 years." },
  maxReappointments: { kind: "common_practice", ref: "common practice", note: "Members may mostly be re-appointed once or twice." },
  aspirantMonths: { kind: "common_practice", ref: "common practice", note: "An aspirant period mostly lasts 3 to 6 months." },
};
