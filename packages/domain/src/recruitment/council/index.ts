import * as z from "zod";
import { CalendarDateSchema } from "../../_lib/calendar-date/index.js";

/**
 * The roles a council member can have. An aspirant is a prospective member in a trial period.
 *
 * @example
 * MemberRoleSchema.parse("vice_chair"); // "vice_chair"
 */
export const MemberRoleSchema = z.enum(["chair", "vice_chair", "secretary", "treasurer", "member", "aspirant"]);

/**
 * A role a council member can have.
 *
 * @example
 * const r: MemberRole = "treasurer";
 */
export type MemberRole = z.infer<typeof MemberRoleSchema>;

/**
 * A council member as recruitment needs to know them: no name, no health data.
 *
 * - `startedOn`: the first day of the member's **current** term (the date of appointment or of the
 *   last re-appointment). For an aspirant: the first day of the aspirant period.
 * - `termNumber`: 1 for the first term, 2 after the first re-appointment, and so on.
 * - `represents`: the id of the location or client group (from the council's `represents`) the
 *   member speaks for, when seats are tied to one.
 *
 * @example
 * MemberSchema.parse({ id: "m1", role: "member", startedOn: "2024-02-29", termNumber: 1 });
 * // { id: "m1", role: "member", startedOn: "2024-02-29", termNumber: 1 }
 */
export const MemberSchema = z.object({
  id: z.string().min(1).max(100),
  role: MemberRoleSchema,
  startedOn: CalendarDateSchema,
  termNumber: z.number().int().min(1).max(20),
  represents: z.string().min(1).max(100).optional(),
});

/**
 * A council member (see {@link MemberSchema}).
 *
 * @example
 * const m: Member = { id: "m1", role: "member", startedOn: "2024-01-01", termNumber: 1, represents: "loc-a" };
 */
export type Member = z.infer<typeof MemberSchema>;

/**
 * A location or client group a council must represent.
 *
 * @example
 * ConstituencySchema.parse({ id: "loc-a", kind: "location", name: "De Linde" });
 * // { id: "loc-a", kind: "location", name: "De Linde" }
 */
export const ConstituencySchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.enum(["location", "client_group"]),
  name: z.string().min(1).max(200),
});

/**
 * A location or client group (see {@link ConstituencySchema}).
 *
 * @example
 * const c: Constituency = { id: "grp-thuis", kind: "client_group", name: "Thuiszorg" };
 */
export type Constituency = z.infer<typeof ConstituencySchema>;

/**
 * A client council (central or local) with the settings from its medezeggenschapsregeling that
 * recruitment needs. All of these are the organisation's own choices, not the law.
 *
 * - `termYears`: length of one term (common: 3 or 4 years).
 * - `maxTerms`: how many terms a member may serve in total: one term plus the re-appointments
 *   (re-appointable twice = 3).
 * - `aspirantMonths`: the aspirant period (common: 3–6 months); default 6.
 *
 * Refinements (issue messages are stable codes): `min_above_max`, `duplicate_member_id`,
 * `duplicate_constituency_id`, `unknown_constituency` (a member represents an id the council does
 * not list).
 *
 * @example
 * CouncilSchema.parse({
 *   id: "cr", kind: "local", name: "Cliëntenraad De Linde", minMembers: 5, maxMembers: 9,
 *   termYears: 4, maxTerms: 2, represents: [], members: [],
 * }).termYears; // 4
 */
export const CouncilSchema = z
  .object({
    id: z.string().min(1).max(100),
    kind: z.enum(["central", "local"]),
    name: z.string().min(1).max(200),
    minMembers: z.number().int().min(1).max(100),
    maxMembers: z.number().int().min(1).max(100),
    termYears: z.number().int().min(1).max(10),
    maxTerms: z.number().int().min(1).max(10),
    aspirantMonths: z.number().int().min(1).max(24).optional(),
    represents: z.array(ConstituencySchema).max(200),
    members: z.array(MemberSchema).max(200),
  })
  .superRefine((council, ctx) => {
    if (council.minMembers > council.maxMembers) {
      ctx.addIssue({ code: "custom", message: "min_above_max", path: ["minMembers"] });
    }
    const memberIds = new Set<string>();
    council.members.forEach((member, index) => {
      if (memberIds.has(member.id)) ctx.addIssue({ code: "custom", message: "duplicate_member_id", path: ["members", index, "id"] });
      memberIds.add(member.id);
    });
    const groupIds = new Set<string>();
    council.represents.forEach((group, index) => {
      if (groupIds.has(group.id)) ctx.addIssue({ code: "custom", message: "duplicate_constituency_id", path: ["represents", index, "id"] });
      groupIds.add(group.id);
    });
    council.members.forEach((member, index) => {
      if (member.represents !== undefined && !groupIds.has(member.represents)) {
        ctx.addIssue({ code: "custom", message: "unknown_constituency", path: ["members", index, "represents"] });
      }
    });
  });

/**
 * A client council (see {@link CouncilSchema}).
 *
 * @example
 * const c: Council = { id: "cr", kind: "local", name: "CR", minMembers: 5, maxMembers: 9, termYears: 4, maxTerms: 2, represents: [], members: [] };
 */
export type Council = z.infer<typeof CouncilSchema>;
