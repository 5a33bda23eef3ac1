import * as z from "zod";
import { validateInput } from "../../_lib/input/index.js";
import { addDays, addMonths, addWeeks, type CalendarDate, CalendarDateSchema, compareDates, maxDate } from "../../_lib/calendar-date/index.js";
import { type Coded, workingDayOnOrAfter } from "../_internal/index.js";
import { type Council, CouncilSchema, MemberRoleSchema } from "../council/index.js";
import {
  ASK_SUCCESSOR_HELP_MONTHS,
  CHECK_IN_AFTER_MONTHS,
  CHECK_IN_REPEAT_MONTHS,
  DEFAULT_ASPIRANT_MONTHS,
  DEFAULT_HORIZON_MONTHS,
  FIRST_MEETINGS_COUNT,
  MEETING_INTERVAL_WEEKS,
  ONBOARDING_OFFSETS_DAYS,
} from "../defaults/index.js";
import { termSchedule } from "../term-schedule/index.js";

/**
 * LOC's starter materials for new members (seed 000): the booklets "10 tips voor starters" and
 * "10 vragen en antwoorden", and "Basisinformatie medezeggenschap".
 *
 * @example
 * STARTER_MATERIALS[0]; // "10 tips voor starters"
 */
export const STARTER_MATERIALS = ["10 tips voor starters", "10 vragen en antwoorden", "Basisinformatie medezeggenschap"] as const;

/**
 * LOC's national course for new members (seed 000), free for councils that are LOC members.
 *
 * @example
 * WELCOME_COURSE; // "Welkom in de cliëntenraad"
 */
export const WELCOME_COURSE = "Welkom in de cliëntenraad";

/**
 * Options of {@link retentionReminders}: today and how many months before the seat falls vacant to
 * ask (default {@link ASK_SUCCESSOR_HELP_MONTHS}, common practice).
 *
 * @example
 * RetentionOptionsSchema.parse({ today: "2026-11-23" }); // { today: "2026-11-23" }
 */
export const RetentionOptionsSchema = z.object({
  today: CalendarDateSchema,
  askMonthsBefore: z.number().int().min(1).max(36).optional(),
});

/**
 * Options of {@link retentionReminders}.
 *
 * @example
 * const o: RetentionOptions = { today: "2026-11-23", askMonthsBefore: 9 };
 */
export type RetentionOptions = z.infer<typeof RetentionOptionsSchema>;

/**
 * Ask a member in their last term to help find a successor (`params`: memberId, seatVacantOn, askOn).
 *
 * @example
 * const r: RetentionReminder = { code: "ask_help_find_successor", memberId: "m1", seatVacantOn: "2028-01-01", askOn: "2027-01-01", late: false, params: {} };
 */
export type RetentionReminder = Coded<"ask_help_find_successor"> & {
  readonly memberId: string;
  readonly seatVacantOn: CalendarDate;
  /** The day to ask: the set months before the vacancy, or today when that day has passed. */
  readonly askOn: CalendarDate;
  /** Whether the ideal day to ask has already passed. */
  readonly late: boolean;
};

/**
 * Retention: the members in their last allowed term whose seat falls vacant within the asking
 * period plus a year, each with the day to ask them to help find a successor (LOC: keeping members
 * needs continuous attention, seed 000; the timing is common practice).
 *
 * @throws {InvalidInputError} when an argument does not match its schema; the message names each field
 * @example
 * retentionReminders(
 *   { id: "cr", kind: "local", name: "CR", minMembers: 1, maxMembers: 5, termYears: 4, maxTerms: 1, represents: [],
 *     members: [{ id: "m1", role: "member", startedOn: "2024-01-01", termNumber: 1 }] },
 *   { today: "2026-11-23" },
 * );
 * // [{ code: "ask_help_find_successor", memberId: "m1", seatVacantOn: "2028-01-01", askOn: "2027-01-01", late: false, params: {...} }]
 */
export function retentionReminders(council: Council, options: RetentionOptions): readonly RetentionReminder[] {
  validateInput("retentionReminders", "council", CouncilSchema, council);
  validateInput("retentionReminders", "options", RetentionOptionsSchema, options);
  const { today } = options;
  const askMonths = options.askMonthsBefore ?? ASK_SUCCESSOR_HELP_MONTHS;
  const lookAhead = addMonths(today, DEFAULT_HORIZON_MONTHS);
  return termSchedule(council, { today })
    .entries.filter((e) => e.seatVacantOn !== null && e.seatVacantOn > today && !e.reappointable && e.status !== "not_started")
    .flatMap((e): RetentionReminder[] => {
      const seatVacantOn = e.seatVacantOn ?? today;
      const ideal = addMonths(seatVacantOn, -askMonths);
      if (ideal > lookAhead) return [];
      const askOn = maxDate(ideal, today);
      return [{ code: "ask_help_find_successor", memberId: e.memberId, seatVacantOn, askOn, late: ideal < today, params: { memberId: e.memberId, seatVacantOn, askOn } }];
    });
}

/**
 * Input of {@link onboardingProgramme}.
 *
 * - `newMember`: the id and role of the new member (an aspirant gets an evaluation at the end of the
 *   aspirant period).
 * - `startsOn`: the first day.
 * - `chairId`: who welcomes (default: "the chair").
 * - `checkInBy`: the member who holds the check-in conversation — never the new member
 *   (`check_in_by_new_member`) and, when `council` is given, one of its members
 *   (`check_in_by_unknown_member`).
 * - `checkInAfterMonths` (default {@link CHECK_IN_AFTER_MONTHS}), `checkInRepeatMonths` (default
 *   {@link CHECK_IN_REPEAT_MONTHS}; 0 = no repeat).
 * - `meetingDates`: the council's meeting days, to pick the first meetings from.
 * - `holidays`: days off; due dates move to the next working day.
 * - `council` and `today`: to add retention reminders (members near the end of their last term).
 *
 * @example
 * OnboardingInputSchema.parse({ newMember: { id: "n1", role: "member" }, startsOn: "2026-09-01", checkInBy: "m2" }).checkInBy; // "m2"
 */
export const OnboardingInputSchema = z
  .object({
    newMember: z.object({ id: z.string().min(1).max(100), role: MemberRoleSchema }),
    startsOn: CalendarDateSchema,
    chairId: z.string().min(1).max(100).optional(),
    checkInBy: z.string().min(1).max(100),
    checkInAfterMonths: z.number().int().min(1).max(24).optional(),
    checkInRepeatMonths: z.number().int().min(0).max(36).optional(),
    meetingDates: z.array(CalendarDateSchema).max(100).optional(),
    holidays: z.array(CalendarDateSchema).max(500).optional(),
    council: CouncilSchema.optional(),
    today: CalendarDateSchema.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.checkInBy === input.newMember.id) ctx.addIssue({ code: "custom", message: "check_in_by_new_member", path: ["checkInBy"] });
    if (input.council !== undefined && !input.council.members.some((m) => m.id === input.checkInBy)) {
      ctx.addIssue({ code: "custom", message: "check_in_by_unknown_member", path: ["checkInBy"] });
    }
  });

/**
 * Input of {@link onboardingProgramme}.
 *
 * @example
 * const i: OnboardingInput = { newMember: { id: "n1", role: "member" }, startsOn: "2026-09-01", checkInBy: "m2" };
 */
export type OnboardingInput = z.infer<typeof OnboardingInputSchema>;

/**
 * Codes of the onboarding steps.
 *
 * @example
 * const code: OnboardingStepCode = "check_in";
 */
export type OnboardingStepCode =
  | "welcome_by_chair"
  | "hand_over_regulations"
  | "starter_materials"
  | "discuss_regulations"
  | "first_meeting"
  | "agree_task_or_role"
  | "welcome_course"
  | "check_in"
  | "repeat_check_in"
  | "aspirant_evaluation";

/**
 * Who does a step: a role, the new member, or a named member.
 *
 * @example
 * const who: Responsible = { kind: "member", memberId: "m2" };
 */
export type Responsible = { readonly kind: "chair" | "secretary" | "new_member" | "member"; readonly memberId?: string };

/**
 * One item of the inwerkprogramma.
 *
 * @example
 * const step: OnboardingStep = { code: "welcome_by_chair", dueOn: "2026-09-01", responsible: { kind: "chair" }, params: {} };
 */
export type OnboardingStep = Coded<OnboardingStepCode> & {
  readonly dueOn: CalendarDate;
  readonly responsible: Responsible;
  /** Titles of materials handed over in this step. */
  readonly materials?: readonly string[];
};

/**
 * A dated checklist for a new member, with retention reminders for the council.
 *
 * @example
 * onboardingProgramme({ newMember: { id: "n1", role: "member" }, startsOn: "2026-09-01", checkInBy: "m2" }).steps.length; // 10
 */
export type OnboardingProgramme = {
  readonly memberId: string;
  readonly startsOn: CalendarDate;
  readonly steps: readonly OnboardingStep[];
  readonly retention: readonly RetentionReminder[];
};

/**
 * The inwerkprogramma (after LOC's handreiking, seed 000): a dated checklist for a new member —
 * welcome by the chair, the medezeggenschapsregeling and the huishoudelijk reglement handed over
 * and discussed, the starter materials ({@link STARTER_MATERIALS}), the course
 * "{@link WELCOME_COURSE}", the first meetings, a task or role agreed, and a check-in conversation
 * after the start period (default {@link CHECK_IN_AFTER_MONTHS} months) held by a named member,
 * repeated yearly. For an aspirant, an evaluation at the end of the aspirant period. With a council,
 * it adds retention reminders ({@link retentionReminders}). Offsets are common practice
 * ({@link ONBOARDING_OFFSETS_DAYS}); due dates on a weekend or holiday move to the next working day.
 *
 * @throws {InvalidInputError} when an argument does not match its schema; the message names each field
 * @example
 * const p = onboardingProgramme({ newMember: { id: "n1", role: "member" }, startsOn: "2026-09-01", checkInBy: "m2" });
 * p.steps[0]; // { code: "welcome_by_chair", dueOn: "2026-09-01", responsible: { kind: "chair" }, params: {} }
 * p.steps.find((s) => s.code === "check_in")?.dueOn; // "2026-12-01"
 */
export function onboardingProgramme(input: OnboardingInput): OnboardingProgramme {
  validateInput("onboardingProgramme", "input", OnboardingInputSchema, input);
  const { startsOn } = input;
  const holidays = new Set<string>(input.holidays ?? []);
  const due = (date: CalendarDate) => workingDayOnOrAfter(date, holidays);
  const chair: Responsible = input.chairId === undefined ? { kind: "chair" } : { kind: "chair", memberId: input.chairId };
  const newMember: Responsible = { kind: "new_member", memberId: input.newMember.id };
  const checker: Responsible = { kind: "member", memberId: input.checkInBy };
  const steps: OnboardingStep[] = [
    { code: "welcome_by_chair", dueOn: due(addDays(startsOn, ONBOARDING_OFFSETS_DAYS.welcome)), responsible: chair, params: {} },
    {
      code: "hand_over_regulations",
      dueOn: due(addDays(startsOn, ONBOARDING_OFFSETS_DAYS.handOverRegulations)),
      responsible: { kind: "secretary" },
      materials: ["Medezeggenschapsregeling", "Huishoudelijk reglement"],
      params: {},
    },
    {
      code: "starter_materials",
      dueOn: due(addDays(startsOn, ONBOARDING_OFFSETS_DAYS.starterMaterials)),
      responsible: { kind: "secretary" },
      materials: STARTER_MATERIALS,
      params: {},
    },
    { code: "discuss_regulations", dueOn: due(addDays(startsOn, ONBOARDING_OFFSETS_DAYS.discussRegulations)), responsible: chair, params: {} },
    { code: "agree_task_or_role", dueOn: due(addDays(startsOn, ONBOARDING_OFFSETS_DAYS.agreeTask)), responsible: chair, params: {} },
    { code: "welcome_course", dueOn: due(addDays(startsOn, ONBOARDING_OFFSETS_DAYS.course)), responsible: newMember, materials: [WELCOME_COURSE], params: { course: WELCOME_COURSE } },
  ];

  const given = [...(input.meetingDates ?? [])].filter((d) => d >= startsOn).sort(compareDates);
  for (let i = 0; i < FIRST_MEETINGS_COUNT; i += 1) {
    const known = given[i];
    // Without the council's calendar: the first meeting two weeks in, then one every interval.
    const estimated = known === undefined;
    const dueOn = known ?? due(addWeeks(startsOn, 2 + i * MEETING_INTERVAL_WEEKS));
    steps.push({ code: "first_meeting", dueOn, responsible: newMember, params: { number: i + 1, estimated } });
  }

  const checkInMonths = input.checkInAfterMonths ?? CHECK_IN_AFTER_MONTHS;
  const checkInOn = addMonths(startsOn, checkInMonths);
  steps.push({ code: "check_in", dueOn: due(checkInOn), responsible: checker, params: { afterMonths: checkInMonths } });
  const repeatMonths = input.checkInRepeatMonths ?? CHECK_IN_REPEAT_MONTHS;
  if (repeatMonths > 0) {
    steps.push({ code: "repeat_check_in", dueOn: due(addMonths(checkInOn, repeatMonths)), responsible: checker, params: { everyMonths: repeatMonths } });
  }
  if (input.newMember.role === "aspirant") {
    const months = input.council?.aspirantMonths ?? DEFAULT_ASPIRANT_MONTHS;
    steps.push({ code: "aspirant_evaluation", dueOn: due(addDays(addMonths(startsOn, months), -1)), responsible: chair, params: { afterMonths: months } });
  }

  const sorted = steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => compareDates(a.step.dueOn, b.step.dueOn) || a.index - b.index)
    .map(({ step }) => step);
  const retention = input.council === undefined ? [] : retentionReminders(input.council, { today: input.today ?? startsOn });
  return { memberId: input.newMember.id, startsOn, steps: sorted, retention };
}
