import * as z from "zod";
import { validateInput } from "../../_lib/input/index.js";
import { addYears, type CalendarDate, CalendarDateSchema } from "../../_lib/calendar-date/index.js";
import { CandidateSchema } from "../candidate/index.js";
import { checkEligibility } from "../check-eligibility/index.js";
import { type MembershipRules, MembershipRulesSchema } from "../membership-rules/index.js";
import type { Reason, ReasonCode, ReasonSource } from "../reason/index.js";

/**
 * The ruling that lets sitting non-client members finish their term after a clients-only change.
 *
 * @example
 * GRANDFATHERING_PRECEDENT; // "LCvV 07-04"
 */
export const GRANDFATHERING_PRECEDENT = "LCvV 07-04";

/**
 * A sitting member as far as their seat is concerned: when they first joined, which term they are
 * in and when it started, and their relations to the provider today (the same minimal
 * {@link Candidate} fields; no name).
 *
 * @example
 * SittingMemberSchema.parse({ appointedOn: "2019-03-01", termNumber: 2, termStartedOn: "2023-03-01", relations: { client: "no" } });
 * // the same object
 */
export const SittingMemberSchema = z
  .strictObject({
    appointedOn: CalendarDateSchema,
    termNumber: z.number().int().min(1).max(20),
    termStartedOn: CalendarDateSchema,
    relations: CandidateSchema,
  })
  .refine((member) => member.appointedOn <= member.termStartedOn, { path: ["termStartedOn"], message: "term_before_appointment" });

/**
 * See {@link SittingMemberSchema}.
 *
 * @example
 * const member: SittingMember = { appointedOn: "2022-01-01", termNumber: 1, termStartedOn: "2022-01-01", relations: {} };
 */
export type SittingMember = z.infer<typeof SittingMemberSchema>;

/**
 * Context for the seat checks: today's date, passed in.
 *
 * @example
 * SeatContextSchema.parse({ today: "2026-11-23" }); // { today: "2026-11-23" }
 */
export const SeatContextSchema = z.strictObject({ today: CalendarDateSchema });

/**
 * See {@link SeatContextSchema}.
 *
 * @example
 * const context: SeatContext = { today: "2026-11-23" };
 */
export type SeatContext = z.infer<typeof SeatContextSchema>;

/**
 * The result of {@link checkReappointment}.
 *
 * @example
 * const result: ReappointmentResult = { allowed: true, termEndsOn: "2027-01-01", reasons: [] };
 */
export type ReappointmentResult = { readonly allowed: boolean; readonly termEndsOn: CalendarDate; readonly reasons: readonly Reason[] };

/**
 * The result of {@link checkSittingMember}: `keeps_seat` (fits the current rules),
 * `keeps_seat_until_term_end` (grandfathered after the rules changed), `needs_review` (a relation
 * now conflicts: the regulation says when membership ends, a person checks) or `term_ended`.
 *
 * @example
 * const result: SeatResult = { seat: "keeps_seat", seatUntil: "2027-01-01", reasons: [] };
 */
export type SeatResult = {
  readonly seat: "keeps_seat" | "keeps_seat_until_term_end" | "needs_review" | "term_ended";
  readonly seatUntil: CalendarDate;
  readonly reasons: readonly Reason[];
};

const BASIS_FAILURES: ReadonlySet<ReasonCode> = new Set<ReasonCode>(["not_a_client", "not_client_or_relation", "former_client_too_long_ago"]);

/** Art. 3 Wmcz 2018 (confirmed): the regulation settles when membership ends. */
const MEMBERSHIP_ENDS_BY_REGULATION: ReasonSource = { kind: "law", ref: "art. 3 Wmcz 2018" };

/**
 * The last day of the member's current term: its start plus the regulation's term length.
 *
 * @example
 * termEndOf({ appointedOn: "2022-01-01", termNumber: 1, termStartedOn: "2022-01-01", relations: {} }, commonPracticeRules);
 * // "2026-01-01"
 */
export function termEndOf(member: SittingMember, rules: MembershipRules): CalendarDate {
  return addYears(member.termStartedOn, rules.termYears);
}

function grandfathered(member: SittingMember, rules: MembershipRules, reasons: readonly Reason[]): boolean {
  const since = rules.clientsOnlySince;
  const blocking = reasons.filter((r) => r.effect === "fail" || r.effect === "review");
  return (
    since !== undefined &&
    member.appointedOn < since &&
    blocking.length > 0 &&
    blocking.every((r) => BASIS_FAILURES.has(r.code))
  );
}

function blockingReasons(member: SittingMember, rules: MembershipRules, today: CalendarDate): readonly Reason[] {
  return checkEligibility(member.relations, rules, { today }).reasons.filter((r) => r.effect === "fail" || r.effect === "review");
}

/**
 * May this member be appointed for another term? Checks the number of terms against the
 * regulation's maximum re-appointments and the member's eligibility under the current rules. A
 * member who sits only because the rules changed after they joined (`clientsOnlySince`, LCvV
 * 07-04) keeps the seat until the term ends but cannot be re-appointed.
 *
 * @throws {RangeError} when a date is not a real calendar day (validate with {@link SittingMemberSchema})
 * @throws {InvalidInputError} when an argument does not match its schema; the message names each field
 * @example
 * checkReappointment({ appointedOn: "2018-01-01", termNumber: 2, termStartedOn: "2022-01-01", relations: {} },
 *   commonPracticeRules, { today: "2025-10-01" });
 * // { allowed: false, termEndsOn: "2026-01-01", reasons: [{ code: "term_limit_reached", ... }] }
 */
export function checkReappointment(member: SittingMember, rules: MembershipRules, context: SeatContext): ReappointmentResult {
  validateInput("checkReappointment", "member", SittingMemberSchema, member);
  validateInput("checkReappointment", "rules", MembershipRulesSchema, rules);
  validateInput("checkReappointment", "context", SeatContextSchema, context);
  const termEndsOn = termEndOf(member, rules);
  const maxTerms = rules.maxReappointments + 1;
  const limit: ReasonSource = { kind: "rules", ref: "maxReappointments" };
  const reasons: Reason[] = [
    member.termNumber >= maxTerms
      ? { code: "term_limit_reached", effect: "fail", source: limit, params: { termNumber: member.termNumber, maxTerms } }
      : { code: "within_term_limit", effect: "pass", source: limit, params: { termNumber: member.termNumber, maxTerms } },
  ];
  const blocking = blockingReasons(member, rules, context.today);
  reasons.push(...blocking);
  if (grandfathered(member, rules, blocking) && rules.clientsOnlySince !== undefined) {
    reasons.push({
      code: "no_reappointment_after_rule_change",
      effect: "fail",
      source: { kind: "rules", ref: "clientsOnlySince", precedent: GRANDFATHERING_PRECEDENT },
      params: { clientsOnlySince: rules.clientsOnlySince, termEndsOn },
    });
  }
  return { allowed: reasons.every((r) => r.effect === "pass" || r.effect === "info"), termEndsOn, reasons };
}

/**
 * Does a sitting member keep their seat under the current rules? A member appointed before the
 * regulation narrowed membership (`clientsOnlySince`) and who fails only that new condition keeps
 * the seat until the current term ends (LCvV 07-04). Any other conflict is for a person to judge:
 * the regulation says when membership ends (art. 3 Wmcz 2018).
 *
 * @throws {RangeError} when a date is not a real calendar day (validate with {@link SittingMemberSchema})
 * @throws {InvalidInputError} when an argument does not match its schema; the message names each field
 * @example
 * checkSittingMember({ appointedOn: "2021-01-01", termNumber: 1, termStartedOn: "2021-01-01", relations: { client: "no" } },
 *   { ...commonPracticeRules, whoMayJoin: "clients_only", clientsOnlySince: "2024-01-01" }, { today: "2024-06-01" });
 * // { seat: "keeps_seat_until_term_end", seatUntil: "2025-01-01", reasons: [not_a_client, grandfathered_until_term_end] }
 */
export function checkSittingMember(member: SittingMember, rules: MembershipRules, context: SeatContext): SeatResult {
  validateInput("checkSittingMember", "member", SittingMemberSchema, member);
  validateInput("checkSittingMember", "rules", MembershipRulesSchema, rules);
  validateInput("checkSittingMember", "context", SeatContextSchema, context);
  const seatUntil = termEndOf(member, rules);
  if (context.today >= seatUntil) {
    return {
      seat: "term_ended",
      seatUntil,
      reasons: [{ code: "term_ended", effect: "info", source: { kind: "rules", ref: "termYears" }, params: { termEndsOn: seatUntil } }],
    };
  }
  const blocking = blockingReasons(member, rules, context.today);
  if (blocking.length === 0) return { seat: "keeps_seat", seatUntil, reasons: [] };
  if (grandfathered(member, rules, blocking) && rules.clientsOnlySince !== undefined) {
    const reason: Reason = {
      code: "grandfathered_until_term_end",
      effect: "pass",
      source: { kind: "rules", ref: "clientsOnlySince", precedent: GRANDFATHERING_PRECEDENT },
      params: { clientsOnlySince: rules.clientsOnlySince, termEndsOn: seatUntil },
    };
    return { seat: "keeps_seat_until_term_end", seatUntil, reasons: [...blocking, reason] };
  }
  const review: Reason = { code: "conflict_while_sitting", effect: "review", source: MEMBERSHIP_ENDS_BY_REGULATION, params: {} };
  return { seat: "needs_review", seatUntil, reasons: [...blocking, review] };
}
