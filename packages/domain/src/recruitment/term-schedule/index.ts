import * as z from "zod";
import { validateInput } from "../../_lib/input/index.js";
import { addDays, addMonths, addYears, type CalendarDate, CalendarDateSchema, compareDates, differenceInDays } from "../../_lib/calendar-date/index.js";
import type { Coded } from "../_internal/index.js";
import { type Council, CouncilSchema, type Member, type MemberRole } from "../council/index.js";
import { DEFAULT_ASPIRANT_MONTHS, DEFAULT_HORIZON_MONTHS, RECRUITMENT_LEAD_TIME_MONTHS } from "../defaults/index.js";

/**
 * Options of {@link termSchedule}: today's date (never read from a clock), how far ahead to look
 * (default {@link DEFAULT_HORIZON_MONTHS}) and the recruitment lead time that triggers a warning
 * (default {@link RECRUITMENT_LEAD_TIME_MONTHS}, common practice).
 *
 * @example
 * TermScheduleOptionsSchema.parse({ today: "2026-11-23" }); // { today: "2026-11-23" }
 */
export const TermScheduleOptionsSchema = z.object({
  today: CalendarDateSchema,
  horizonMonths: z.number().int().min(1).max(120).optional(),
  leadTimeMonths: z.number().int().min(0).max(36).optional(),
});

/**
 * Options of {@link termSchedule}.
 *
 * @example
 * const o: TermScheduleOptions = { today: "2026-11-23", horizonMonths: 18, leadTimeMonths: 9 };
 */
export type TermScheduleOptions = z.infer<typeof TermScheduleOptionsSchema>;

/**
 * Where a member stands today:
 * `serving` (in a running term), `reappointment_overdue` (the term ended, re-appointment was possible
 * but none is recorded), `seat_vacant` (the last allowed term has ended), `aspirant` (in the aspirant
 * period), `aspirant_decision_overdue` (the aspirant period ended without an appointment recorded),
 * `not_started` (the term starts after today).
 *
 * @example
 * const s: TermStatus = "reappointment_overdue";
 */
export type TermStatus = "serving" | "reappointment_overdue" | "seat_vacant" | "aspirant" | "aspirant_decision_overdue" | "not_started";

/**
 * One line of the rooster van aftreden.
 *
 * @example
 * termSchedule(council, { today: "2026-11-23" }).entries[0]?.seatVacantOn; // "2027-01-01"
 */
export type TermEntry = {
  readonly memberId: string;
  readonly role: MemberRole;
  readonly represents?: string;
  readonly termNumber: number;
  readonly maxTerms: number;
  /** First day of the current term (or aspirant period). */
  readonly currentTermStartedOn: CalendarDate;
  /** Last day of the current term (or aspirant period). */
  readonly currentTermEndsOn: CalendarDate;
  /** Whether the member may be re-appointed at the end of the current term. */
  readonly reappointable: boolean;
  /** Re-appointments still possible after the current term. */
  readonly reappointmentsLeft: number;
  /**
   * The first day the seat is empty when every possible re-appointment is used: the day after the
   * last allowed term. `null` for an aspirant, who holds no seat yet.
   */
  readonly seatVacantOn: CalendarDate | null;
  /** Whether the member serves beyond the council's maximum number of terms. */
  readonly termsExceeded: boolean;
  readonly status: TermStatus;
};

/**
 * A seat that falls vacant (or is vacant) because a member's last allowed term ends.
 *
 * @example
 * termSchedule(council, { today: "2026-11-23" }).vacanciesWithinHorizon[0]?.withinLeadTime; // true
 */
export type Vacancy = {
  readonly memberId: string;
  readonly role: MemberRole;
  readonly represents?: string;
  readonly seatVacantOn: CalendarDate;
  /** Days from today to the vacancy; zero or negative when it is vacant now. */
  readonly daysUntil: number;
  /** Whether the vacancy is closer than the recruitment lead time. */
  readonly withinLeadTime: boolean;
  readonly reason: "last_term_ends" | "terms_exceeded";
};

/**
 * A decision the council (or provider) must take about a member: re-appoint, or appoint an aspirant.
 *
 * @example
 * const d: TermDecision = { memberId: "m1", kind: "reappointment", on: "2027-01-01", overdue: false };
 */
export type TermDecision = {
  readonly memberId: string;
  readonly kind: "reappointment" | "aspirant_appointment";
  /** The day the decision takes effect: the day after the current term or aspirant period. */
  readonly on: CalendarDate;
  readonly overdue: boolean;
};

/**
 * Codes of the warnings {@link termSchedule} gives.
 *
 * @example
 * const code: TermWarningCode = "terms_exceeded";
 */
export type TermWarningCode =
  | "vacancy_now"
  | "vacancy_within_lead_time"
  | "terms_exceeded"
  | "reappointment_overdue"
  | "aspirant_period_over";

/**
 * A warning of {@link termSchedule}.
 *
 * @example
 * const w: TermWarning = { code: "vacancy_now", memberId: "m1", params: { memberId: "m1", seatVacantOn: "2026-01-01" } };
 */
export type TermWarning = Coded<TermWarningCode> & { readonly memberId: string };

/**
 * The rooster van aftreden of a council.
 *
 * @example
 * termSchedule(council, { today: "2026-11-23" }).horizonEndsOn; // "2027-11-23"
 */
export type TermSchedule = {
  readonly today: CalendarDate;
  readonly horizonEndsOn: CalendarDate;
  readonly leadTimeMonths: number;
  /** One entry per member, the earliest vacancy first. */
  readonly entries: readonly TermEntry[];
  /** Seats vacant today (the member's last allowed term has ended). */
  readonly vacanciesNow: readonly Vacancy[];
  /** Seats that fall vacant after today: on or before {@link TermSchedule.horizonEndsOn}, or closer than the lead time. */
  readonly vacanciesWithinHorizon: readonly Vacancy[];
  /** Re-appointments and aspirant appointments due on or before the horizon (overdue ones too). */
  readonly decisionsDue: readonly TermDecision[];
  readonly warnings: readonly TermWarning[];
};

/**
 * The last day of a period that starts on `startedOn` and lasts `months`: the day before the same
 * date `months` later. Month ends clamp (a term from 29 February 2024 for one year ends on
 * 27 February 2025, because 29 February 2025 does not exist and the anniversary is 28 February).
 */
function lastDayOf(startedOn: CalendarDate, months: number): CalendarDate {
  return addDays(addMonths(startedOn, months), -1);
}

function entryFor(member: Member, council: Council, today: CalendarDate): TermEntry {
  const base = {
    memberId: member.id,
    role: member.role,
    ...(member.represents === undefined ? {} : { represents: member.represents }),
    termNumber: member.termNumber,
    maxTerms: council.maxTerms,
    currentTermStartedOn: member.startedOn,
  };
  if (member.role === "aspirant") {
    const endsOn = lastDayOf(member.startedOn, council.aspirantMonths ?? DEFAULT_ASPIRANT_MONTHS);
    const status: TermStatus = member.startedOn > today ? "not_started" : endsOn < today ? "aspirant_decision_overdue" : "aspirant";
    return { ...base, currentTermEndsOn: endsOn, reappointable: false, reappointmentsLeft: 0, seatVacantOn: null, termsExceeded: false, status };
  }
  const endsOn = addDays(addYears(member.startedOn, council.termYears), -1);
  const reappointmentsLeft = Math.max(0, council.maxTerms - member.termNumber);
  // Each re-appointment adds one whole term, counted from the current start so that month ends and
  // 29 February clamp once rather than drifting term by term.
  const seatVacantOn = addYears(member.startedOn, council.termYears * (reappointmentsLeft + 1));
  const status: TermStatus =
    member.startedOn > today ? "not_started" : seatVacantOn <= today ? "seat_vacant" : endsOn < today ? "reappointment_overdue" : "serving";
  return {
    ...base,
    currentTermEndsOn: endsOn,
    reappointable: reappointmentsLeft > 0,
    reappointmentsLeft,
    seatVacantOn,
    termsExceeded: member.termNumber > council.maxTerms,
    status,
  };
}

/**
 * The rooster van aftreden: per member the end of the current term, whether re-appointment is
 * possible and the date the seat falls vacant; the seats vacant now and within the horizon; the
 * decisions due; and warnings when a vacancy is closer than the recruitment lead time (recruiting
 * takes months: default {@link RECRUITMENT_LEAD_TIME_MONTHS}, common practice).
 *
 * A term of `termYears` starting on `startedOn` ends the day before the same date `termYears` later;
 * a start on 29 February has its anniversary on 28 February in a common year. The seat falls vacant
 * on the day after the last allowed term (`maxTerms`), assuming every possible re-appointment.
 *
 * @throws {InvalidInputError} when an argument does not match its schema; the message names each field
 * @example
 * const s = termSchedule(
 *   { id: "cr", kind: "local", name: "CR", minMembers: 3, maxMembers: 7, termYears: 4, maxTerms: 2, represents: [],
 *     members: [{ id: "m1", role: "member", startedOn: "2023-01-01", termNumber: 2 }] },
 *   { today: "2026-09-01" },
 * );
 * s.entries[0]?.currentTermEndsOn; // "2026-12-31"
 * s.vacanciesWithinHorizon[0]?.seatVacantOn; // "2027-01-01"
 * s.warnings[0]?.code; // "vacancy_within_lead_time"
 */
export function termSchedule(council: Council, options: TermScheduleOptions): TermSchedule {
  validateInput("termSchedule", "council", CouncilSchema, council);
  validateInput("termSchedule", "options", TermScheduleOptionsSchema, options);
  const { today } = options;
  const horizonEndsOn = addMonths(today, options.horizonMonths ?? DEFAULT_HORIZON_MONTHS);
  const leadTimeMonths = options.leadTimeMonths ?? RECRUITMENT_LEAD_TIME_MONTHS;
  const leadTimeEndsOn = addMonths(today, leadTimeMonths);

  const entries = council.members
    .map((member) => entryFor(member, council, today))
    .sort((a, b) => compareDates(a.seatVacantOn ?? "9999-12-31", b.seatVacantOn ?? "9999-12-31") || compareDates(a.currentTermEndsOn, b.currentTermEndsOn) || (a.memberId < b.memberId ? -1 : 1));

  const vacanciesNow: Vacancy[] = [];
  const vacanciesWithinHorizon: Vacancy[] = [];
  const decisionsDue: TermDecision[] = [];
  const warnings: TermWarning[] = [];

  for (const entry of entries) {
    if (entry.termsExceeded) {
      warnings.push({ code: "terms_exceeded", memberId: entry.memberId, params: { memberId: entry.memberId, termNumber: entry.termNumber, maxTerms: entry.maxTerms } });
    }
    if (entry.seatVacantOn === null) {
      const on = addDays(entry.currentTermEndsOn, 1);
      if (on <= horizonEndsOn) decisionsDue.push({ memberId: entry.memberId, kind: "aspirant_appointment", on, overdue: entry.status === "aspirant_decision_overdue" });
      if (entry.status === "aspirant_decision_overdue") {
        warnings.push({ code: "aspirant_period_over", memberId: entry.memberId, params: { memberId: entry.memberId, endedOn: entry.currentTermEndsOn } });
      }
      continue;
    }
    const vacancy: Vacancy = {
      memberId: entry.memberId,
      role: entry.role,
      ...(entry.represents === undefined ? {} : { represents: entry.represents }),
      seatVacantOn: entry.seatVacantOn,
      daysUntil: differenceInDays(entry.seatVacantOn, today),
      withinLeadTime: entry.seatVacantOn < leadTimeEndsOn,
      reason: entry.termsExceeded ? "terms_exceeded" : "last_term_ends",
    };
    if (entry.seatVacantOn <= today) {
      vacanciesNow.push(vacancy);
      warnings.push({ code: "vacancy_now", memberId: entry.memberId, params: { memberId: entry.memberId, seatVacantOn: entry.seatVacantOn } });
    } else if (entry.seatVacantOn <= horizonEndsOn || vacancy.withinLeadTime) {
      vacanciesWithinHorizon.push(vacancy);
      if (vacancy.withinLeadTime) {
        warnings.push({
          code: "vacancy_within_lead_time",
          memberId: entry.memberId,
          params: { memberId: entry.memberId, seatVacantOn: entry.seatVacantOn, daysLeft: vacancy.daysUntil, leadTimeMonths },
        });
      }
    }
    if (entry.reappointable && entry.status !== "not_started") {
      const on = addDays(entry.currentTermEndsOn, 1);
      if (on <= horizonEndsOn) decisionsDue.push({ memberId: entry.memberId, kind: "reappointment", on, overdue: entry.status === "reappointment_overdue" });
      if (entry.status === "reappointment_overdue") {
        warnings.push({ code: "reappointment_overdue", memberId: entry.memberId, params: { memberId: entry.memberId, termEndedOn: entry.currentTermEndsOn } });
      }
    }
  }
  decisionsDue.sort((a, b) => compareDates(a.on, b.on) || (a.memberId < b.memberId ? -1 : 1));
  return { today, horizonEndsOn, leadTimeMonths, entries, vacanciesNow, vacanciesWithinHorizon, decisionsDue, warnings };
}
