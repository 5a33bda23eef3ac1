import * as z from "zod";
import type { ProcedureId, TopicId } from "../../wmcz/topic-ids/index.js";
import type { TrainingDuration } from "../duration/index.js";
import { type SituationId, type TrainingItemId, TRAINING_ITEM_IDS } from "../ids/index.js";
import { situations } from "../situations/index.js";

/**
 * The four parts of the LOC training guide (seed `004`), in the guide's order.
 *
 * @example
 * TRAINING_GROUPS[1]; // "council-work"
 */
export const TRAINING_GROUPS = ["basic", "council-work", "advice-and-consent", "tracks"] as const;

/**
 * A part of the guide: the basic course, modules on the council's own work, modules on advice and consent subjects, tracks.
 * @example
 * const group: TrainingGroup = "tracks";
 */
export type TrainingGroup = (typeof TRAINING_GROUPS)[number];

/**
 * Zod schema for a {@link TrainingGroup}.
 *
 * @example
 * TrainingGroupSchema.safeParse("tracks").success; // true
 */
export const TrainingGroupSchema = z.enum(TRAINING_GROUPS);

/**
 * The guide's headings for each group, with the number of offerings each holds.
 *
 * @example
 * trainingGroups.find((g) => g.id === "advice-and-consent")?.count; // 10
 */
export const trainingGroups: readonly { readonly id: TrainingGroup; readonly title: { readonly nl: string; readonly en: string }; readonly count: number }[] = [
  { id: "basic", title: { nl: "Basiscursus", en: "Basic course" }, count: 1 },
  { id: "council-work", title: { nl: "Thema’s rond het werk van de raad", en: "Themes around the council’s work" }, count: 11 },
  { id: "advice-and-consent", title: { nl: "Advies- en instemmingsonderwerpen", en: "Advice and consent subjects" }, count: 10 },
  { id: "tracks", title: { nl: "Advies-, coachings- of ondersteuningstraject", en: "Advisory, coaching or support track" }, count: 14 },
];

/**
 * What an offering is: the course, a module for tailored training, or a track the guide labels
 * *adviestraject*, *coachingstraject* or *ondersteuningstraject*.
 * @example
 * findTrainingItem("reflection-meetings")?.kind; // "coaching-track"
 */
export type TrainingKind = "course" | "module" | "advisory-track" | "coaching-track" | "support-track";

/**
 * One offering of the LOC training guide.
 * @example
 * findTrainingItem("finances")?.topics; // ["budget-and-accounts"]
 */
export type TrainingItem = {
  readonly id: TrainingItemId;
  readonly group: TrainingGroup;
  readonly kind: TrainingKind;
  /** `nl` is the title as the guide gives it (without the track label); `en` a translation. */
  readonly title: { readonly nl: string; readonly en: string };
  /**
   * `heading` when the guide prints the title as a heading; `text` when the extracted guide has
   * no heading and the name comes from its running text (the vision module).
   */
  readonly titleFrom: "heading" | "text";
  /** The duration as data; `null` when the guide gives none ("in overleg"). */
  readonly duration: TrainingDuration | null;
  /** The guide's own words after "Duur:", or `null` when it gives none. */
  readonly durationText: string | null;
  /** What the offering is about, in our own words: B1 Dutch and English. */
  readonly description: { readonly nl: string; readonly en: string };
  /** Wmcz topics the offering helps a council advise or decide on. */
  readonly topics: readonly TopicId[];
  /** Other Wmcz procedures it covers. */
  readonly procedures: readonly ProcedureId[];
  /** Council situations it serves (from `situations`, primary or secondary). */
  readonly situations: readonly SituationId[];
};

type Entry = Omit<TrainingItem, "situations" | "topics" | "procedures" | "titleFrom"> & {
  readonly topics?: readonly TopicId[];
  readonly procedures?: readonly ProcedureId[];
  readonly titleFrom?: "text";
};

const mod = (id: TrainingItemId, group: "council-work" | "advice-and-consent", nl: string, en: string, description: { nl: string; en: string }, extra: Pick<Entry, "topics" | "procedures" | "titleFrom"> = {}): Entry => ({
  id,
  group,
  kind: "module",
  title: { nl, en },
  duration: null,
  durationText: null,
  description,
  ...extra,
});

const track = (
  id: TrainingItemId,
  kind: "advisory-track" | "coaching-track" | "support-track",
  nl: string,
  en: string,
  duration: TrainingDuration | null,
  durationText: string | null,
  description: { nl: string; en: string },
  topics: readonly TopicId[] = [],
): Entry => ({ id, group: "tracks", kind, title: { nl, en }, duration, durationText, description, topics });

const ENTRIES: readonly Entry[] = [
  {
    id: "basic-course",
    group: "basic",
    kind: "course",
    title: { nl: "Basiscursus: medezeggenschap in de praktijk", en: "Basic course: client participation in practice" },
    duration: { kind: "atLeast", minHalfDays: 1 },
    durationText: "Minimaal 1 dagdeel van 4 uur",
    description: {
      nl: "Voor een nieuwe raad, of een raad die terug wil naar de basis. Je leert wat de Wmcz 2018 regelt, waarom er medezeggenschap is en hoe je daar samen invulling aan geeft.",
      en: "For a new council, or one that wants to go back to basics: what the Wmcz 2018 arranges, why client participation exists and how council and organisation give it shape together.",
    },
  },
  mod("internal-organisation", "council-work", "Interne organisatie van de cliëntenraad", "Internal organisation of the client council", {
    nl: "Over taken en rollen in de raad en samen keuzes maken. Ook over het werkplan, het budget en de ondersteuning die de raad nodig heeft.",
    en: "Tasks and roles in the council, making choices together, working with a work plan, the council's budget and the support it needs.",
  }, { topics: ["supporter-appointment"] }),
  mod("work-plan", "council-work", "Het maken van een werkplan voor de cliëntenraad", "Making a work plan for the client council", {
    nl: "Je maakt samen een werkplan dat past bij jullie raad. Daarna weet de raad wat voorrang heeft. Bouwt voort op de module over interne organisatie.",
    en: "Together you make a work plan that fits your council, so the council knows its priorities. Builds on the module on internal organisation.",
  }),
  mod("council-rights", "council-work", "De rechten van de cliëntenraad en de Wmcz 2018", "The council's rights and the Wmcz 2018", {
    nl: "Welke rechten heeft de raad, en hoe gebruik je die? Wanneer heb je adviesrecht of instemmingsrecht, en welke informatie moet je krijgen?",
    en: "Which rights the council has and how to use them: when you have a right to advise or to consent, and which information you must receive.",
  }, { topics: ["participation-regulation"] }),
  mod("advising", "council-work", "Adviseren doe je zó", "How to advise", {
    nl: "Hoe geef je een advies dat gehoord en gevolgd wordt, en dat past bij wat de cliënten nodig hebben?",
    en: "How to give advice that is heard and followed, and that matches what clients need.",
  }),
  mod("vision", "council-work", "Visie op medezeggenschap", "Vision on client participation", {
    nl: "In een paar stappen schrijft de raad een eigen visie op medezeggenschap en op goede zorg. Die visie helpt om grote plannen te beoordelen en adviezen te onderbouwen.",
    en: "In a few steps the council writes down its own vision on participation and good care, a basis for judging large plans and supporting its advice.",
  }, { titleFrom: "text" }),
  mod("in-contact", "council-work", "InContactStaan", "InContactStaan (staying in contact)", {
    nl: "Hoe weet je wat cliënten en hun naasten willen, en hoe laat je zien wat de raad doet? Je maakt zelf middelen om beter contact te houden met je achterban.",
    en: "How to learn what clients and their relatives want, and how to show what the council does; you build your own tools for contact with the people you represent.",
  }),
  mod("recruiting-members", "council-work", "Werven van nieuwe leden", "Recruiting new members", {
    nl: "Hoe vind en houd je nieuwe leden? Je maakt een wervingsplan en een inwerkprogramma, samen met de zorgorganisatie.",
    en: "How to find and keep new members: a recruitment plan and an onboarding programme, made together with the care organisation.",
  }),
  mod("social-media", "council-work", "Cliëntenraad en sociale media", "The client council and social media", {
    nl: "Welke sociale media zijn er, en wie bereik je ermee? Je leert ze te gebruiken om zichtbaar te zijn en contact te houden.",
    en: "Which social media exist, whom they reach and how to use them to be visible and keep in touch.",
  }),
  mod("team-building", "council-work", "Cliëntenraad en teambuilding", "The client council and team building", {
    nl: "De raad is ook een team. Je kijkt samen naar de sterke kanten van ieder lid, zodat iedereen doet waar hij of zij goed in is.",
    en: "The council is also a team: you look at each member's strengths together so that everyone does what they are good at.",
  }),
  mod("conversation-techniques", "council-work", "Cliëntenraad en gesprekstechnieken", "The client council and conversation techniques", {
    nl: "Hoe bereid je een gesprek voor en hoe breng je de mening van de raad over? En wat doe je als het gesprek moeilijk wordt?",
    en: "How to prepare a conversation, put the council's view across and handle a conversation that gets tough.",
  }),
  mod("governance-and-supervision", "council-work", "De rol van de cliëntenraad in bestuur en toezicht", "The council's role in governance and supervision", {
    nl: "Over bestuur, toezicht en de plek van de raad daarin. Denk aan de bindende voordracht, advies over profielen, het overleg en het enquêterecht. Volg eerst de module over visie.",
    en: "The board, the supervisors and the council's place beside them: binding nomination, advice on profiles, consultation meetings and the right of enquiry. Take the vision module first.",
  }, { topics: ["board-supervisor-profiles"], procedures: ["binding-nomination", "right-of-enquiry"] }),
  mod("wkkgz", "advice-and-consent", "Wet kwaliteit, klachten en geschillen zorg", "Care Quality, Complaints and Disputes Act (Wkkgz)", {
    nl: "Wat zegt de Wkkgz over kwaliteit en klachten, en hoe adviseert de raad over het klachtenbeleid? Ook: wat is voor cliënten een goede manier om een klacht te melden?",
    en: "What the Wkkgz requires on quality and complaints, how the council advises on complaints policy and what a fitting complaints route for clients looks like.",
  }, { topics: ["complaints-regulation", "complaints-officer-profile", "quality-safety-hygiene"] }),
  mod("clients-legal-position", "advice-and-consent", "Rechtspositie cliënten", "Clients' legal position", {
    nl: "Welke rechten hebben cliënten volgens de wet? Bijvoorbeeld over inspraak, privacy, klachten, vrijheid en veiligheid.",
    en: "The rights clients have by law, for example on having a say, privacy, complaints, freedom and safety.",
  }, { topics: ["client-regulations", "care-plan-procedure", "admission-and-ending-care"] }),
  mod("wzd-wvggz", "advice-and-consent", "Wet zorg en dwang / Wet verplichte ggz", "Care and Compulsion Act / Compulsory Mental Healthcare Act (Wzd / Wvggz)", {
    nl: "Over zorg die cliënten niet willen. Wat is de rol van de raad, en hoe zoek je een goede balans tussen vrijheid en veiligheid?",
    en: "Care that clients do not want: the council's role and finding a fitting balance between freedom and safety.",
  }),
  mod("quality-of-care", "advice-and-consent", "Kwaliteit van zorg en welzijn", "Quality of care and well-being", {
    nl: "Wat is goede zorg? De raad kijkt mee met onderzoek naar kwaliteit, adviseert over verbeterplannen en praat mee over het kwaliteitsplan.",
    en: "What good care is: the council reviews quality surveys, advises on improvement plans and has a say in the quality plan.",
  }, { topics: ["quality-safety-hygiene"] }),
  mod("meaning-of-life", "advice-and-consent", "Levensvragen en zingeving", "Questions of life and meaning", {
    nl: "Hoe vraagt de raad aandacht voor zingeving en levensvragen van cliënten, bijvoorbeeld via geestelijke verzorging?",
    en: "How the council draws attention to clients' questions of life and meaning, for example through spiritual care.",
  }, { topics: ["daily-life-policy"] }),
  mod("safety-in-care-relations", "advice-and-consent", "Veiligheid in (zorg)relaties - samenwerken aan betere kwaliteit van leven en zorg", "Safety in (care) relationships", {
    nl: "Over beleid tegen grensoverschrijdend gedrag en mishandeling, en de rol van de raad daarbij. Ook over agressie tegen medewerkers en de meldcode.",
    en: "Policy against abuse and crossing boundaries in care relationships and the council's role, including aggression towards staff and the reporting code.",
  }, { topics: ["quality-safety-hygiene"] }),
  mod("finances", "advice-and-consent", "Financiën van de zorgorganisatie", "The care organisation's finances", {
    nl: "Hoe werkt het geld in de zorgorganisatie? Je leert waar de raad advies over geeft, zoals de begroting en de jaarrekening, en wanneer.",
    en: "How money works in the organisation: where and when the council advises, such as on the budget and the annual accounts.",
  }, { topics: ["budget-and-accounts"] }),
  mod("building", "advice-and-consent", "Bouw, verbouw en nieuwbouw", "Building, rebuilding and new building", {
    nl: "Hoe gaat een bouwproject, en op welke momenten kan de raad invloed hebben? Ook: wat zijn de rechten van cliënten die moeten verhuizen?",
    en: "How a building project runs and when the council can influence it, including the rights of clients who have to move.",
  }, { topics: ["housing-and-building", "social-plan", "room-layout"] }),
  mod("additional-services", "advice-and-consent", "Aanvullende diensten", "Additional services", {
    nl: "Over diensten die cliënten zelf betalen, zoals de kapper. Hoe geef je die samen met de organisatie vorm, en is de prijs duidelijk?",
    en: "Services clients pay for themselves, such as the hairdresser: shaping them with the organisation and making prices clear.",
  }, { topics: ["client-regulations"] }),
  mod("large-policy-plans", "advice-and-consent", "Omgaan met grote beleidsplannen", "Dealing with large policy plans", {
    nl: "Hoe beoordeel je een groot plan, zoals een reorganisatie, vanuit de cliënt? En hoe voer je daarover het gesprek met de zorgaanbieder?",
    en: "How to judge a large plan, such as a reorganisation, from the clients' point of view and discuss it with the provider.",
  }, { topics: ["purpose-or-basis", "major-organisational-change", "ending-or-expanding-care", "housing-and-building"] }),
  track("council-documents", "advisory-track", "Stukken voor de (centrale) cliëntenraad", "Documents for the (central) client council", null, null, {
    nl: "Advies over de medezeggenschapsregeling en het huishoudelijk reglement, ook als er lokale raden en een centrale raad zijn.",
    en: "Advice on the participation regulation and the house rules of the council, also where there are local councils and a central council.",
  }, ["participation-regulation"]),
  track("lcvv-procedures", "advisory-track", "Ondersteuning bij procedures Commissie van Vertrouwenslieden", "Support with procedures at the Commissie van Vertrouwenslieden", { kind: "onRequest", scope: true }, "afhankelijk van de vraag en omvang", {
    nl: "Hulp als de raad een geschil met de zorgaanbieder voorlegt aan de LCvV. Het gaat om de stappen, de afweging, het verzoekschrift en de zitting.",
    en: "Help when the council takes a dispute with the provider to the LCvV: the steps, weighing the case, the request and the hearing.",
  }),
  track("mergers-and-acquisitions", "advisory-track", "Fusies en overnames", "Mergers and acquisitions", { kind: "onRequest" }, "afhankelijk van de vraag", {
    nl: "Steun bij een fusie: waarover en wanneer de raad adviseert, en wat de fusie betekent voor cliënten.",
    en: "Support during a merger: what and when the council advises, and what the merger means for clients.",
  }, ["merger-or-cooperation", "transfer-of-control"]),
  track("appreciative-inquiry", "advisory-track", "Waarderend onderzoek", "Appreciative inquiry", { kind: "onRequest" }, "afhankelijk van de vraag", {
    nl: "Samen met de zorgorganisatie kijken naar wat al goed werkt in de medezeggenschap, en daar meer van doen.",
    en: "Looking with the organisation at what already works in client participation, and doing more of it.",
  }),
  track("self-evaluation", "advisory-track", "Instrumenten voor zelfevaluatie", "Self-evaluation tools", { kind: "fixed", halfDays: 2 }, "2 dagdelen", {
    nl: "De raad kijkt terug op zijn doelen en resultaten en kiest wat beter kan.",
    en: "The council looks back on its goals and results and picks what to improve.",
  }),
  track("values-portrait", "advisory-track", "Waardenportret van de cliëntenraad", "Values portrait of the client council", { kind: "fixed", halfDays: 2 }, "2 dagdelen", {
    nl: "Waarom doen we wat we doen? De raad beschrijft zijn kernwaarden en wat die betekenen voor het werk.",
    en: "Why we do what we do: the council describes its core values and what they mean for its work.",
  }),
  track("peer-review-cooperation", "coaching-track", "Intervisie op samenwerking", "Peer review on cooperation", { kind: "range", minHalfDays: 2, maxHalfDays: 4 }, "2-4 dagdelen", {
    nl: "Onder begeleiding bespreken de leden samen situaties uit de praktijk en geven elkaar feedback. Daarna kan de raad het zelf.",
    en: "Guided sessions where members discuss cases from practice and give each other feedback, until the council can do it alone.",
  }),
  track("cooperation-between-councils", "coaching-track", "Samenwerking tussen cliëntenraden en zorgorganisatie", "Cooperation between councils and the care organisation", { kind: "atLeast", minHalfDays: 1 }, "minimaal 1 dagdeel", {
    nl: "Bijeenkomsten voor lokale en centrale raden samen. Jullie kiezen een gezamenlijk doel en werken beter samen, ook met de organisatie.",
    en: "Meetings for local and central councils together to set a shared goal and work better together, also with the organisation.",
  }),
  track("conversation-techniques-coaching", "coaching-track", "Gesprekstechnieken voor de cliëntenraad", "Conversation techniques for the client council", { kind: "range", minHalfDays: 2, maxHalfDays: 4 }, "2-4 dagdelen", {
    nl: "Een uitgebreide versie van de module over gesprekstechnieken, met persoonlijke coaching op jullie eigen gesprekken.",
    en: "An extended version of the conversation-techniques module, with coaching on your own conversations.",
  }),
  track("cooperation-coaching", "coaching-track", "Coaching op samenwerking", "Coaching on cooperation", { kind: "range", minHalfDays: 2, maxHalfDays: 4 }, "2-4 dagdelen", {
    nl: "De leden maken afspraken over rollen en over hoe ze met elkaar praten, en kiezen samen doelen. Voor de hele raad, een deel of één lid.",
    en: "Members agree on roles and how they communicate and set shared goals; for the whole council, part of it or one member.",
  }),
  track("reflection-meetings", "coaching-track", "Reflectiebijeenkomsten", "Reflection meetings", { kind: "range", minHalfDays: 2, maxHalfDays: 4 }, "2-4 dagdelen", {
    nl: "Samen terugkijken op een lastige situatie of een conflict. Niemand krijgt de schuld. Zo kun je het de volgende keer anders doen.",
    en: "Looking back together on a difficult situation or conflict, without blaming anyone, to handle the next one differently.",
  }),
  track("restructuring-participation", "support-track", "Herinrichting medezeggenschap", "Restructuring client participation", { kind: "onRequest" }, "afhankelijk van de vraag", {
    nl: "Welke opzet van medezeggenschap past bij een nieuwe organisatie? Ook hulp bij de invoering en bij nieuwe stukken.",
    en: "Which participation structure fits a new organisation structure, with help introducing it and writing new documents.",
  }, ["participation-regulation", "major-organisational-change"]),
  track("fitting-participation", "support-track", "Passende medezeggenschap", "Fitting client participation", { kind: "fixed", halfDays: 4 }, "2 dagen (4 dagdelen)", {
    nl: "Begeleiding van een paar dagen. Samen zoek je een vorm van medezeggenschap die past bij de cliënten en de zorg van nu.",
    en: "Guidance over several days to find a form of participation that fits today's clients and care.",
  }, ["participation-regulation"]),
  track("mirror-conversations", "support-track", "Spiegelgesprekken", "Mirror conversations", { kind: "onRequest", minHalfDays: 1 }, "afhankelijk van de vraag (minimaal 1 dagdeel)", {
    nl: "Cliënten en naasten vertellen hoe ze de zorg ervaren. Medewerkers en raadsleden luisteren alleen. Zo zie je wat beter kan.",
    en: "Clients and relatives say how they experience their care while staff and council members only listen, showing what can improve.",
  }),
];

function situationsFor(id: TrainingItemId): SituationId[] {
  return situations.filter((x) => x.primary.includes(id) || x.secondary.includes(id)).map((x) => x.id);
}

/**
 * The LOC training guide (seed `004`, June 2021) as data: the basic course, 11 modules on the
 * council's own work, 10 modules on advice and consent subjects and 14 advisory, coaching and
 * support tracks — 36 items in the guide's order. Modules have no duration in the guide
 * (`duration: null`, "in overleg"); so has the track on the council's documents.
 *
 * @example
 * catalogue.length; // 36
 * catalogue.find((item) => item.id === "peer-review-cooperation")?.duration;
 * // { kind: "range", minHalfDays: 2, maxHalfDays: 4 }
 */
export const catalogue: readonly TrainingItem[] = ENTRIES.map((entry) => ({
  ...entry,
  titleFrom: entry.titleFrom ?? "heading",
  topics: entry.topics ?? [],
  procedures: entry.procedures ?? [],
  situations: situationsFor(entry.id),
}));

const BY_ID: ReadonlyMap<string, TrainingItem> = new Map(catalogue.map((item) => [item.id, item]));
const INDEX: ReadonlyMap<string, number> = new Map(TRAINING_ITEM_IDS.map((id, index) => [id, index]));

/**
 * One catalogue item by id, or `undefined` for an unknown id.
 *
 * @example
 * findTrainingItem("building")?.title.nl; // "Bouw, verbouw en nieuwbouw"
 * findTrainingItem("cooking"); // undefined
 */
export function findTrainingItem(id: string): TrainingItem | undefined {
  return BY_ID.get(id);
}

/**
 * The position of an item in the guide (0 = the basic course); used to break ties stably.
 *
 * @example
 * catalogueIndex("basic-course"); // 0
 */
export function catalogueIndex(id: TrainingItemId): number {
  return INDEX.get(id) ?? Number.MAX_SAFE_INTEGER;
}
