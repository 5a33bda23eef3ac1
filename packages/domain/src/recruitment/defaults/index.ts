/**
 * Defaults of the recruitment area. The Wmcz 2018 says nothing about how or when a council recruits
 * (art. 3 lid 8 aside: the provider helps spread vacancies), so every value here is **common
 * practice**, never the law: an organisation changes them in its huishoudelijk reglement or in the
 * options of each function.
 *
 * @module
 */

/**
 * Where a default comes from.
 *
 * @example
 * const s: DefaultSource = { kind: "common_practice", basis: "recruiting takes months" };
 */
export type DefaultSource = {
  /** Always "common_practice": the law sets none of these values. */
  readonly kind: "common_practice";
  /** What the value rests on, in a few words. */
  readonly basis: string;
};

/**
 * Months before a seat falls vacant that recruiting should start. Common practice: LOC notes that
 * recruiting is hard and takes sustained attention (seeds 000, 001); councils report that finding,
 * meeting and appointing a member takes months. Six months is the default.
 *
 * @example
 * RECRUITMENT_LEAD_TIME_MONTHS; // 6
 */
export const RECRUITMENT_LEAD_TIME_MONTHS = 6;

/**
 * How far ahead the rooster van aftreden looks by default. Common practice: one year, the span of a
 * council's annual plan.
 *
 * @example
 * DEFAULT_HORIZON_MONTHS; // 12
 */
export const DEFAULT_HORIZON_MONTHS = 12;

/**
 * Length of the aspirant period when the council does not set one. Common practice: 3–6 months
 * (domain model, from real regulations); the longer end is the default.
 *
 * @example
 * DEFAULT_ASPIRANT_MONTHS; // 6
 */
export const DEFAULT_ASPIRANT_MONTHS = 6;

/**
 * Weeks in a year in which a council is active (summer and Christmas breaks left out), used to turn
 * hours per week into hours per year. Common practice estimate.
 *
 * @example
 * ACTIVE_WEEKS_PER_YEAR; // 44
 */
export const ACTIVE_WEEKS_PER_YEAR = 44;

/**
 * Hours in one half-day (dagdeel) of training. From the LOC training guide (seed 004: "minimaal 1
 * dagdeel van 4 uur").
 *
 * @example
 * HALF_DAY_HOURS; // 4
 */
export const HALF_DAY_HOURS = 4;

/**
 * Lead times of a recruitment round, in weeks before the date a seat falls vacant. Each is common
 * practice and can be overridden per plan (`planRecruitment({ leadTimes })`).
 *
 * @example
 * RECRUITMENT_LEAD_TIMES_WEEKS.startCampaign; // 26
 */
export const RECRUITMENT_LEAD_TIMES_WEEKS = {
  /** Ask a member who leaves after their last term to help find a successor. */
  askLeavingMember: 30,
  /** Agree the role profile and the vacancy text. */
  prepareProfile: 28,
  /** Ask the provider to spread the vacancy (art. 3 lid 8) and start the campaign in the channels. */
  startCampaign: 26,
  /** Hold introduction talks with the people who responded. */
  introductionTalks: 16,
  /** Check eligibility against the medezeggenschapsregeling. */
  checkEligibility: 12,
  /** Propose the candidate (to the council, and to the provider where the regulation says so). */
  propose: 8,
  /** Appoint, so the new member can overlap with the one who leaves. */
  appoint: 4,
} as const;

/**
 * The names of the lead times of a recruitment round.
 *
 * @example
 * const id: LeadTimeId = "startCampaign";
 */
export type LeadTimeId = keyof typeof RECRUITMENT_LEAD_TIMES_WEEKS;

/**
 * Months after the start at which the check-in conversation (gesprek na de startperiode) is held.
 * Common practice, from seed 000: "Na een startperiode kun je een gesprek plannen"; the period
 * itself is not given there, three months is the default.
 *
 * @example
 * CHECK_IN_AFTER_MONTHS; // 3
 */
export const CHECK_IN_AFTER_MONTHS = 3;

/**
 * Months between repeated check-in conversations (retention: "dit vraagt continu aandacht", seed
 * 000). Common practice: once a year.
 *
 * @example
 * CHECK_IN_REPEAT_MONTHS; // 12
 */
export const CHECK_IN_REPEAT_MONTHS = 12;

/**
 * Months before a member's seat falls vacant (end of the last term) at which they are asked to help
 * find a successor. Common practice: a year ahead, well before the campaign starts.
 *
 * @example
 * ASK_SUCCESSOR_HELP_MONTHS; // 12
 */
export const ASK_SUCCESSOR_HELP_MONTHS = 12;

/**
 * Onboarding offsets, in days after the new member starts. Common practice, shaped after the
 * inwerkprogramma in LOC's handreiking (seed 000).
 *
 * @example
 * ONBOARDING_OFFSETS_DAYS.welcome; // 0
 */
export const ONBOARDING_OFFSETS_DAYS = {
  /** Welcome by the chair on the first day. */
  welcome: 0,
  /** Hand over the medezeggenschapsregeling and the huishoudelijk reglement. */
  handOverRegulations: 7,
  /** Hand over the starter materials. */
  starterMaterials: 7,
  /** Discuss the regulation and house rules together. */
  discussRegulations: 28,
  /** Agree a task or role. */
  agreeTask: 42,
  /** Follow the course "Welkom in de cliëntenraad". */
  course: 90,
} as const;

/**
 * How many council meetings a new member attends as "first meetings" in the programme. Common
 * practice: two, enough to see how the council works.
 *
 * @example
 * FIRST_MEETINGS_COUNT; // 2
 */
export const FIRST_MEETINGS_COUNT = 2;

/**
 * Weeks between council meetings when no meeting dates are given (about ten meetings a year).
 * Common practice.
 *
 * @example
 * MEETING_INTERVAL_WEEKS; // 5
 */
export const MEETING_INTERVAL_WEEKS = 5;

/**
 * One default with its value and source, for RULES.md and settings screens.
 *
 * @example
 * const d: RecruitmentDefault | undefined = recruitmentDefaults[0]; // recruitmentLeadTimeMonths, 6 months
 */
export type RecruitmentDefault = {
  readonly id: string;
  readonly value: number;
  readonly unit: "months" | "weeks" | "days" | "hours" | "count";
  readonly source: DefaultSource;
};

const practice = (basis: string): DefaultSource => ({ kind: "common_practice", basis });

/**
 * Every default of the recruitment area as a table: value, unit and where it comes from. None is
 * the law.
 *
 * @example
 * recruitmentDefaults.find((d) => d.id === "recruitmentLeadTimeMonths")?.value; // 6
 */
export const recruitmentDefaults: readonly RecruitmentDefault[] = [
  { id: "recruitmentLeadTimeMonths", value: RECRUITMENT_LEAD_TIME_MONTHS, unit: "months", source: practice("recruiting takes months (LOC, seeds 000 and 001)") },
  { id: "horizonMonths", value: DEFAULT_HORIZON_MONTHS, unit: "months", source: practice("one year, the span of an annual plan") },
  { id: "aspirantMonths", value: DEFAULT_ASPIRANT_MONTHS, unit: "months", source: practice("aspirant periods of 3–6 months in real regulations") },
  { id: "activeWeeksPerYear", value: ACTIVE_WEEKS_PER_YEAR, unit: "weeks", source: practice("estimate: summer and Christmas breaks left out") },
  { id: "halfDayHours", value: HALF_DAY_HOURS, unit: "hours", source: practice("LOC training guide: a half-day (dagdeel) is 4 hours (seed 004)") },
  ...Object.entries(RECRUITMENT_LEAD_TIMES_WEEKS).map(
    ([id, value]): RecruitmentDefault => ({ id: `leadTimes.${id}`, value, unit: "weeks", source: practice("weeks before the seat falls vacant; working back from that date") }),
  ),
  { id: "checkInAfterMonths", value: CHECK_IN_AFTER_MONTHS, unit: "months", source: practice("a conversation after a start period (seed 000); the length is practice") },
  { id: "checkInRepeatMonths", value: CHECK_IN_REPEAT_MONTHS, unit: "months", source: practice("retention needs continuous attention (seed 000)") },
  { id: "askSuccessorHelpMonths", value: ASK_SUCCESSOR_HELP_MONTHS, unit: "months", source: practice("ask a member in their last term early to help find a successor") },
  ...Object.entries(ONBOARDING_OFFSETS_DAYS).map(
    ([id, value]): RecruitmentDefault => ({ id: `onboarding.${id}`, value, unit: "days", source: practice("inwerkprogramma after LOC's handreiking (seed 000)") }),
  ),
  { id: "firstMeetingsCount", value: FIRST_MEETINGS_COUNT, unit: "count", source: practice("two meetings to see how the council works") },
  { id: "meetingIntervalWeeks", value: MEETING_INTERVAL_WEEKS, unit: "weeks", source: practice("about ten council meetings a year") },
];
