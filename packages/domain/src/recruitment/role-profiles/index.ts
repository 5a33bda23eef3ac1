import * as z from "zod";
import type { MemberRole } from "../council/index.js";
import { ACTIVE_WEEKS_PER_YEAR, HALF_DAY_HOURS } from "../defaults/index.js";

/**
 * The roles that have a profile (functieprofiel). A vice-chair uses the chair's profile, a treasurer
 * the member's (see {@link profileRoleFor}).
 *
 * @example
 * ProfileRoleSchema.options; // ["chair", "secretary", "member", "aspirant"]
 */
export const ProfileRoleSchema = z.enum(["chair", "secretary", "member", "aspirant"]);

/**
 * A role that has a profile.
 *
 * @example
 * const r: ProfileRole = "secretary";
 */
export type ProfileRole = z.infer<typeof ProfileRoleSchema>;

const TextSchema = z.object({ nl: z.string().min(1).max(300), en: z.string().min(1).max(300) });

/**
 * A training in the first year of a role. `halfDays` is a number of half-days (dagdelen) of 4 hours;
 * `source` says whether the guide gives it (`loc_training_guide`: the basic course is "minimaal 1
 * dagdeel van 4 uur", seed 004) or it is an `estimate` (the guide gives no duration).
 *
 * @example
 * TrainingItemSchema.parse({ id: "x", title: { nl: "Cursus", en: "Course" }, halfDays: 1, source: "estimate" }).halfDays; // 1
 */
export const TrainingItemSchema = z.object({
  id: z.string().min(1).max(100),
  title: TextSchema,
  halfDays: z.number().min(0).max(40),
  source: z.enum(["loc_training_guide", "estimate"]),
});

/**
 * A first-year training (see {@link TrainingItemSchema}).
 *
 * @example
 * const t: TrainingItem = { id: "basiscursus", title: { nl: "Basiscursus", en: "Basic course" }, halfDays: 1, source: "loc_training_guide" };
 */
export type TrainingItem = z.infer<typeof TrainingItemSchema>;

/**
 * A role profile (functieprofiel): what the role does, how much time it takes on average, how many
 * meetings a year and which training in the first year. Tasks come in both languages, the same
 * number in each (`tasks_locale_mismatch` otherwise).
 *
 * @example
 * RoleProfileSchema.parse(roleProfiles[2]).role; // "member"
 */
export const RoleProfileSchema = z
  .object({
    role: ProfileRoleSchema,
    title: TextSchema,
    tasks: z.object({ nl: z.array(z.string().min(1).max(300)).max(20), en: z.array(z.string().min(1).max(300)).max(20) }),
    hoursPerWeek: z.number().positive().max(40),
    meetingsPerYear: z.number().int().min(0).max(100),
    firstYearTraining: z.array(TrainingItemSchema).max(20),
  })
  .refine((profile) => profile.tasks.nl.length === profile.tasks.en.length, { message: "tasks_locale_mismatch", path: ["tasks"] });

/**
 * A role profile (see {@link RoleProfileSchema}).
 *
 * @example
 * const member: RoleProfile | undefined = roleProfiles.find((p) => p.role === "member");
 */
export type RoleProfile = z.infer<typeof RoleProfileSchema>;

const welcomeCourse: TrainingItem = {
  id: "welkom-in-de-clientenraad",
  title: { nl: "Cursus Welkom in de cliëntenraad", en: "Course Welcome to the client council" },
  halfDays: 1,
  source: "estimate",
};
const basicCourse: TrainingItem = {
  id: "basiscursus",
  title: { nl: "Basiscursus: medezeggenschap in de praktijk", en: "Basic course: participation in practice" },
  halfDays: 1,
  source: "loc_training_guide",
};
const conversationModule: TrainingItem = {
  id: "gesprekstechnieken",
  title: { nl: "Module gesprekstechnieken", en: "Module conversation techniques" },
  halfDays: 1,
  source: "estimate",
};

/**
 * Default role profiles for chair, secretary, member and aspirant. Tasks follow LOC's handreiking
 * (seed 000); hours per week, meetings a year and training are **common practice estimates** an
 * organisation should replace with its own (see {@link withRoleProfileOverrides}). The basic
 * course's half-day is from the LOC training guide (seed 004); the course "Welkom in de
 * cliëntenraad" is free for councils that are LOC members (seed 000), its length is an estimate.
 *
 * @example
 * roleProfiles.find((p) => p.role === "member")?.hoursPerWeek; // 3
 */
export const roleProfiles: readonly RoleProfile[] = [
  {
    role: "chair",
    title: { nl: "Voorzitter", en: "Chair" },
    tasks: {
      nl: [
        "U leidt de vergaderingen van de raad.",
        "U bent het eerste aanspreekpunt voor de bestuurder.",
        "U zorgt dat iedereen in de raad een taak heeft.",
        "U heet nieuwe leden welkom.",
      ],
      en: [
        "You lead the council's meetings.",
        "You are the first contact for the board.",
        "You make sure everyone on the council has a task.",
        "You welcome new members.",
      ],
    },
    hoursPerWeek: 6,
    meetingsPerYear: 16,
    firstYearTraining: [welcomeCourse, basicCourse, conversationModule],
  },
  {
    role: "secretary",
    title: { nl: "Secretaris", en: "Secretary" },
    tasks: {
      nl: [
        "U maakt de agenda, samen met de voorzitter.",
        "U zorgt voor de verslagen en de post.",
        "U houdt bij wanneer leden aftreden.",
        "U houdt contact met de ondersteuner van de raad.",
      ],
      en: [
        "You draw up the agenda with the chair.",
        "You take care of the minutes and the mail.",
        "You keep track of when members' terms end.",
        "You stay in touch with the council's supporter.",
      ],
    },
    hoursPerWeek: 5,
    meetingsPerYear: 16,
    firstYearTraining: [welcomeCourse, basicCourse],
  },
  {
    role: "member",
    title: { nl: "Lid", en: "Member" },
    tasks: {
      nl: [
        "U leest de stukken en gaat naar de vergaderingen.",
        "U praat met cliënten en naasten over wat zij belangrijk vinden.",
        "U denkt mee over adviezen en instemming.",
        "U neemt een eigen taak of onderwerp op zich.",
      ],
      en: [
        "You read the papers and attend the meetings.",
        "You talk with clients and relatives about what matters to them.",
        "You help decide on advice and consent.",
        "You take on a task or subject of your own.",
      ],
    },
    hoursPerWeek: 3,
    meetingsPerYear: 10,
    firstYearTraining: [welcomeCourse, basicCourse],
  },
  {
    role: "aspirant",
    title: { nl: "Aspirant-lid", en: "Aspirant member" },
    tasks: {
      nl: [
        "U gaat mee naar de vergaderingen en kijkt hoe de raad werkt.",
        "U leest de regels van de raad.",
        "U volgt de cursus Welkom in de cliëntenraad.",
        "Na de proeftijd besluit u samen met de raad of u lid wordt.",
      ],
      en: [
        "You attend the meetings and see how the council works.",
        "You read the council's rules.",
        "You follow the course Welcome to the client council.",
        "After the trial period you and the council decide whether you become a member.",
      ],
    },
    hoursPerWeek: 2,
    meetingsPerYear: 10,
    firstYearTraining: [welcomeCourse],
  },
];

/**
 * Changes to one profile: any field but the role; a list (tasks, training) replaces the default list.
 *
 * @example
 * RoleProfileOverrideSchema.parse({ hoursPerWeek: 4 }); // { hoursPerWeek: 4 }
 */
export const RoleProfileOverrideSchema = z.object({
  title: TextSchema.optional(),
  tasks: z.object({ nl: z.array(z.string().min(1).max(300)).max(20), en: z.array(z.string().min(1).max(300)).max(20) }).optional(),
  hoursPerWeek: z.number().positive().max(40).optional(),
  meetingsPerYear: z.number().int().min(0).max(100).optional(),
  firstYearTraining: z.array(TrainingItemSchema).max(20).optional(),
});

/**
 * Changes to one profile (see {@link RoleProfileOverrideSchema}).
 *
 * @example
 * const o: RoleProfileOverride = { hoursPerWeek: 4, meetingsPerYear: 12 };
 */
export type RoleProfileOverride = z.infer<typeof RoleProfileOverrideSchema>;

/**
 * An organisation's changes to the default profiles, per role.
 *
 * @example
 * RoleProfileOverridesSchema.parse({ chair: { hoursPerWeek: 8 } }); // { chair: { hoursPerWeek: 8 } }
 */
export const RoleProfileOverridesSchema = z.object({
  chair: RoleProfileOverrideSchema.optional(),
  secretary: RoleProfileOverrideSchema.optional(),
  member: RoleProfileOverrideSchema.optional(),
  aspirant: RoleProfileOverrideSchema.optional(),
});

/**
 * Changes per role (see {@link RoleProfileOverridesSchema}).
 *
 * @example
 * const o: RoleProfileOverrides = { chair: { hoursPerWeek: 8 } };
 */
export type RoleProfileOverrides = z.infer<typeof RoleProfileOverridesSchema>;

/**
 * The profiles with an organisation's changes merged in: fields given replace the defaults, fields
 * left out keep them. Returns a new list; the defaults are not changed. The result is checked with
 * {@link RoleProfileSchema}: when tasks end up with a different number in Dutch and English, the
 * issue `tasks_locale_mismatch` comes back.
 *
 * @example
 * const r = withRoleProfileOverrides({ member: { hoursPerWeek: 4 } });
 * r.success && r.data.find((p) => p.role === "member")?.hoursPerWeek; // 4
 */
export function withRoleProfileOverrides(
  overrides: RoleProfileOverrides,
  base: readonly RoleProfile[] = roleProfiles,
): { success: true; data: readonly RoleProfile[] } | { success: false; issues: readonly { code: "tasks_locale_mismatch"; params: { role: ProfileRole } }[] } {
  const data = base.map((profile): RoleProfile => {
    const change = overrides[profile.role];
    if (change === undefined) return profile;
    return {
      ...profile,
      ...(change.title === undefined ? {} : { title: change.title }),
      ...(change.tasks === undefined ? {} : { tasks: change.tasks }),
      ...(change.hoursPerWeek === undefined ? {} : { hoursPerWeek: change.hoursPerWeek }),
      ...(change.meetingsPerYear === undefined ? {} : { meetingsPerYear: change.meetingsPerYear }),
      ...(change.firstYearTraining === undefined ? {} : { firstYearTraining: change.firstYearTraining }),
    };
  });
  const issues = data
    .filter((profile) => profile.tasks.nl.length !== profile.tasks.en.length)
    .map((profile) => ({ code: "tasks_locale_mismatch" as const, params: { role: profile.role } }));
  return issues.length > 0 ? { success: false, issues } : { success: true, data };
}

/**
 * Which profile fits a member role: vice-chair → chair, treasurer → member.
 *
 * @example
 * profileRoleFor("vice_chair"); // "chair"
 */
export function profileRoleFor(role: MemberRole): ProfileRole {
  switch (role) {
    case "chair":
    case "vice_chair":
      return "chair";
    case "secretary":
      return "secretary";
    case "treasurer":
    case "member":
      return "member";
    case "aspirant":
      return "aspirant";
  }
}

/**
 * Options of {@link firstYearCommitment}: active weeks a year (default
 * {@link ACTIVE_WEEKS_PER_YEAR}) and hours per half-day of training (default {@link HALF_DAY_HOURS}).
 *
 * @example
 * CommitmentOptionsSchema.parse({ activeWeeksPerYear: 40 }); // { activeWeeksPerYear: 40 }
 */
export const CommitmentOptionsSchema = z.object({
  activeWeeksPerYear: z.number().int().min(1).max(52).optional(),
  halfDayHours: z.number().positive().max(12).optional(),
});

/**
 * Options of {@link firstYearCommitment}.
 *
 * @example
 * const o: CommitmentOptions = { activeWeeksPerYear: 40 };
 */
export type CommitmentOptions = z.infer<typeof CommitmentOptionsSchema>;

/**
 * What the first year in a role asks, in numbers and as a text for candidates.
 *
 * @example
 * firstYearCommitment(roleProfiles[2]!).totalHoursFirstYear; // 140
 */
export type FirstYearCommitment = {
  readonly role: ProfileRole;
  readonly hoursPerWeek: number;
  readonly meetingsPerYear: number;
  readonly trainingHalfDays: number;
  readonly trainingHours: number;
  /** Hours per week × active weeks, plus the training hours. */
  readonly totalHoursFirstYear: number;
  /** A summary a candidate can read before applying: Dutch at B1 level, and English. */
  readonly text: { readonly nl: string; readonly en: string };
};

function formatNumber(value: number, locale: "nl" | "en"): string {
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return locale === "nl" ? text.replace(".", ",") : text;
}

function listNl(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} en ${items.at(-1) ?? ""}`;
}

function listEn(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

/**
 * What the first year in a role asks: hours per week on average, meetings a year, training and the
 * total hours in the first year, with a short text a candidate can read before applying (Dutch at
 * B1 level, and English). Totals use {@link ACTIVE_WEEKS_PER_YEAR} weeks and half-days of
 * {@link HALF_DAY_HOURS} hours unless the options say otherwise.
 *
 * @example
 * const member = roleProfiles.find((p) => p.role === "member")!;
 * firstYearCommitment(member).totalHoursFirstYear; // 140 (3 × 44 + 2 half-days × 4)
 */
export function firstYearCommitment(profile: RoleProfile, options: CommitmentOptions = {}): FirstYearCommitment {
  const weeks = options.activeWeeksPerYear ?? ACTIVE_WEEKS_PER_YEAR;
  const halfDayHours = options.halfDayHours ?? HALF_DAY_HOURS;
  const trainingHalfDays = profile.firstYearTraining.reduce((sum, item) => sum + item.halfDays, 0);
  const trainingHours = trainingHalfDays * halfDayHours;
  const totalHoursFirstYear = Math.round((profile.hoursPerWeek * weeks + trainingHours) * 10) / 10;

  const nlTraining =
    profile.firstYearTraining.length === 0
      ? "In het eerste jaar is er geen vaste training."
      : `In het eerste jaar volgt u: ${listNl(profile.firstYearTraining.map((t) => t.title.nl))}. Dat zijn samen ${formatNumber(trainingHalfDays, "nl")} ${trainingHalfDays === 1 ? "dagdeel" : "dagdelen"}.`;
  const enTraining =
    profile.firstYearTraining.length === 0
      ? "There is no set training in the first year."
      : `In the first year you follow: ${listEn(profile.firstYearTraining.map((t) => t.title.en))}. Together that is ${formatNumber(trainingHalfDays, "en")} ${trainingHalfDays === 1 ? "half-day" : "half-days"}.`;

  const nl = [
    `${profile.title.nl} van de cliëntenraad`,
    "",
    "Wat gaat u doen?",
    ...profile.tasks.nl.map((task) => `- ${task}`),
    "",
    "Hoeveel tijd kost het?",
    `- Gemiddeld ${formatNumber(profile.hoursPerWeek, "nl")} uur per week.`,
    `- Ongeveer ${profile.meetingsPerYear} vergaderingen per jaar.`,
    `- ${nlTraining}`,
    `- In het eerste jaar is dat ongeveer ${formatNumber(totalHoursFirstYear, "nl")} uur bij elkaar.`,
  ].join("\n");
  const en = [
    `${profile.title.en} of the client council`,
    "",
    "What will you do?",
    ...profile.tasks.en.map((task) => `- ${task}`),
    "",
    "How much time does it take?",
    `- On average ${formatNumber(profile.hoursPerWeek, "en")} hours a week.`,
    `- About ${profile.meetingsPerYear} meetings a year.`,
    `- ${enTraining}`,
    `- In the first year that is about ${formatNumber(totalHoursFirstYear, "en")} hours in total.`,
  ].join("\n");

  return { role: profile.role, hoursPerWeek: profile.hoursPerWeek, meetingsPerYear: profile.meetingsPerYear, trainingHalfDays, trainingHours, totalHoursFirstYear, text: { nl, en } };
}
