import * as z from "zod";
import { addDays, addWeeks, type CalendarDate, CalendarDateSchema, compareDates, differenceInDays } from "../../_lib/calendar-date/index.js";
import type { Citation } from "../../_lib/citation/index.js";
import { validateInput } from "../../_lib/input/index.js";
import { type Coded, workingDayOnOrAfter, workingDayOnOrBefore } from "../_internal/index.js";
import { ART_3_LID_8, type ChannelId, ChannelIdSchema, providerPart, type ProviderTask, type RecruitmentChannel, recruitmentChannels } from "../channels/index.js";
import { compositionFromSchedule, type GapReasonCode } from "../check-composition/index.js";
import { CouncilSchema } from "../council/index.js";
import { type LeadTimeId, RECRUITMENT_LEAD_TIMES_WEEKS } from "../defaults/index.js";
import { type ProfileRole, profileRoleFor } from "../role-profiles/index.js";
import { termSchedule, type TermWarning } from "../term-schedule/index.js";

const weeks = z.number().int().min(0).max(104);

/**
 * Lead times in weeks before the date a seat falls vacant; each overrides one of
 * {@link RECRUITMENT_LEAD_TIMES_WEEKS} (common practice). After merging, the steps must keep their
 * order (`lead_times_out_of_order`): profile ≥ campaign ≥ introduction talks ≥ eligibility check ≥
 * proposal ≥ appointment.
 *
 * @example
 * LeadTimesSchema.parse({ startCampaign: 30 }); // { startCampaign: 30 }
 */
export const LeadTimesSchema = z
  .object({
    askLeavingMember: weeks.optional(),
    prepareProfile: weeks.optional(),
    startCampaign: weeks.optional(),
    introductionTalks: weeks.optional(),
    checkEligibility: weeks.optional(),
    propose: weeks.optional(),
    appoint: weeks.optional(),
  })
  .refine((partial) => leadTimesInOrder({ ...RECRUITMENT_LEAD_TIMES_WEEKS, ...stripUndefined(partial) }), { message: "lead_times_out_of_order" });

/**
 * Lead-time overrides (see {@link LeadTimesSchema}).
 *
 * @example
 * const l: LeadTimes = { startCampaign: 30, prepareProfile: 32 };
 */
export type LeadTimes = z.infer<typeof LeadTimesSchema>;

function stripUndefined(partial: Partial<Record<LeadTimeId, number | undefined>>): Partial<Record<LeadTimeId, number>> {
  return Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
}

const ROUND_ORDER = ["prepareProfile", "startCampaign", "introductionTalks", "checkEligibility", "propose", "appoint"] as const;

function leadTimesInOrder(all: Record<LeadTimeId, number>): boolean {
  return ROUND_ORDER.every((id, index) => index === 0 || all[ROUND_ORDER[index - 1] ?? id] >= all[id]);
}

/**
 * Input of {@link planRecruitment}: the council, today, how far ahead to look (months), the lead time
 * for warnings (months), lead-time overrides (weeks), the channels to use (default: all), and days
 * off (action dates fall on working days).
 *
 * @example
 * RecruitmentPlanInputSchema.safeParse({ council: {}, today: "2026-11-23" }).success; // false (the council is incomplete)
 */
export const RecruitmentPlanInputSchema = z.object({
  council: CouncilSchema,
  today: CalendarDateSchema,
  horizonMonths: z.number().int().min(1).max(120).optional(),
  leadTimeMonths: z.number().int().min(0).max(36).optional(),
  leadTimes: LeadTimesSchema.optional(),
  channelIds: z.array(ChannelIdSchema).min(1).max(ChannelIdSchema.options.length).optional(),
  holidays: z.array(CalendarDateSchema).max(500).optional(),
});

/**
 * Input of {@link planRecruitment}.
 *
 * @example
 * const i: RecruitmentPlanInput = { council, today: "2026-11-23", channelIds: ["leaflet", "newsletter"] };
 */
export type RecruitmentPlanInput = z.infer<typeof RecruitmentPlanInputSchema>;

/**
 * Why a goal exists.
 *
 * @example
 * const code: GoalReasonCode = "last_term_ends";
 */
export type GoalReasonCode = GapReasonCode | "last_term_ends" | "terms_exceeded" | "vacancy_now";

/**
 * A recruitment goal: one seat to fill, for which profile, by when.
 *
 * @example
 * planRecruitment({ council, today: "2026-11-23" }).goals[0]?.kind; // "replace_member"
 */
export type RecruitmentGoal = {
  readonly id: string;
  /** `replace_member`: a seat falls vacant; `fill_gap`: the composition needs someone; `fill_role`: a key role is empty. */
  readonly kind: "replace_member" | "fill_gap" | "fill_role";
  readonly profile: ProfileRole;
  readonly constituencyId?: string;
  /** The leaving member, for `replace_member`. */
  readonly memberId?: string;
  /** The day the new member is needed. */
  readonly neededBy: CalendarDate;
  /** The planned appointment: on time, or later when the lead time is too short. */
  readonly plannedAppointmentOn: CalendarDate;
  readonly late: boolean;
  readonly reasons: readonly Coded<GoalReasonCode>[];
};

/**
 * Codes of the dated actions.
 *
 * @example
 * const code: RecruitmentActionCode = "introduction_talks";
 */
export type RecruitmentActionCode =
  | "ask_leaving_member"
  | "prepare_profile"
  | "ask_provider_to_spread"
  | "start_campaign"
  | "introduction_talks"
  | "check_eligibility"
  | "propose"
  | "appoint"
  | "start_onboarding"
  | "choose_from_members";

/**
 * One dated action of the plan.
 *
 * @example
 * planRecruitment({ council, today: "2026-11-23" }).actions[0]?.code; // "ask_leaving_member"
 */
export type RecruitmentAction = Coded<RecruitmentActionCode> & {
  readonly goalId: string;
  /** The planned day (a working day). */
  readonly on: CalendarDate;
  /** The day working back from `neededBy` with the lead times, before any shift. */
  readonly idealOn: CalendarDate;
  /**
   * Whether the action should already have begun: its ideal day lies before today. Judged per
   * action, so a shifted plan marks only the steps that are overdue, not the ones months ahead.
   * Show it with `idealOn` ("had op 1 september moeten beginnen").
   */
  readonly late: boolean;
  readonly by: "council" | "provider" | "together";
  readonly channelIds?: readonly ChannelId[];
  readonly citation?: Citation;
};

/**
 * Codes of the plan's warnings.
 *
 * @example
 * const code: RecruitmentPlanWarningCode = "council_full";
 */
export type RecruitmentPlanWarningCode = "goal_late" | "council_full" | "nothing_to_plan" | "no_replacement_needed";

/**
 * The wervingsplan.
 *
 * @example
 * planRecruitment({ council, today: "2026-11-23" }).providerPart[0]?.code; // "spread_vacancies"
 */
export type RecruitmentPlan = {
  readonly today: CalendarDate;
  readonly goals: readonly RecruitmentGoal[];
  /** Every action of every goal, in date order. */
  readonly actions: readonly RecruitmentAction[];
  readonly channels: readonly RecruitmentChannel[];
  readonly providerPart: readonly ProviderTask[];
  readonly leadTimesWeeks: Readonly<Record<LeadTimeId, number>>;
  readonly warnings: readonly Coded<RecruitmentPlanWarningCode>[];
  /** The rooster van aftreden's own warnings, passed on. */
  readonly termWarnings: readonly TermWarning[];
};

type GoalDraft = {
  id: string;
  kind: RecruitmentGoal["kind"];
  profile: ProfileRole;
  constituencyId?: string;
  memberId?: string;
  neededBy: CalendarDate;
  reasons: Coded<GoalReasonCode>[];
};

const COMPOSITION_REASONS: ReadonlySet<string> = new Set<GoalReasonCode>([
  "below_minimum",
  "constituency_uncovered",
  "constituency_aspirant_only",
  "constituency_losing_representation",
]);

const STEP_ORDER: readonly RecruitmentActionCode[] = [
  "ask_leaving_member",
  "prepare_profile",
  "ask_provider_to_spread",
  "start_campaign",
  "introduction_talks",
  "check_eligibility",
  "propose",
  "appoint",
  "start_onboarding",
  "choose_from_members",
];

/**
 * The wervingsplan: goals from the seats that fall vacant and the composition's gaps, the channels
 * (data from LOC's guidance and common practice), the provider's part under art. 3 lid 8 Wmcz 2018
 * ({@link providerPart}), and dated actions that work back from the day each seat is needed with
 * the lead times ({@link RECRUITMENT_LEAD_TIMES_WEEKS}, common practice): ask the leaving member to
 * help, agree the profile, ask the provider to spread the vacancy and start the campaign, hold
 * introduction talks, check eligibility, propose, appoint and start onboarding.
 *
 * Dates working back fall on the working day before a weekend or holiday. When the lead time is too
 * short, all of a goal's actions shift forward together so the first is today; the goal is then
 * `late` and the plan warns `goal_late` with the planned appointment. A key role that is empty
 * (chair, secretary) gets one action: choose someone from the members.
 *
 * A council at or above its maximum size takes no new member until a seat falls vacant: a member
 * who leaves a council above its maximum is not replaced (`no_replacement_needed`), a gap in its
 * coverage is filled by the next replacement, and the plan warns `council_full`.
 *
 * @see {@link ART_3_LID_8}
 * @throws {InvalidInputError} when `input` does not match {@link RecruitmentPlanInputSchema} (an incomplete
 * council, an impossible date); the message names each field
 * @example
 * const plan = planRecruitment({
 *   council: { id: "cr", kind: "local", name: "CR", minMembers: 1, maxMembers: 5, termYears: 4, maxTerms: 1, represents: [],
 *     members: [{ id: "c", role: "chair", startedOn: "2024-01-01", termNumber: 1 }, { id: "s", role: "secretary", startedOn: "2025-01-01", termNumber: 1 }] },
 *   today: "2027-01-04",
 * });
 * plan.goals[0]; // { id: "seat:c", kind: "replace_member", profile: "chair", neededBy: "2028-01-01", plannedAppointmentOn: "2027-12-03", late: false, ... }
 * plan.actions.find((a) => a.code === "ask_provider_to_spread")?.citation; // { law: "Wmcz 2018", article: "3", paragraph: 8, status: "confirmed" }
 */
export function planRecruitment(input: RecruitmentPlanInput): RecruitmentPlan {
  validateInput("planRecruitment", "input", RecruitmentPlanInputSchema, input);
  const { council, today } = input;
  const holidays = new Set<string>(input.holidays ?? []);
  const leadTimesWeeks: Record<LeadTimeId, number> = { ...RECRUITMENT_LEAD_TIMES_WEEKS, ...stripUndefined(input.leadTimes ?? {}) };
  const horizon = input.horizonMonths === undefined ? {} : { horizonMonths: input.horizonMonths };
  const schedule = termSchedule(council, { today, ...horizon, ...(input.leadTimeMonths === undefined ? {} : { leadTimeMonths: input.leadTimeMonths }) });
  const composition = compositionFromSchedule(council, schedule);
  const channelIds: readonly ChannelId[] = input.channelIds ?? ChannelIdSchema.options;
  const channels = recruitmentChannels.filter((c) => channelIds.includes(c.id));

  const drafts: GoalDraft[] = [];
  const byMember = new Map<string, GoalDraft>();
  const warnings: Coded<RecruitmentPlanWarningCode>[] = [];
  // Seats left over the maximum: a council above its maximum does not replace members who leave
  // until it is back at its maximum, and a seat vacant now is refilled only when there is room.
  let room = council.maxMembers - composition.size.members - composition.size.aspirants;
  for (const vacancy of [...schedule.vacanciesNow, ...schedule.vacanciesWithinHorizon]) {
    const now = vacancy.seatVacantOn <= today;
    const needed = now ? room > 0 : room >= 0;
    if (now && needed) room -= 1;
    if (!now && !needed) room += 1;
    if (!needed) {
      warnings.push({ code: "no_replacement_needed", params: { memberId: vacancy.memberId, seatVacantOn: vacancy.seatVacantOn, maxMembers: council.maxMembers } });
      continue;
    }
    const draft: GoalDraft = {
      id: `seat:${vacancy.memberId}`,
      kind: "replace_member",
      profile: profileRoleFor(vacancy.role),
      ...(vacancy.represents === undefined ? {} : { constituencyId: vacancy.represents }),
      memberId: vacancy.memberId,
      neededBy: now ? today : vacancy.seatVacantOn,
      reasons: [{ code: now ? "vacancy_now" : vacancy.reason, params: { memberId: vacancy.memberId, seatVacantOn: vacancy.seatVacantOn } }],
    };
    drafts.push(draft);
    byMember.set(vacancy.memberId, draft);
  }

  for (const gap of composition.nextRecruit) {
    const vacancyReasons = gap.reasons.filter((r) => r.code === "seat_falls_vacant" || r.code === "seat_falls_vacant_soon");
    const otherReasons = gap.reasons.filter((r) => !vacancyReasons.includes(r));
    // A gap that a replacement already fills (the same member's seat, the same location, or a seat
    // vacant now that leaves the council below its minimum) sharpens that goal instead of adding one.
    const linked =
      vacancyReasons.map((r) => byMember.get(String(r.params.memberId))).find((d) => d !== undefined) ??
      (gap.constituencyId === undefined ? undefined : drafts.find((d) => d.kind === "replace_member" && d.constituencyId === gap.constituencyId)) ??
      (gap.role === undefined && otherReasons.every((r) => r.code === "below_minimum")
        ? drafts.find((d) => d.kind === "replace_member" && d.neededBy === today && !d.reasons.some((r) => r.code === "below_minimum"))
        : undefined);
    if (linked !== undefined) {
      linked.reasons.push(...otherReasons);
      continue;
    }
    if (otherReasons.length === 0) continue;
    // A full council fills a gap with the next replacement rather than with an extra seat.
    const nextReplacement =
      gap.role === undefined && composition.nextSeatAvailableOn !== today
        ? drafts.find((d) => d.kind === "replace_member" && !d.reasons.some((r) => COMPOSITION_REASONS.has(r.code)))
        : undefined;
    if (nextReplacement !== undefined) {
      nextReplacement.reasons.push(...otherReasons);
      continue;
    }
    const key = gap.role ?? gap.constituencyId ?? `seat-${gap.rank}`;
    drafts.push({
      id: gap.role === undefined ? `gap:${key}` : `role:${gap.role}`,
      kind: gap.role === undefined ? "fill_gap" : "fill_role",
      profile: gap.role ?? "member",
      ...(gap.constituencyId === undefined ? {} : { constituencyId: gap.constituencyId }),
      neededBy: gap.neededBy,
      reasons: otherReasons,
    });
  }

  if (composition.size.status === "at_maximum" || composition.size.status === "above_maximum") {
    warnings.push({ code: "council_full", params: { nextSeatAvailableOn: composition.nextSeatAvailableOn } });
  }

  const goals: RecruitmentGoal[] = [];
  const actions: RecruitmentAction[] = [];
  drafts.sort((a, b) => compareDates(a.neededBy, b.neededBy) || a.id.localeCompare(b.id));
  for (const draft of drafts) {
    const planned = planGoal(draft, { today, holidays, leadTimesWeeks, channelIds });
    actions.push(...planned.actions);
    goals.push({
      id: draft.id,
      kind: draft.kind,
      profile: draft.profile,
      ...(draft.constituencyId === undefined ? {} : { constituencyId: draft.constituencyId }),
      ...(draft.memberId === undefined ? {} : { memberId: draft.memberId }),
      neededBy: draft.neededBy,
      plannedAppointmentOn: planned.appointmentOn,
      late: planned.late,
      reasons: draft.reasons,
    });
    if (planned.late && draft.kind !== "fill_role") {
      warnings.push({
        code: "goal_late",
        params: {
          goalId: draft.id,
          neededBy: draft.neededBy,
          plannedAppointmentOn: planned.appointmentOn,
          weeksShort: Math.ceil(Math.max(0, differenceInDays(planned.appointmentOn, draft.neededBy)) / 7),
        },
      });
    }
  }
  if (goals.length === 0 && warnings.length === 0) warnings.push({ code: "nothing_to_plan", params: { horizonEndsOn: schedule.horizonEndsOn } });

  actions.sort((a, b) => compareDates(a.on, b.on) || STEP_ORDER.indexOf(a.code) - STEP_ORDER.indexOf(b.code) || a.goalId.localeCompare(b.goalId));
  return { today, goals, actions, channels, providerPart, leadTimesWeeks, warnings, termWarnings: schedule.warnings };
}

type PlanContext = {
  today: CalendarDate;
  holidays: ReadonlySet<string>;
  leadTimesWeeks: Readonly<Record<LeadTimeId, number>>;
  channelIds: readonly ChannelId[];
};

function planGoal(draft: GoalDraft, context: PlanContext): { actions: RecruitmentAction[]; appointmentOn: CalendarDate; late: boolean } {
  const { today, holidays, leadTimesWeeks } = context;
  if (draft.kind === "fill_role") {
    const on = workingDayOnOrAfter(today, holidays);
    return {
      actions: [{ code: "choose_from_members", goalId: draft.id, on, idealOn: today, late: false, by: "council", params: { role: draft.profile } }],
      appointmentOn: on,
      late: false,
    };
  }
  type Step = { code: RecruitmentActionCode; weeks: number; by: RecruitmentAction["by"]; extra?: Partial<RecruitmentAction> };
  const steps: Step[] = [];
  const leaving = draft.kind === "replace_member" && draft.reasons.some((r) => r.code === "last_term_ends");
  if (leaving) steps.push({ code: "ask_leaving_member", weeks: leadTimesWeeks.askLeavingMember, by: "council" });
  steps.push(
    { code: "prepare_profile", weeks: leadTimesWeeks.prepareProfile, by: "council" },
    { code: "ask_provider_to_spread", weeks: leadTimesWeeks.startCampaign, by: "provider", extra: { citation: ART_3_LID_8 } },
    { code: "start_campaign", weeks: leadTimesWeeks.startCampaign, by: "together", extra: { channelIds: context.channelIds } },
    { code: "introduction_talks", weeks: leadTimesWeeks.introductionTalks, by: "council" },
    { code: "check_eligibility", weeks: leadTimesWeeks.checkEligibility, by: "council" },
    { code: "propose", weeks: leadTimesWeeks.propose, by: "council" },
    { code: "appoint", weeks: leadTimesWeeks.appoint, by: "together" },
    { code: "start_onboarding", weeks: leadTimesWeeks.appoint, by: "council" },
  );
  const ideals = steps.map((step) => addWeeks(draft.neededBy, -step.weeks));
  // Asking the leaving member is welcome but not needed to recruit: it does not delay the round.
  const earliest = ideals.filter((_, index) => steps[index]?.code !== "ask_leaving_member").reduce((min, d) => (d < min ? d : min), draft.neededBy);
  // Too little time: keep the gaps between the steps and start today.
  const shift = Math.max(0, differenceInDays(today, earliest));
  const params = { profile: draft.profile, ...(draft.constituencyId === undefined ? {} : { constituencyId: draft.constituencyId }), ...(draft.memberId === undefined ? {} : { memberId: draft.memberId }) };
  const actions = steps.map((step, index): RecruitmentAction => {
    const idealOn = ideals[index] ?? draft.neededBy;
    let on = workingDayOnOrBefore(addDays(idealOn, shift), holidays);
    if (on < today) on = workingDayOnOrAfter(today, holidays);
    return { code: step.code, goalId: draft.id, on, idealOn, late: idealOn < today, by: step.by, ...step.extra, params };
  });
  const appointmentOn = actions.find((a) => a.code === "appoint")?.on ?? draft.neededBy;
  return { actions, appointmentOn, late: shift > 0 };
}
