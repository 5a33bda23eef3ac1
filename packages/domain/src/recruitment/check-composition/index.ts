import * as z from "zod";
import { validateInput } from "../../_lib/input/index.js";
import { type CalendarDate, CalendarDateSchema, compareDates, maxDate } from "../../_lib/calendar-date/index.js";
import type { Coded } from "../_internal/index.js";
import { type Constituency, type Council, CouncilSchema } from "../council/index.js";
import { type TermEntry, type TermSchedule, termSchedule } from "../term-schedule/index.js";

/**
 * Options of {@link checkComposition}: today's date and how far ahead to look for members who leave
 * (default 12 months, common practice).
 *
 * @example
 * CompositionOptionsSchema.parse({ today: "2026-11-23", horizonMonths: 6 }).horizonMonths; // 6
 */
export const CompositionOptionsSchema = z.object({
  today: CalendarDateSchema,
  horizonMonths: z.number().int().min(1).max(120).optional(),
});

/**
 * Options of {@link checkComposition}.
 *
 * @example
 * const o: CompositionOptions = { today: "2026-11-23", horizonMonths: 6 };
 */
export type CompositionOptions = z.infer<typeof CompositionOptionsSchema>;

/**
 * Codes of the composition issues.
 *
 * @example
 * const code: CompositionIssueCode = "below_minimum";
 */
export type CompositionIssueCode =
  | "below_minimum"
  | "above_maximum"
  | "at_maximum"
  | "constituency_uncovered"
  | "constituency_aspirant_only"
  | "constituency_losing_representation"
  | "role_unfilled";

/**
 * Codes of the reasons a gap is ranked where it is.
 *
 * @example
 * const code: GapReasonCode = "constituency_uncovered";
 */
export type GapReasonCode =
  | "below_minimum"
  | "constituency_uncovered"
  | "constituency_aspirant_only"
  | "constituency_losing_representation"
  | "role_unfilled"
  | "seat_falls_vacant"
  | "seat_falls_vacant_soon";

/**
 * The weight each gap reason adds to a gap's score (higher = fill first).
 *
 * @example
 * GAP_REASON_WEIGHTS.constituency_uncovered; // 100
 */
export const GAP_REASON_WEIGHTS: { readonly [C in GapReasonCode]: number } = {
  constituency_uncovered: 100,
  below_minimum: 90,
  seat_falls_vacant_soon: 80,
  constituency_losing_representation: 70,
  constituency_aspirant_only: 60,
  seat_falls_vacant: 50,
  role_unfilled: 40,
};

/**
 * Roles that every council needs someone in.
 *
 * @example
 * KEY_ROLES; // ["chair", "secretary"]
 */
export const KEY_ROLES = ["chair", "secretary"] as const;

/**
 * A gap the next recruit could fill: a constituency, a key role, or simply a seat.
 *
 * @example
 * const g: Gap = { rank: 1, constituencyId: "loc-b", neededBy: "2026-11-23", score: 100, reasons: [{ code: "constituency_uncovered", params: {} }] };
 */
export type Gap = {
  /** 1 for the gap the next recruit should fill first. */
  readonly rank: number;
  readonly constituencyId?: string;
  readonly role?: (typeof KEY_ROLES)[number];
  /** The day the new member is needed: today, or the day a seat falls vacant (never before a seat is free). */
  readonly neededBy: CalendarDate;
  readonly score: number;
  readonly reasons: readonly Coded<GapReasonCode>[];
};

/**
 * How one location or client group is covered.
 *
 * @example
 * checkComposition(council, { today: "2026-11-23" }).coverage[0]?.status; // "covered"
 */
export type Coverage = {
  readonly constituency: Constituency;
  readonly memberIds: readonly string[];
  readonly aspirantIds: readonly string[];
  readonly status: "covered" | "uncovered" | "aspirant_only" | "losing_representation";
  /** When the last seated member's seat falls vacant, if that is within the horizon. */
  readonly losesRepresentationOn?: CalendarDate;
};

/**
 * The composition of a council measured against its own regulation.
 *
 * @example
 * checkComposition(council, { today: "2026-11-23" }).size.status; // "within_range"
 */
export type Composition = {
  readonly size: {
    /** Seated members: not aspirants, started, last term not ended. */
    readonly members: number;
    readonly aspirants: number;
    readonly minMembers: number;
    readonly maxMembers: number;
    readonly status: "below_minimum" | "within_range" | "at_maximum" | "above_maximum";
  };
  readonly coverage: readonly Coverage[];
  /** The first day a new member can take a seat: today, or when the first seat falls vacant in a full council. */
  readonly nextSeatAvailableOn: CalendarDate | null;
  readonly issues: readonly Coded<CompositionIssueCode>[];
  /** Ranked, best first. */
  readonly nextRecruit: readonly Gap[];
};

type Draft = { constituencyId?: string; role?: (typeof KEY_ROLES)[number]; neededBy: CalendarDate; reasons: Coded<GapReasonCode>[] };

function isSeated(entry: TermEntry): boolean {
  return entry.role !== "aspirant" && (entry.status === "serving" || entry.status === "reappointment_overdue");
}

/**
 * Checks a council's composition against its own regulation: minimum and maximum size, coverage of
 * the locations or client groups it must represent, key roles (chair, secretary), and which gap the
 * next recruit should fill — ranked, each with coded reasons. A council at its maximum size takes no
 * new member until a seat falls vacant: gaps are then dated on that day.
 *
 * Aspirants count towards the maximum (they are meant to take a seat) but not towards the minimum.
 *
 * @throws {InvalidInputError} when an argument does not match its schema; the message names each field
 * @example
 * const c = checkComposition(
 *   { id: "cr", kind: "local", name: "CR", minMembers: 2, maxMembers: 5, termYears: 4, maxTerms: 2,
 *     represents: [{ id: "a", kind: "location", name: "A" }, { id: "b", kind: "location", name: "B" }],
 *     members: [{ id: "m1", role: "chair", startedOn: "2025-01-01", termNumber: 1, represents: "a" }] },
 *   { today: "2026-01-01" },
 * );
 * c.size.status; // "below_minimum"
 * c.nextRecruit[0]?.constituencyId; // "b"
 * c.nextRecruit[0]?.reasons.map((r) => r.code); // ["constituency_uncovered", "below_minimum"]
 */
export function checkComposition(council: Council, options: CompositionOptions): Composition {
  validateInput("checkComposition", "council", CouncilSchema, council);
  validateInput("checkComposition", "options", CompositionOptionsSchema, options);
  const schedule = termSchedule(council, { today: options.today, ...(options.horizonMonths === undefined ? {} : { horizonMonths: options.horizonMonths }) });
  return compositionFromSchedule(council, schedule);
}

/**
 * {@link checkComposition} from a rooster van aftreden already made for the same council and day
 * (internal: lets the wervingsplan build the schedule once).
 *
 * @example
 * compositionFromSchedule(council, termSchedule(council, { today: "2026-01-01" })); // same as checkComposition(council, { today: "2026-01-01" })
 */
export function compositionFromSchedule(council: Council, schedule: TermSchedule): Composition {
  const { today } = schedule;
  const seated = schedule.entries.filter(isSeated);
  const aspirants = schedule.entries.filter((e) => e.role === "aspirant" && (e.status === "aspirant" || e.status === "aspirant_decision_overdue"));
  const occupied = seated.length + aspirants.length;
  const issues: Coded<CompositionIssueCode>[] = [];

  const sizeStatus =
    seated.length < council.minMembers ? "below_minimum" : occupied > council.maxMembers ? "above_maximum" : occupied === council.maxMembers ? "at_maximum" : "within_range";
  const upcoming = seated.map((e) => e.seatVacantOn).filter((d): d is CalendarDate => d !== null).sort(compareDates);
  const freeSeats = council.maxMembers - occupied;
  // With k seats over the maximum, the (k+1)th vacancy is the first that leaves room.
  const nextSeatAvailableOn = freeSeats > 0 ? today : (upcoming[-freeSeats] ?? null);

  if (sizeStatus === "below_minimum") {
    issues.push({ code: "below_minimum", params: { members: seated.length, minMembers: council.minMembers, missing: council.minMembers - seated.length } });
  }
  if (sizeStatus === "above_maximum") {
    issues.push({ code: "above_maximum", params: { members: occupied, maxMembers: council.maxMembers, excess: occupied - council.maxMembers } });
  }
  if (sizeStatus === "at_maximum") {
    issues.push({ code: "at_maximum", params: { members: occupied, maxMembers: council.maxMembers, nextSeatAvailableOn } });
  }

  const drafts = new Map<string, Draft>();
  const add = (key: string, base: Omit<Draft, "reasons">, reason: Coded<GapReasonCode>) => {
    const existing = drafts.get(key);
    if (existing === undefined) drafts.set(key, { ...base, reasons: [reason] });
    else {
      existing.reasons.push(reason);
      if (base.neededBy < existing.neededBy) existing.neededBy = base.neededBy;
    }
  };

  const vacating = new Set(schedule.vacanciesWithinHorizon.map((v) => v.memberId));
  const coverage: Coverage[] = council.represents.map((constituency) => {
    const members = seated.filter((e) => e.represents === constituency.id);
    const memberIds = members.map((e) => e.memberId);
    const aspirantIds = aspirants.filter((e) => e.represents === constituency.id).map((e) => e.memberId);
    if (members.length === 0 && aspirantIds.length === 0) {
      issues.push({ code: "constituency_uncovered", params: { constituencyId: constituency.id, kind: constituency.kind, name: constituency.name } });
      add(`c:${constituency.id}`, { constituencyId: constituency.id, neededBy: today }, { code: "constituency_uncovered", params: { constituencyId: constituency.id, kind: constituency.kind, name: constituency.name } });
      return { constituency, memberIds, aspirantIds, status: "uncovered" };
    }
    if (members.length === 0) {
      issues.push({ code: "constituency_aspirant_only", params: { constituencyId: constituency.id, name: constituency.name, aspirants: aspirantIds.length } });
      add(`c:${constituency.id}`, { constituencyId: constituency.id, neededBy: today }, { code: "constituency_aspirant_only", params: { constituencyId: constituency.id, name: constituency.name } });
      return { constituency, memberIds, aspirantIds, status: "aspirant_only" };
    }
    if (aspirantIds.length === 0 && members.every((e) => vacating.has(e.memberId))) {
      const on = members.map((e) => e.seatVacantOn ?? today).sort(compareDates).at(-1) ?? today;
      issues.push({ code: "constituency_losing_representation", params: { constituencyId: constituency.id, name: constituency.name, on } });
      add(`c:${constituency.id}`, { constituencyId: constituency.id, neededBy: on }, { code: "constituency_losing_representation", params: { constituencyId: constituency.id, name: constituency.name, on } });
      return { constituency, memberIds, aspirantIds, status: "losing_representation", losesRepresentationOn: on };
    }
    return { constituency, memberIds, aspirantIds, status: "covered" };
  });

  for (const vacancy of schedule.vacanciesWithinHorizon) {
    const reason: Coded<GapReasonCode> = {
      code: vacancy.withinLeadTime ? "seat_falls_vacant_soon" : "seat_falls_vacant",
      params: { memberId: vacancy.memberId, on: vacancy.seatVacantOn },
    };
    const key = vacancy.represents === undefined ? `v:${vacancy.memberId}` : `c:${vacancy.represents}`;
    add(key, { ...(vacancy.represents === undefined ? {} : { constituencyId: vacancy.represents }), neededBy: vacancy.seatVacantOn }, reason);
  }

  for (const role of KEY_ROLES) {
    if (!seated.some((e) => e.role === role)) {
      issues.push({ code: "role_unfilled", params: { role } });
      add(`r:${role}`, { role, neededBy: today }, { code: "role_unfilled", params: { role } });
    }
  }

  let ranked = [...drafts.values()];
  if (sizeStatus === "below_minimum") {
    const missing = council.minMembers - seated.length;
    // A recruit who covers a constituency also helps reach the minimum; key roles are usually filled
    // from within, so they do not take up the missing seats.
    const seatGaps = ranked.filter((d) => d.role === undefined).sort(byScore);
    for (let i = 0; i < missing; i += 1) {
      const reason: Coded<GapReasonCode> = { code: "below_minimum", params: { members: seated.length, minMembers: council.minMembers, missing } };
      const target = seatGaps[i];
      if (target !== undefined) {
        target.reasons.push(reason);
        target.neededBy = today;
      } else ranked.push({ neededBy: today, reasons: [reason] });
    }
  }
  ranked = ranked.sort(byScore);

  const nextRecruit = ranked.map((draft, index): Gap => ({
    rank: index + 1,
    ...(draft.constituencyId === undefined ? {} : { constituencyId: draft.constituencyId }),
    ...(draft.role === undefined ? {} : { role: draft.role }),
    neededBy: nextSeatAvailableOn === null ? draft.neededBy : maxDate(draft.neededBy, nextSeatAvailableOn),
    score: scoreOf(draft),
    reasons: draft.reasons,
  }));

  return {
    size: { members: seated.length, aspirants: aspirants.length, minMembers: council.minMembers, maxMembers: council.maxMembers, status: sizeStatus },
    coverage,
    nextSeatAvailableOn,
    issues,
    nextRecruit,
  };
}

function scoreOf(draft: Draft): number {
  return draft.reasons.reduce((sum, reason) => sum + GAP_REASON_WEIGHTS[reason.code], 0);
}

function byScore(a: Draft, b: Draft): number {
  return scoreOf(b) - scoreOf(a) || compareDates(a.neededBy, b.neededBy) || keyOf(a).localeCompare(keyOf(b));
}

function keyOf(draft: Draft): string {
  return `${draft.constituencyId ?? ""}|${draft.role ?? ""}`;
}
