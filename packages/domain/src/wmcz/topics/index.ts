import * as z from "zod";
import { type Citation, WMCZ_2018 } from "../../_lib/citation/index.js";
import { SOURCES } from "../sources/index.js";
import { ADVICE_TOPIC_IDS, CONSENT_TOPIC_IDS, type TopicId } from "../topic-ids/index.js";

/**
 * The two rights a council has on a provider's intended decision.
 *
 * @example
 * const right: Right = "consent";
 */
export type Right = "advice" | "consent";

/**
 * Zod schema for a {@link Right}.
 *
 * @example
 * RightSchema.safeParse("veto").success; // false
 */
export const RightSchema = z.enum(["advice", "consent"]);

/**
 * Codes of the conditions under which a topic applies.
 *
 * @example
 * const code: ConditionCode = "long_term_stay_only";
 */
export type ConditionCode = "long_term_stay_only" | "general_policy_only" | "independent_support_only";

/**
 * A condition under which a topic applies, with its source. `long_term_stay_only`: art. 7 lid 1
 * sub h and i, and the consent topics social plan and room layout, apply only to an *instelling*
 * set up for long-term stay. `general_policy_only`: the consent topics on quality, admission and
 * daily life concern *general policy*; a one-off operational change is not in itself general
 * policy. `independent_support_only`: consent on appointing a person applies where that person gives
 * the council its independent support (an *ambtelijk secretaris* is often a separate role).
 *
 * @example
 * const c: Condition = { code: "long_term_stay_only", citation: { law: "Wmcz 2018", article: "7", paragraph: 1, point: "h", status: "confirmed" } };
 */
export type Condition = { readonly code: ConditionCode; readonly citation: Citation };

/**
 * A text in Dutch and English.
 *
 * @example
 * const title: LocalisedText = { nl: "Begroting", en: "Budget" };
 */
export type LocalisedText = { readonly nl: string; readonly en: string };

/**
 * An advice or consent topic of the Wmcz 2018, as data a lawyer can review in one place.
 *
 * @example
 * topics.find((t) => t.id === "merger-or-cooperation")?.right; // "advice"
 */
export type Topic = {
  readonly id: TopicId;
  readonly right: Right;
  readonly citation: Citation;
  readonly title: LocalisedText;
  /** What the topic covers, at B1 level. */
  readonly explanation: LocalisedText;
  /** Example decisions, in Dutch, as a provider would write them. */
  readonly examples: readonly string[];
  readonly conditions: readonly Condition[];
  /**
   * The statute's own wording of the letter, in Dutch, where `shared/domain/wmcz-2018.md` gives it
   * (art. 7 lid 1 a–i); undefined where the note gives only the topic.
   */
  readonly wording?: string;
};

const ART7_SOURCES = [SOURCES.orAcademy, SOURCES.rivierduinen, SOURCES.zorginstituut];
const art7 = (point: string, extra: Citation["sources"] = []): Citation => ({
  law: WMCZ_2018,
  article: "7",
  paragraph: 1,
  point,
  status: "confirmed",
  sources: [...ART7_SOURCES, ...(extra ?? [])],
});
const art8 = (point: string): Citation => ({
  law: WMCZ_2018,
  article: "8",
  paragraph: 1,
  point,
  status: "confirmed",
  sources: [SOURCES.orAcademy, SOURCES.rivierduinen, SOURCES.meepraten],
});
/** Consent topics whose sub-letter is not confirmed cite art. 8 alone. */
const art8Topic = (sources: NonNullable<Citation["sources"]>): Citation => ({ law: WMCZ_2018, article: "8", status: "topic-confirmed", sources });
/** d–f: topics confirmed by secondary sources, letters probable. */
const ART8_POLICY = art8Topic([SOURCES.meepraten, SOURCES.zorginstituut]);
/** g, h: topic and the long-stay condition confirmed by the bill as amended. */
const ART8_BUILDING = art8Topic([SOURCES.billAsAmended]);
/** i: the independent supporter, confirmed by adopted amendment 30. */
const ART8_SUPPORTER = art8Topic([SOURCES.amendment30]);

/**
 * Art. 7 lid 1 sub h and i apply only to an *instelling* set up for long-term stay
 * (`shared/domain/wmcz-2018.md`, confirmed).
 */
const longTermStay = (point: "h" | "i"): Condition => ({ code: "long_term_stay_only", citation: art7(point) });
/** The social plan and room layout: the same condition, confirmed by the bill as amended (cite art. 8). */
const longTermStayConsent: Condition = { code: "long_term_stay_only", citation: ART8_BUILDING };
/** Consent topics d–f concern general policy (`shared/domain/wmcz-2018.md`). */
const generalPolicy: Condition = { code: "general_policy_only", citation: ART8_POLICY };

/**
 * Every advice topic (art. 7 lid 1 sub a–i) and every consent topic (art. 8) of the Wmcz 2018,
 * in law order. Sub-letters are given only where public sources confirm them.
 *
 * @see https://wetten.overheid.nl/BWBR0042167 (believed id, see `WMCZ_2018_BWB_ID`)
 * @example
 * topics.filter((t) => t.right === "consent").length; // 11
 * topics.find((t) => t.id === "social-plan")?.conditions[0]?.code; // "long_term_stay_only"
 */
export const topics: readonly Topic[] = [
  {
    id: "purpose-or-basis",
    right: "advice",
    citation: art7("a"),
    title: { nl: "Wijziging van doel of grondslag", en: "Change of purpose or basis" },
    explanation: {
      nl: "De organisatie wil haar doel of haar grondslag veranderen. Bijvoorbeeld haar levensbeschouwing of de groep mensen voor wie zij er is. De cliëntenraad mag daarover advies geven.",
      en: "The organisation wants to change its purpose or its basis, such as its religious identity or the people it is there for. The client council may give advice.",
    },
    examples: ["Wijziging van de statutaire doelstelling van de stichting", "De christelijke grondslag wordt losgelaten"],
    conditions: [],
    wording: "een wijziging van de doelstelling of de grondslag van de instelling",
  },
  {
    id: "merger-or-cooperation",
    right: "advice",
    citation: art7("b"),
    title: { nl: "Fusie of duurzame samenwerking", en: "Merger or lasting cooperation" },
    explanation: {
      nl: "De organisatie wil samengaan met een andere organisatie, of voor lange tijd nauw met haar samenwerken. De cliëntenraad mag daarover advies geven.",
      en: "The organisation wants to merge with another organisation, or work closely with it for a long time. The client council may give advice.",
    },
    examples: ["Voorgenomen fusie met Zorggroep De Linde", "Een duurzame samenwerking met het ziekenhuis in de regio"],
    conditions: [],
    wording: "een fusie of duurzame samenwerking waarbij de instelling is betrokken",
  },
  {
    id: "transfer-of-control",
    right: "advice",
    citation: art7("c"),
    title: { nl: "Overdracht van zeggenschap over de zorg", en: "Transfer of control over the care" },
    explanation: {
      nl: "Een andere organisatie krijgt de zeggenschap over de zorg, of over een deel van de zorg. Bijvoorbeeld bij een overname of verkoop. De cliëntenraad mag daarover advies geven.",
      en: "Another organisation takes control over the care, or over part of it, for example through a takeover or sale. The client council may give advice.",
    },
    examples: ["Overname van de thuiszorgtak door Thuiszorg Oost", "Overdracht van de dagbesteding aan een andere aanbieder"],
    conditions: [],
    wording: "een overdracht van de zeggenschap over de zorg of een onderdeel daarvan",
  },
  {
    id: "ending-or-expanding-care",
    right: "advice",
    citation: art7("d"),
    title: { nl: "Stoppen met zorg of de zorg flink uitbreiden", en: "Ending care or expanding it considerably" },
    explanation: {
      nl: "De organisatie wil stoppen met (een deel van) de zorg, of de zorg flink uitbreiden. Bijvoorbeeld een locatie of afdeling sluiten of openen. De cliëntenraad mag daarover advies geven.",
      en: "The organisation wants to stop (part of) its care, or expand it considerably, for example by closing or opening a location or ward. The client council may give advice.",
    },
    examples: ["Sluiting van locatie Het Anker", "Opening van een nieuwe locatie voor mensen met dementie"],
    conditions: [],
    wording: "een gehele of gedeeltelijke beëindiging dan wel een belangrijke uitbreiding van de zorgverlening",
  },
  {
    id: "major-organisational-change",
    right: "advice",
    citation: art7("e"),
    title: { nl: "Belangrijke verandering in de organisatie", en: "Major change in the organisation" },
    explanation: {
      nl: "De organisatie wil de manier waarop de zorg georganiseerd is flink veranderen. Bijvoorbeeld een reorganisatie of nieuwe teams. De cliëntenraad mag daarover advies geven.",
      en: "The organisation wants to make a major change in how the care is organised, for example a reorganisation or new teams. The client council may give advice.",
    },
    examples: ["Reorganisatie van de wijkteams", "Invoering van zelfsturende teams op alle locaties"],
    conditions: [],
    wording: "een belangrijke wijziging in de organisatie van de zorgverlening",
  },
  {
    id: "board-supervisor-profiles",
    right: "advice",
    citation: art7("f", [SOURCES.dirkzwager]),
    title: { nl: "Profielen voor bestuur en raad van toezicht", en: "Profiles for the board and the supervisory board" },
    explanation: {
      nl: "De organisatie beschrijft wat voor mensen zij zoekt voor de raad van toezicht of het bestuur (een profielschets). De cliëntenraad mag daarover advies geven.",
      en: "The organisation describes the kind of people it looks for on the supervisory board or the board (a profile). The client council may give advice.",
    },
    examples: ["Profielschets voor een nieuw lid van de raad van toezicht", "Vaststellen van het profiel voor de bestuurder"],
    conditions: [],
    wording: "een profielschets voor de benoeming van de leden van het toezichthoudend orgaan en de leden van het bestuur van de instelling",
  },
  {
    id: "budget-and-accounts",
    right: "advice",
    citation: art7("g"),
    title: { nl: "Begroting en jaarrekening", en: "Budget and annual accounts" },
    explanation: {
      nl: "De organisatie maakt haar begroting (het geld voor volgend jaar) of haar jaarrekening (het geld van vorig jaar). De cliëntenraad mag daarover advies geven.",
      en: "The organisation draws up its budget (the money for next year) or its annual accounts (the money of last year). The client council may give advice.",
    },
    examples: ["Begroting 2027", "De jaarrekening over 2025"],
    conditions: [],
    wording: "de vaststelling van de begroting en de jaarrekening van de instelling",
  },
  {
    id: "housing-and-building",
    right: "advice",
    citation: art7("h"),
    title: { nl: "Huisvesting, verbouw, nieuwbouw of verhuizing", en: "Housing, renovation, new building or relocation" },
    explanation: {
      nl: "De organisatie wil flink verbouwen, nieuw bouwen of verhuizen, of maakt beleid over de gebouwen. De cliëntenraad mag daarover advies geven. Dit geldt alleen bij organisaties waar mensen lang wonen.",
      en: "The organisation plans a major renovation, new building or a move, or sets policy on its buildings. The client council may give advice. This applies only where people live for a long time.",
    },
    examples: ["Grootschalige renovatie van woonzorgcentrum De Linde", "Verhuizing van de bewoners naar de nieuwbouw"],
    conditions: [longTermStay("h")],
    wording: "… van een instelling die erop is ingericht cliënten langdurig te laten verblijven …",
  },
  {
    id: "care-manager-appointment",
    right: "advice",
    citation: art7("i"),
    title: { nl: "Kiezen en benoemen van leidinggevenden", en: "Selecting and appointing managers" },
    explanation: {
      nl: "De organisatie kiest en benoemt een leidinggevende, zoals een teamleider of locatiemanager. De cliëntenraad mag daarover advies geven. Dit geldt alleen bij organisaties waar mensen lang wonen.",
      en: "The organisation selects and appoints a manager, such as a team leader or location manager. The client council may give advice. This applies only where people live for a long time.",
    },
    examples: ["Benoeming van een nieuwe locatiemanager", "Selectie van de teamleider voor afdeling De Vlinder"],
    conditions: [longTermStay("i")],
    wording: "… indien het een instelling betreft die erop is ingericht cliënten langdurig te laten verblijven",
  },
  {
    id: "participation-regulation",
    right: "consent",
    citation: art8("a"),
    title: { nl: "Medezeggenschapsregeling", en: "Participation regulation" },
    explanation: {
      nl: "In de medezeggenschapsregeling staan de afspraken over de cliëntenraad. De organisatie mag deze regeling alleen maken of veranderen als de cliëntenraad instemt.",
      en: "The participation regulation holds the rules about the client council. The organisation may only adopt or change it with the council's consent.",
    },
    examples: ["Wijziging van de medezeggenschapsregeling", "Nieuwe medezeggenschapsregeling na de fusie"],
    conditions: [],
  },
  {
    id: "complaints-regulation",
    right: "consent",
    citation: art8("a"),
    title: { nl: "Klachtenregeling", en: "Complaints regulation" },
    explanation: {
      nl: "In de klachtenregeling staat hoe cliënten een klacht kunnen indienen en wat er dan gebeurt. Voor een nieuwe of andere regeling is instemming van de cliëntenraad nodig.",
      en: "The complaints regulation says how clients can complain and what happens next. A new or changed regulation needs the council's consent.",
    },
    examples: ["Nieuwe klachtenregeling voor cliënten", "Aanpassing van de klachtenprocedure"],
    conditions: [],
  },
  {
    id: "client-regulations",
    right: "consent",
    citation: art8("a"),
    title: { nl: "Regels voor cliënten, zoals huisregels en prijzen", en: "Rules for clients, such as house rules and prices" },
    explanation: {
      nl: "Regels die voor cliënten gelden, zoals huisregels, bezoekregels en de prijzen van diensten voor cliënten. Voor nieuwe of andere regels is instemming van de cliëntenraad nodig.",
      en: "Rules that apply to clients, such as house rules, visiting rules and the prices of services to clients. New or changed rules need the council's consent.",
    },
    examples: ["Nieuwe huisregels voor locatie De Beuk", "Verhoging van de prijs van de wasservice voor bewoners"],
    conditions: [],
  },
  {
    id: "complaints-officer-profile",
    right: "consent",
    citation: art8("b"),
    title: { nl: "Profiel van de klachtenfunctionaris", en: "Profile of the complaints officer" },
    explanation: {
      nl: "De klachtenfunctionaris helpt cliënten met een klacht. Voor het profiel van deze functie is instemming van de cliëntenraad nodig.",
      en: "The complaints officer helps clients who have a complaint. The profile for this job needs the council's consent.",
    },
    examples: ["Functieprofiel van de klachtenfunctionaris"],
    conditions: [],
  },
  {
    id: "care-plan-procedure",
    right: "consent",
    citation: art8("c"),
    title: { nl: "Werkwijze voor zorgplannen", en: "Procedure for care plans" },
    explanation: {
      nl: "Hoe het zorgplan van een cliënt wordt gemaakt en besproken. Voor een nieuwe of andere werkwijze is instemming van de cliëntenraad nodig.",
      en: "How a client's care plan is drawn up and discussed. A new or changed procedure needs the council's consent.",
    },
    examples: ["Nieuwe werkwijze voor de zorgplanbespreking", "Procedure voor het opstellen van ondersteuningsplannen"],
    conditions: [],
  },
  {
    id: "quality-safety-hygiene",
    right: "consent",
    citation: ART8_POLICY,
    title: { nl: "Beleid voor kwaliteit, veiligheid en hygiëne", en: "Policy on quality, safety and hygiene" },
    explanation: {
      nl: "Het algemene beleid voor goede, veilige en schone zorg. Ook het kwaliteitsplan van een verpleeghuis hoort hierbij. Hiervoor is instemming van de cliëntenraad nodig.",
      en: "General policy on good, safe and clean care, including a nursing home's quality plan. It needs the council's consent.",
    },
    examples: ["Kwaliteitsplan 2027", "Nieuw beleid voor infectiepreventie en hygiëne"],
    conditions: [generalPolicy],
  },
  {
    id: "admission-and-ending-care",
    right: "consent",
    citation: ART8_POLICY,
    title: { nl: "Beleid voor toelating en beëindiging van zorg", en: "Policy on admission and ending care" },
    explanation: {
      nl: "De algemene regels over wie zorg krijgt en wanneer de zorg voor een cliënt stopt. Hiervoor is instemming van de cliëntenraad nodig.",
      en: "General rules on who is admitted to care and when a client's care ends. They need the council's consent.",
    },
    examples: ["Nieuw opnamebeleid", "Beleid voor het beëindigen van de zorg bij agressie"],
    conditions: [generalPolicy],
  },
  {
    id: "daily-life-policy",
    right: "consent",
    citation: ART8_POLICY,
    title: { nl: "Beleid voor eten, zingeving, ontspanning en maatschappelijke hulp", en: "Policy on food, spiritual care, recreation and social assistance" },
    explanation: {
      nl: "Het algemene beleid over eten en drinken, geestelijke verzorging, activiteiten en ontspanning, en maatschappelijke hulp. Hiervoor is instemming van de cliëntenraad nodig. Een eenmalige verandering is niet altijd algemeen beleid.",
      en: "General policy on food and drink, spiritual care, activities and recreation, and social assistance. It needs the council's consent. A one-off change is not in itself general policy.",
    },
    // A one-off change ("minder activiteiten volgend weekend") is not in itself general policy: the examples are policy.
    examples: ["Nieuw voedingsbeleid", "Nieuw beleid voor activiteiten en ontspanning op alle locaties", "Nieuw beleid voor de geestelijke verzorging"],
    conditions: [generalPolicy],
  },
  {
    id: "social-plan",
    right: "consent",
    citation: ART8_BUILDING,
    title: { nl: "Sociaal plan voor cliënten", en: "Social plan for clients" },
    explanation: {
      nl: "Bij verbouw, nieuwbouw of verhuizing maakt de organisatie afspraken over wat dit voor cliënten betekent, zoals hulp en kosten bij de verhuizing. Voor dit sociaal plan is instemming nodig. Dit geldt alleen bij organisaties waar mensen lang wonen.",
      en: "For a renovation, new building or move, the organisation agrees what this means for clients, such as help and costs of moving. This social plan needs the council's consent. This applies only where people live for a long time.",
    },
    examples: ["Sociaal plan voor de bewoners bij de verhuizing naar de nieuwbouw"],
    conditions: [longTermStayConsent],
  },
  {
    id: "room-layout",
    right: "consent",
    citation: ART8_BUILDING,
    title: { nl: "Inrichting van ruimten voor zorg", en: "Layout of rooms for care" },
    explanation: {
      nl: "Hoe de kamers en andere ruimten voor cliënten worden ingedeeld en ingericht bij verbouw, nieuwbouw of verhuizing. Hiervoor is instemming van de cliëntenraad nodig. Dit geldt alleen bij organisaties waar mensen lang wonen.",
      en: "How rooms and other spaces for clients are laid out and furnished when renovating, building or moving. It needs the council's consent. This applies only where people live for a long time.",
    },
    examples: ["Indeling van de appartementen in de nieuwbouw", "Inrichting van de huiskamers na de verbouwing"],
    conditions: [longTermStayConsent],
  },
  {
    id: "supporter-appointment",
    right: "consent",
    citation: ART8_SUPPORTER,
    title: { nl: "Kiezen en benoemen van de onafhankelijke ondersteuner", en: "Selecting and appointing the council's independent supporter" },
    explanation: {
      nl: "De onafhankelijke ondersteuner helpt de cliëntenraad, maar is geen lid. Voor het kiezen en benoemen van wie deze ondersteuning geeft, is instemming van de cliëntenraad nodig. Een ambtelijk secretaris doet vaak alleen het secretariaat; dan geldt dit niet vanzelf.",
      en: "The independent supporter helps the client council but is not a member. Selecting and appointing the persons who give this support needs the council's consent. An ambtelijk secretaris often only does the administration; then this does not apply as such.",
    },
    examples: ["Selectie en benoeming van een nieuwe onafhankelijke ondersteuner van de cliëntenraad"],
    conditions: [],
  },
];

const byId = new Map(topics.map((topic) => [topic.id, topic]));

/**
 * The topic with this id.
 *
 * @throws {Error} never for a valid `TopicId` (every id has data; a test checks it)
 * @example
 * topicById("budget-and-accounts").citation.point; // "g"
 */
export function topicById(id: TopicId): Topic {
  const topic = byId.get(id);
  if (topic === undefined) throw new Error(`No topic data for ${id}`);
  return topic;
}

/**
 * Every topic id in law order: advice a–i, then consent.
 *
 * @example
 * TOPIC_IDS.length; // 20
 */
export const TOPIC_IDS: readonly TopicId[] = [...ADVICE_TOPIC_IDS, ...CONSENT_TOPIC_IDS];

/**
 * Zod schema for a topic id.
 *
 * @example
 * TopicIdSchema.safeParse("social-plan").success; // true
 */
export const TopicIdSchema = z.enum([...ADVICE_TOPIC_IDS, ...CONSENT_TOPIC_IDS]);
