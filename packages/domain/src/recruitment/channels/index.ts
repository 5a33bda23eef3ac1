import * as z from "zod";
import type { Citation } from "../../_lib/citation/index.js";

/**
 * The recruitment channels named in the sources.
 *
 * @example
 * ChannelIdSchema.options.length; // 8
 */
export const ChannelIdSchema = z.enum([
  "leaflet",
  "family_evening",
  "short_video",
  "member_stories",
  "newsletter",
  "intranet",
  "provider_communication_staff",
  "volunteer_platforms",
]);

/**
 * A recruitment channel id.
 *
 * @example
 * const id: ChannelId = "family_evening";
 */
export type ChannelId = z.infer<typeof ChannelIdSchema>;

/**
 * Where a channel comes from: LOC's guidance (a seed) or common practice.
 *
 * @example
 * const s: ChannelSource = { kind: "common_practice", ref: "volunteer platforms" };
 */
export type ChannelSource = { readonly kind: "loc_guidance" | "common_practice"; readonly ref: string };

/**
 * One way to reach candidates.
 *
 * @example
 * const leaflet: RecruitmentChannel | undefined = recruitmentChannels[0]; // the leaflet
 */
export type RecruitmentChannel = {
  readonly id: ChannelId;
  readonly title: { readonly nl: string; readonly en: string };
  /** What to do, in plain words (Dutch at B1 level). */
  readonly description: { readonly nl: string; readonly en: string };
  /** Who does it: the council, the provider, or both together. */
  readonly owner: "council" | "provider" | "together";
  readonly reaches: readonly ("clients" | "relatives" | "staff" | "public")[];
  readonly source: ChannelSource;
};

const seed000 = (what: string): ChannelSource => ({ kind: "loc_guidance", ref: `LOC, "Werven en behouden van leden" (seed 000): ${what}` });
const seed001 = (what: string): ChannelSource => ({ kind: "loc_guidance", ref: `LOC, "LOC in gesprek met cliëntenraden" (seed 001): ${what}` });
const practice = (what: string): ChannelSource => ({ kind: "common_practice", ref: what });

/**
 * The recruitment channels as data, each with its source. LOC's guidance: people apply sooner when
 * they know what the council does (leaflet, presentation at a family evening, short video, members'
 * own stories — seed 000), and recruitment works better when the provider's communication advisers,
 * staff and volunteers help (seed 001). Newsletter, intranet and volunteer platforms are common
 * practice.
 *
 * @example
 * recruitmentChannels.map((c) => c.id);
 * // ["leaflet", "family_evening", "short_video", "member_stories", "newsletter", "intranet",
 * //  "provider_communication_staff", "volunteer_platforms"]
 */
export const recruitmentChannels: readonly RecruitmentChannel[] = [
  {
    id: "leaflet",
    title: { nl: "Folder", en: "Leaflet" },
    description: {
      nl: "Maak een folder over wat de raad doet. Leg hem neer op de locaties en geef hem mee aan nieuwe cliënten.",
      en: "Make a leaflet about what the council does. Put it out at the locations and give it to new clients.",
    },
    owner: "together",
    reaches: ["clients", "relatives"],
    source: seed000("werk aan je bekendheid met een folder"),
  },
  {
    id: "family_evening",
    title: { nl: "Presentatie op een familieavond", en: "Presentation at a family evening" },
    description: {
      nl: "Vertel op een familieavond wie de raad is en wat hij doet. Zeg dat er plek is voor nieuwe leden.",
      en: "Tell people at a family evening who the council is and what it does. Say there is room for new members.",
    },
    owner: "council",
    reaches: ["relatives", "clients"],
    source: seed000("houd een presentatie op een familieavond"),
  },
  {
    id: "short_video",
    title: { nl: "Korte video", en: "Short video" },
    description: {
      nl: "Maak een korte video waarin leden uitleggen wat de raad doet.",
      en: "Make a short video in which members explain what the council does.",
    },
    owner: "together",
    reaches: ["clients", "relatives", "public"],
    source: seed000("korte video's waarin raden uitleggen wat ze doen"),
  },
  {
    id: "member_stories",
    title: { nl: "Verhalen van leden", en: "Members' stories" },
    description: {
      nl: "Laat leden vertellen waarom ze lid werden. En wat het hun heeft gebracht.",
      en: "Let members tell why they joined, and what it has given them.",
    },
    owner: "council",
    reaches: ["clients", "relatives", "public"],
    source: seed000("persoonlijke verhalen van huidige raadsleden"),
  },
  {
    id: "newsletter",
    title: { nl: "Nieuwsbrief", en: "Newsletter" },
    description: {
      nl: "Zet de vacature in de nieuwsbrief voor cliënten en naasten.",
      en: "Put the vacancy in the newsletter for clients and relatives.",
    },
    owner: "provider",
    reaches: ["clients", "relatives"],
    source: practice("the provider's newsletter for clients and relatives"),
  },
  {
    id: "intranet",
    title: { nl: "Intranet", en: "Intranet" },
    description: {
      nl: "Zet de vacature op het intranet. Vraag medewerkers om cliënten en naasten te wijzen op de vacature.",
      en: "Put the vacancy on the intranet. Ask staff to point clients and relatives to it.",
    },
    owner: "provider",
    reaches: ["staff"],
    source: practice("staff who know clients and relatives pass the vacancy on (cf. seed 001)"),
  },
  {
    id: "provider_communication_staff",
    title: { nl: "Communicatiemedewerkers van de zorgaanbieder", en: "The provider's communication staff" },
    description: {
      nl: "Vraag de communicatieadviseurs van de zorgaanbieder om mee te helpen met de werving.",
      en: "Ask the provider's communication advisers to help with recruiting.",
    },
    owner: "provider",
    reaches: ["clients", "relatives", "staff", "public"],
    source: seed001("communicatieadviseurs, medewerkers en vrijwilligers inzetten geeft grotere kans op succes"),
  },
  {
    id: "volunteer_platforms",
    title: { nl: "Vrijwilligersplatforms", en: "Volunteer platforms" },
    description: {
      nl: "Zet de vacature op een vrijwilligersplatform of bij de vrijwilligerscentrale in de buurt.",
      en: "Post the vacancy on a volunteer platform or at the local volunteer centre.",
    },
    owner: "together",
    reaches: ["public"],
    source: practice("volunteer platforms and local volunteer centres"),
  },
];

/**
 * Art. 3 lid 8 Wmcz 2018 (confirmed, LOC): the provider helps the council spread its vacancies among
 * clients and their representatives.
 *
 * @example
 * formatCitation(ART_3_LID_8); // "art. 3 lid 8 Wmcz 2018"
 */
export const ART_3_LID_8: Citation = { law: "Wmcz 2018", article: "3", paragraph: 8, status: "confirmed" };

/**
 * One part the provider plays in recruitment: what the law says, or what LOC advises.
 *
 * @example
 * const duty: ProviderTask | undefined = providerPart[0]; // spread_vacancies, art. 3 lid 8
 */
export type ProviderTask = {
  readonly code: "spread_vacancies" | "communication_staff_help" | "staff_and_volunteers_point_out" | "shared_responsibility";
  readonly basis: { readonly kind: "law"; readonly citation: Citation } | { readonly kind: "loc_guidance"; readonly ref: string };
  readonly text: { readonly nl: string; readonly en: string };
};

/**
 * The provider's part in recruitment. Only the first task is the law (art. 3 lid 8, confirmed); the
 * others are LOC's advice (seeds 000 and 001) and must not be presented as duties.
 *
 * @example
 * providerPart.filter((t) => t.basis.kind === "law").map((t) => t.code); // ["spread_vacancies"]
 */
export const providerPart: readonly ProviderTask[] = [
  {
    code: "spread_vacancies",
    basis: { kind: "law", citation: ART_3_LID_8 },
    text: {
      nl: "De zorgaanbieder helpt de raad om vacatures te verspreiden onder cliënten en hun vertegenwoordigers.",
      en: "The provider helps the council spread its vacancies among clients and their representatives.",
    },
  },
  {
    code: "communication_staff_help",
    basis: { kind: "loc_guidance", ref: "seed 001" },
    text: {
      nl: "Communicatieadviseurs van de zorgaanbieder kunnen meehelpen. Dat geeft meer kans op nieuwe leden.",
      en: "The provider's communication advisers can help. That gives a better chance of new members.",
    },
  },
  {
    code: "staff_and_volunteers_point_out",
    basis: { kind: "loc_guidance", ref: "seed 001" },
    text: {
      nl: "Medewerkers en vrijwilligers kennen cliënten en naasten. Zij kunnen mensen wijzen op de vacature.",
      en: "Staff and volunteers know clients and relatives. They can point people to the vacancy.",
    },
  },
  {
    code: "shared_responsibility",
    basis: { kind: "loc_guidance", ref: "seeds 000 and 001" },
    text: {
      nl: "Werven is een taak van de raad en de zorgaanbieder samen. Laat het niet alleen aan de raad over.",
      en: "Recruiting is a task for the council and the provider together. Do not leave it to the council alone.",
    },
  },
];
