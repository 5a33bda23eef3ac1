import * as z from "zod";
import { CalendarDateSchema } from "../../_lib/calendar-date/index.js";

/**
 * Longest free text a candidate may give about an "other" relation.
 *
 * @example
 * OTHER_RELATION_MAX_LENGTH; // 500
 */
export const OTHER_RELATION_MAX_LENGTH = 500;

/**
 * Whether the candidate is a client of the care provider: now, before, or not.
 *
 * @example
 * ClientStatusSchema.parse("former"); // "former"
 */
export const ClientStatusSchema = z.enum(["current", "former", "no"]);
/** See {@link ClientStatusSchema}. @example const s: ClientStatus = "current"; */
export type ClientStatus = z.infer<typeof ClientStatusSchema>;

/**
 * Whether the candidate works for the care provider: now, before, or not (employed, agency or
 * self-employed in the provider's service all count).
 *
 * @example
 * EmploymentStatusSchema.parse("no"); // "no"
 */
export const EmploymentStatusSchema = z.enum(["current", "former", "no"]);
/** See {@link EmploymentStatusSchema}. @example const s: EmploymentStatus = "former"; */
export type EmploymentStatus = z.infer<typeof EmploymentStatusSchema>;

/**
 * Every way a candidate can stand next to a client without being one: legal representative
 * (*vertegenwoordiger*), mentor, relative (*familielid*) or informal carer (*mantelzorger*).
 *
 * @example
 * CLIENT_RELATIONS.includes("mantelzorger"); // true
 */
export const CLIENT_RELATIONS = ["representative", "mentor", "relative", "mantelzorger"] as const;

/**
 * The candidate's relation to a client of the provider, or `"none"`.
 *
 * @example
 * ClientRelationSchema.parse("mentor"); // "mentor"
 */
export const ClientRelationSchema = z.enum([...CLIENT_RELATIONS, "none"]);
/** See {@link ClientRelationSchema}. @example const r: ClientRelation = "relative"; */
export type ClientRelation = z.infer<typeof ClientRelationSchema>;

/**
 * A candidate for the client council, described only by their relations to the care provider,
 * with dates where time matters. Deliberately minimal: no name, no diagnosis, no address. Being a
 * client is health data, so each field is optional and asked only when the organisation's rules
 * need it ({@link questionsFor}); a missing field means "does not apply or was not asked".
 *
 * - `client` / `careEndedOn`: client now or before, and when care ended.
 * - `clientRelation`: representative, mentor, relative or mantelzorger of a client.
 * - `employee` / `employmentEndedOn`: works for the provider now or before, and when that ended.
 * - `volunteer`, `supplier` (supplier or contractor), `boardMember`, `supervisoryBoardMember`,
 *   `worksCouncilMember`, `familyAssociationBoardMember` (board of the *familieraad* or
 *   *verwantenvereniging*), `otherProviderCouncilMember` (member of another provider's council),
 *   `relativeOfStaff` (relative of a board member or employee).
 * - `other`: any other relation in the candidate's own words; it always leads to a conversation.
 *
 * @example
 * CandidateSchema.parse({ client: "former", careEndedOn: "2025-06-30", volunteer: true });
 * // { client: "former", careEndedOn: "2025-06-30", volunteer: true }
 */
export const CandidateSchema = z
  .strictObject({
    client: ClientStatusSchema.optional(),
    careEndedOn: CalendarDateSchema.optional(),
    clientRelation: ClientRelationSchema.optional(),
    employee: EmploymentStatusSchema.optional(),
    employmentEndedOn: CalendarDateSchema.optional(),
    volunteer: z.boolean().optional(),
    supplier: z.boolean().optional(),
    boardMember: z.boolean().optional(),
    supervisoryBoardMember: z.boolean().optional(),
    worksCouncilMember: z.boolean().optional(),
    familyAssociationBoardMember: z.boolean().optional(),
    otherProviderCouncilMember: z.boolean().optional(),
    relativeOfStaff: z.boolean().optional(),
    other: z.string().max(OTHER_RELATION_MAX_LENGTH).optional(),
  })
  .superRefine((candidate, ctx) => {
    // A date only makes sense for a relation that has ended; anything else is a mix-up in the caller.
    if (candidate.careEndedOn !== undefined && candidate.client !== "former") {
      ctx.addIssue({ code: "custom", path: ["careEndedOn"], message: "date_without_former_client" });
    }
    if (candidate.employmentEndedOn !== undefined && candidate.employee !== "former") {
      ctx.addIssue({ code: "custom", path: ["employmentEndedOn"], message: "date_without_former_employee" });
    }
  });

/**
 * A candidate as {@link CandidateSchema} describes it.
 *
 * @example
 * const candidate: Candidate = { client: "current", employee: "no" };
 */
export type Candidate = z.infer<typeof CandidateSchema>;
