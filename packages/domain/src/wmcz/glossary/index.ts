import { type Citation, WMCZ_2018 } from "../../_lib/citation/index.js";
import type { LocalisedText } from "../topics/index.js";

/**
 * A Wmcz term with the surface forms to find on a page (lower case, with and without diacritics,
 * plurals), a B1 definition and its citation as far as confirmed.
 *
 * @example
 * glossary.find((g) => g.id === "instemmingsrecht")?.variants.includes("instemmingsrecht"); // true
 */
export type GlossaryEntry = {
  readonly id: string;
  /** Dutch headword. */
  readonly term: string;
  readonly variants: readonly string[];
  readonly definition: LocalisedText;
  readonly citation?: Citation;
};

const law: Citation = { law: WMCZ_2018, status: "confirmed" };
const art = (article: string, paragraph?: number, point?: string): Citation => ({
  law: WMCZ_2018,
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(point === undefined ? {} : { point }),
  status: "confirmed",
});
const art8Topic: Citation = { law: WMCZ_2018, article: "8", status: "topic-confirmed" };

/**
 * Wmcz terms for the browser extension and help texts, Dutch headword first. Citations follow
 * `shared/domain/wmcz-2018.md`: an article only where confirmed; terms that are practice, not
 * law (achterban, conflicterend belang) carry none.
 *
 * @example
 * glossary.length >= 25; // true
 * glossary.find((g) => g.id === "bindende-voordracht")?.citation; // { law: "Wmcz 2018", article: "10", status: "confirmed" }
 */
export const glossary: readonly GlossaryEntry[] = [
  {
    id: "wmcz-2018",
    term: "Wmcz 2018",
    variants: ["wmcz 2018", "wmcz", "wet medezeggenschap cliënten zorginstellingen 2018", "wet medezeggenschap clienten zorginstellingen 2018", "wet medezeggenschap cliënten zorginstellingen"],
    definition: {
      nl: "De wet over de inspraak van cliënten in zorgorganisaties. Geldt sinds 1 juli 2020.",
      en: "The Dutch law on client participation in care organisations, in force since 1 July 2020.",
    },
    citation: law,
  },
  {
    id: "adviesrecht",
    term: "adviesrecht",
    variants: ["adviesrecht", "adviesrechten", "recht op advies"],
    definition: {
      nl: "De organisatie moet de cliëntenraad om advies vragen voordat zij over bepaalde onderwerpen beslist. Zij mag daarna anders besluiten, maar moet uitleggen waarom.",
      en: "The organisation must ask the client council for advice before deciding certain matters. It may then decide otherwise, but must explain why.",
    },
    citation: art("7", 1),
  },
  {
    id: "instemmingsrecht",
    term: "instemmingsrecht",
    variants: ["instemmingsrecht", "instemmingsrechten", "recht op instemming"],
    definition: {
      nl: "Voor sommige besluiten heeft de organisatie de toestemming van de cliëntenraad nodig. Zonder die instemming mag zij het besluit niet uitvoeren.",
      en: "Some decisions need the client council's consent. Without it, the organisation may not carry them out.",
    },
    citation: { law: WMCZ_2018, article: "8", status: "confirmed" },
  },
  {
    id: "ongevraagd-advies",
    term: "ongevraagd advies",
    variants: ["ongevraagd advies", "ongevraagde adviezen", "ongevraagde advies"],
    definition: {
      nl: "Advies dat de cliëntenraad uit zichzelf geeft, over alles wat voor cliënten belangrijk is. De organisatie moet erop reageren.",
      en: "Advice the council gives on its own initiative, on anything that matters to clients. The organisation must respond.",
    },
    citation: law,
  },
  {
    id: "verzwaard-adviesrecht",
    term: "verzwaard adviesrecht",
    variants: ["verzwaard adviesrecht", "verzwaarde adviesrechten", "verzwaard advies"],
    definition: {
      nl: "Een begrip uit de oude wet van 1996. Onder de Wmcz 2018 zijn deze onderwerpen instemmingsrecht geworden.",
      en: "A term from the old 1996 law. Under the Wmcz 2018 these topics became consent topics.",
    },
  },
  {
    id: "voorgenomen-besluit",
    term: "voorgenomen besluit",
    variants: ["voorgenomen besluit", "voorgenomen besluiten", "voornemen", "voornemens"],
    definition: {
      nl: "Een besluit dat de organisatie wil nemen, maar nog niet heeft genomen. Dan is er nog ruimte voor advies of instemming.",
      en: "A decision the organisation intends to take but has not yet taken, so there is still room for advice or consent.",
    },
  },
  {
    id: "tijdig",
    term: "tijdig",
    variants: ["tijdig", "tijdige", "op tijd"],
    definition: {
      nl: "De organisatie moet op tijd om advies of instemming vragen: zo vroeg dat de cliëntenraad het besluit nog kan beïnvloeden. De wet noemt geen vast aantal dagen.",
      en: "The organisation must ask in time: early enough for the council to still influence the decision. The law sets no fixed number of days.",
    },
    citation: law,
  },
  {
    id: "medezeggenschapsregeling",
    term: "medezeggenschapsregeling",
    variants: ["medezeggenschapsregeling", "medezeggenschapsregelingen", "regeling medezeggenschap"],
    definition: {
      nl: "De afspraken tussen organisatie en cliëntenraad: hoeveel leden, wie lid kan worden, hoe de raad informatie krijgt en welke termijnen gelden. Hiervoor is instemming nodig.",
      en: "The rules between organisation and council: number of members, who may join, how the council gets information, which periods apply. It needs the council's consent.",
    },
    citation: art("3"),
  },
  {
    id: "huishoudelijk-reglement",
    term: "huishoudelijk reglement",
    variants: ["huishoudelijk reglement", "huishoudelijke reglementen"],
    definition: {
      nl: "De eigen werkafspraken van de cliëntenraad, bijvoorbeeld over vergaderen en werven van leden.",
      en: "The council's own working rules, for example on meetings and recruiting members.",
    },
    citation: law,
  },
  {
    id: "clientenraad",
    term: "cliëntenraad",
    variants: ["cliëntenraad", "clientenraad", "cliëntenraden", "clientenraden", "cliëntraad", "clientraad"],
    definition: {
      nl: "Een groep mensen die opkomt voor de belangen van cliënten van een zorgorganisatie. De raad geeft advies en beslist soms mee.",
      en: "A group that stands up for the interests of a care organisation's clients. It advises and sometimes has to consent.",
    },
    citation: law,
  },
  {
    id: "centrale-clientenraad",
    term: "centrale cliëntenraad",
    variants: ["centrale cliëntenraad", "centrale clientenraad", "centrale cliëntenraden", "centrale clientenraden", "ccr"],
    definition: {
      nl: "De cliëntenraad voor de hele organisatie, naast raden per locatie. Wie waarover gaat, staat in de medezeggenschapsregeling.",
      en: "The council for the whole organisation, next to councils per location. The participation regulation says who handles what.",
    },
  },
  {
    id: "achterban",
    term: "achterban",
    variants: ["achterban", "achterbannen"],
    definition: {
      nl: "De cliënten en hun naasten voor wie de cliëntenraad opkomt. De raad vraagt hen wat zij belangrijk vinden.",
      en: "The clients and their families the council represents. The council asks them what matters to them.",
    },
  },
  {
    id: "ondersteuner",
    term: "ondersteuner",
    variants: ["ondersteuner", "ondersteuners", "ambtelijk secretaris", "ambtelijke secretaris", "ambtelijk secretarissen", "ambtelijke ondersteuning"],
    definition: {
      nl: "Iemand die de cliëntenraad helpt, bijvoorbeeld met verslagen en planning. De ondersteuner is geen lid. Voor de keuze is instemming van de raad nodig.",
      en: "Someone who helps the council, for example with minutes and planning. Not a member. Choosing the supporter needs the council's consent.",
    },
    citation: { law: WMCZ_2018, status: "topic-confirmed" },
  },
  {
    id: "conflicterend-belang",
    term: "conflicterend belang",
    variants: ["conflicterend belang", "conflicterende belangen", "tegenstrijdig belang", "tegenstrijdige belangen", "belangenverstrengeling"],
    definition: {
      nl: "Iemand heeft ook een andere band met de organisatie, bijvoorbeeld als medewerker of leverancier. Daarom kan diegene vaak geen lid zijn van de cliëntenraad.",
      en: "A person has another tie to the organisation, for example as an employee or supplier, and therefore often cannot sit on the council.",
    },
  },
  {
    id: "klachtenregeling",
    term: "klachtenregeling",
    variants: ["klachtenregeling", "klachtenregelingen", "klachtregeling", "klachtenprocedure"],
    definition: {
      nl: "De regels over hoe cliënten een klacht indienen en wat er dan gebeurt. Hiervoor is instemming van de cliëntenraad nodig.",
      en: "The rules on how clients complain and what happens next. They need the council's consent.",
    },
    citation: art("8", 1, "a"),
  },
  {
    id: "klachtenfunctionaris",
    term: "klachtenfunctionaris",
    variants: ["klachtenfunctionaris", "klachtenfunctionarissen", "klachtfunctionaris"],
    definition: {
      nl: "Een onafhankelijke persoon die cliënten helpt met een klacht. Voor het profiel van deze functie is instemming nodig.",
      en: "An independent person who helps clients with a complaint. The job profile needs the council's consent.",
    },
    citation: art("8", 1, "b"),
  },
  {
    id: "zorgplan",
    term: "zorgplan",
    variants: ["zorgplan", "zorgplannen", "zorgleefplan", "zorgleefplannen", "ondersteuningsplan", "ondersteuningsplannen", "zorgplanbespreking"],
    definition: {
      nl: "Het plan met afspraken over de zorg voor één cliënt. Voor de manier waarop zorgplannen worden gemaakt en besproken, is instemming nodig.",
      en: "The plan with agreements on one client's care. The way care plans are drawn up and discussed needs the council's consent.",
    },
    citation: art("8", 1, "c"),
  },
  {
    id: "kwaliteitsplan",
    term: "kwaliteitsplan",
    variants: ["kwaliteitsplan", "kwaliteitsplannen", "kwaliteitskader"],
    definition: {
      nl: "Het plan van de organisatie om de zorg goed en veilig te maken. Voor het kwaliteitsbeleid is instemming nodig.",
      en: "The organisation's plan for good and safe care. Quality policy needs the council's consent.",
    },
    citation: art8Topic,
  },
  {
    id: "sociaal-plan",
    term: "sociaal plan",
    variants: ["sociaal plan", "sociale plannen", "sociaal statuut"],
    definition: {
      nl: "Afspraken over wat een verbouwing, nieuwbouw of verhuizing betekent voor cliënten, zoals hulp en kosten. Hiervoor is instemming nodig.",
      en: "Agreements on what a renovation, new building or move means for clients, such as help and costs. It needs the council's consent.",
    },
    citation: art8Topic,
  },
  {
    id: "profielschets",
    term: "profielschets",
    variants: ["profielschets", "profielschetsen", "profiel", "profielen"],
    definition: {
      nl: "Een beschrijving van wat voor iemand de organisatie zoekt, bijvoorbeeld voor de raad van toezicht of het bestuur. Daarover mag de cliëntenraad adviseren.",
      en: "A description of the person the organisation looks for, for example for the supervisory board or the board. The council may advise on it.",
    },
    citation: art("7", 1, "f"),
  },
  {
    id: "begroting",
    term: "begroting",
    variants: ["begroting", "begrotingen", "jaarbegroting", "meerjarenbegroting"],
    definition: {
      nl: "Het plan voor het geld van volgend jaar: wat komt er binnen en wat wordt er uitgegeven. De cliëntenraad mag erover adviseren.",
      en: "The plan for next year's money: what comes in and what is spent. The council may advise on it.",
    },
    citation: art("7", 1, "g"),
  },
  {
    id: "jaarrekening",
    term: "jaarrekening",
    variants: ["jaarrekening", "jaarrekeningen"],
    definition: {
      nl: "Het overzicht van het geld van vorig jaar. De cliëntenraad mag erover adviseren.",
      en: "The overview of last year's money. The council may advise on it.",
    },
    citation: art("7", 1, "g"),
  },
  {
    id: "fusie",
    term: "fusie",
    variants: ["fusie", "fusies", "fuseren", "fuseert", "gefuseerd"],
    definition: {
      nl: "Twee of meer organisaties gaan samen verder als één. De cliëntenraad mag erover adviseren.",
      en: "Two or more organisations continue as one. The council may advise on it.",
    },
    citation: art("7", 1, "b"),
  },
  {
    id: "langdurig-verblijf",
    term: "langdurig verblijf",
    variants: ["langdurig verblijf", "langdurige zorg"],
    definition: {
      nl: "Zorg waarbij mensen lang in de organisatie wonen, zoals in een verpleeghuis. Alleen daar heeft de raad adviesrecht over huisvesting en over het kiezen van leidinggevenden.",
      en: "Care where people live in the organisation for a long time, as in a nursing home. Only there does the council advise on housing and on choosing managers.",
    },
    citation: art("7", 1),
  },
  {
    id: "commissie-van-vertrouwenslieden",
    term: "commissie van vertrouwenslieden",
    variants: ["commissie van vertrouwenslieden", "landelijke commissie van vertrouwenslieden", "lcvv", "cvv"],
    definition: {
      nl: "Een onafhankelijke commissie die beslist als de organisatie en de cliëntenraad het niet eens worden. In de praktijk is dat de landelijke LCvV.",
      en: "An independent commission that decides when organisation and council disagree. In practice the national LCvV.",
    },
    citation: art("14"),
  },
  {
    id: "vervangende-toestemming",
    term: "vervangende toestemming",
    variants: ["vervangende toestemming"],
    definition: {
      nl: "Zegt de cliëntenraad nee tegen een besluit waarvoor instemming nodig is? Dan kan de organisatie alleen verder als de commissie van vertrouwenslieden toch toestemming geeft.",
      en: "If the council refuses consent, the organisation can only go on when the commissie van vertrouwenslieden gives consent instead.",
    },
    citation: law,
  },
  {
    id: "nietigheid",
    term: "nietigheid",
    variants: ["nietigheid", "nietig", "nietige"],
    definition: {
      nl: "Een besluit zonder de nodige instemming telt niet, als de cliëntenraad dat binnen een maand schriftelijk laat weten.",
      en: "A decision taken without the required consent is void if the council says so in writing within one month.",
    },
    citation: law,
  },
  {
    id: "ondernemingskamer",
    term: "Ondernemingskamer",
    variants: ["ondernemingskamer"],
    definition: {
      nl: "Een afdeling van het gerechtshof in Amsterdam. Alleen hier kan beroep worden ingesteld tegen een uitspraak van de commissie van vertrouwenslieden.",
      en: "A chamber of the Amsterdam court of appeal. It is the only place to appeal a ruling of the commissie van vertrouwenslieden.",
    },
    citation: law,
  },
  {
    id: "recht-van-enquete",
    term: "recht van enquête",
    variants: ["recht van enquête", "recht van enquete", "enquêterecht", "enqueterecht"],
    definition: {
      nl: "De cliëntenraad kan de Ondernemingskamer vragen te onderzoeken of de organisatie slecht wordt bestuurd.",
      en: "The council can ask the Enterprise Chamber to investigate whether the organisation is mismanaged.",
    },
    citation: law,
  },
  {
    id: "bindende-voordracht",
    term: "bindende voordracht",
    variants: ["bindende voordracht", "bindend voordrachtsrecht", "bindende voordrachten"],
    definition: {
      nl: "De cliëntenraad mag voor minstens één lid van de raad van toezicht de kandidaat kiezen.",
      en: "The council may choose the candidate for at least one seat on the supervisory board.",
    },
    citation: art("10"),
  },
  {
    id: "raad-van-toezicht",
    term: "raad van toezicht",
    variants: ["raad van toezicht", "raden van toezicht", "rvt", "toezichthouder", "toezichthouders"],
    definition: {
      nl: "De groep mensen die toezicht houdt op het bestuur van de organisatie.",
      en: "The body that supervises the organisation's board.",
    },
  },
  {
    id: "zorgaanbieder",
    term: "zorgaanbieder",
    variants: ["zorgaanbieder", "zorgaanbieders", "zorgorganisatie", "zorgorganisaties", "zorginstelling", "zorginstellingen"],
    definition: {
      nl: "De organisatie die zorg geeft. Met meer dan 10 (soms 25) zorgverleners moet zij een cliëntenraad hebben.",
      en: "The organisation that provides care. With more than 10 (sometimes 25) care givers it must have a client council.",
    },
    citation: law,
  },
  {
    id: "inspraak",
    term: "inspraak",
    variants: ["inspraak"],
    definition: {
      nl: "Waar cliënten langer dan ongeveer een half jaar wonen, mogen zij meepraten over zaken van het dagelijks leven.",
      en: "Where clients usually stay longer than about half a year, they have a say in matters of daily life.",
    },
    citation: law,
  },
  {
    id: "overlegvergadering",
    term: "overlegvergadering",
    variants: ["overlegvergadering", "overlegvergaderingen", "overleg"],
    definition: {
      nl: "Het gesprek tussen de cliëntenraad en de bestuurder over het beleid. De wet noemt geen vast aantal keren per jaar.",
      en: "The meeting between council and board on policy. The law sets no fixed number per year.",
    },
    citation: law,
  },
  {
    id: "igj",
    term: "Inspectie Gezondheidszorg en Jeugd",
    variants: ["inspectie gezondheidszorg en jeugd", "igj", "inspectie"],
    definition: {
      nl: "De inspectie die controleert of zorgorganisaties zich aan de Wmcz 2018 houden.",
      en: "The inspectorate that checks whether care organisations comply with the Wmcz 2018.",
    },
    citation: law,
  },
];
