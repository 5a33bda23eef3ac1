import * as z from "zod";
import { CalendarDateSchema } from "../../_lib/calendar-date/index.js";
import { CLIENT_RELATIONS } from "../candidate/index.js";

/**
 * Relations to the provider that an organisation's regulation can allow, exclude or send to a
 * conversation. A former employee falls under `employee` while the cooling-off period runs.
 *
 * @example
 * RELATION_KINDS.includes("volunteer"); // true
 */
export const RELATION_KINDS = [
  "employee",
  "volunteer",
  "supplier",
  "boardMember",
  "supervisoryBoardMember",
  "worksCouncilMember",
  "familyAssociationBoardMember",
  "otherProviderCouncilMember",
  "relativeOfStaff",
] as const;

/**
 * One relation to the provider that the regulation takes a stand on.
 *
 * @example
 * const kind: RelationKind = "supplier";
 */
export type RelationKind = (typeof RELATION_KINDS)[number];

/**
 * What the regulation says about a relation: no objection, not allowed, or a person must judge
 * in a conversation.
 *
 * @example
 * RelationPolicySchema.parse("needs_review"); // "needs_review"
 */
export const RelationPolicySchema = z.enum(["allowed", "excluded", "needs_review"]);
/** See {@link RelationPolicySchema}. @example const p: RelationPolicy = "excluded"; */
export type RelationPolicy = z.infer<typeof RelationPolicySchema>;

/**
 * Who may be a member at all: current (and recent former) clients only; clients and the people who
 * stand next to them (representatives, mentors, relatives, mantelzorgers); or anyone without a
 * conflicting interest (LOC's reading of the law).
 *
 * @example
 * MembershipBasisSchema.parse("clients_only"); // "clients_only"
 */
export const MembershipBasisSchema = z.enum(["clients_only", "clients_and_representatives", "anyone_without_conflict"]);
/** See {@link MembershipBasisSchema}. @example const b: MembershipBasis = "anyone_without_conflict"; */
export type MembershipBasis = z.infer<typeof MembershipBasisSchema>;

const years = z.number().int().min(0).max(50);

/**
 * The organisation's own membership rules, from its *medezeggenschapsregeling* (art. 3 Wmcz 2018
 * leaves who may be a member to that regulation). Nothing here is law: every value is the
 * organisation's choice; {@link commonPracticeRules} is a starting point.
 *
 * - `whoMayJoin` and `representativeRelations` (which client relations count under
 *   `clients_and_representatives`).
 * - `exclusions`: per relation `allowed`, `excluded` or `needs_review` (volunteers allowed or not
 *   is `exclusions.volunteer`).
 * - `coolingOff.formerEmployeeYears`: years after employment ended during which a former employee
 *   is treated as an employee (0: not at all). `coolingOff.formerClientYears`: years after care
 *   ended during which a former client still counts as a client (0: current clients only).
 * - `certificateOfConductRequired`: whether a VOG is asked (practice: only when the regulation
 *   says so; the provider pays).
 * - `minMembers`, `maxMembers`, `termYears`, `maxReappointments`, `aspirantMonths`.
 * - `clientsOnlySince`: the day the regulation narrowed who may join; members appointed before it
 *   keep their seat until their term ends (LCvV 07-04).
 *
 * @example
 * MembershipRulesSchema.safeParse({ ...commonPracticeRules, minMembers: 9, maxMembers: 5 }).success; // false
 */
export const MembershipRulesSchema = z
  .strictObject({
    whoMayJoin: MembershipBasisSchema,
    representativeRelations: z.array(z.enum(CLIENT_RELATIONS)).readonly(),
    exclusions: z.strictObject({
      employee: RelationPolicySchema,
      volunteer: RelationPolicySchema,
      supplier: RelationPolicySchema,
      boardMember: RelationPolicySchema,
      supervisoryBoardMember: RelationPolicySchema,
      worksCouncilMember: RelationPolicySchema,
      familyAssociationBoardMember: RelationPolicySchema,
      otherProviderCouncilMember: RelationPolicySchema,
      relativeOfStaff: RelationPolicySchema,
    }),
    coolingOff: z.strictObject({ formerEmployeeYears: years, formerClientYears: years }),
    certificateOfConductRequired: z.boolean(),
    minMembers: z.number().int().min(1).max(100),
    maxMembers: z.number().int().min(1).max(100),
    termYears: z.number().int().min(1).max(10),
    maxReappointments: z.number().int().min(0).max(10),
    aspirantMonths: z.number().int().min(0).max(24),
    clientsOnlySince: CalendarDateSchema.optional(),
  })
  .refine((rules) => rules.minMembers <= rules.maxMembers, { path: ["maxMembers"], message: "max_below_min" });

/**
 * Membership rules as {@link MembershipRulesSchema} describes them.
 *
 * @example
 * const rules: MembershipRules = { ...commonPracticeRules, certificateOfConductRequired: true };
 */
export type MembershipRules = z.infer<typeof MembershipRulesSchema>;
