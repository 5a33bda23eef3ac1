import { type Citation, type CitationStatus, WMCZ_2018 } from "../../_lib/citation/index.js";
import { SOURCES } from "../sources/index.js";
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
  /** A remark that is not confirmed (or only partly), with its status, shown apart from the definition. */
  readonly caveat?: { readonly text: LocalisedText; readonly status: CitationStatus };
};

const law: Citation = { law: WMCZ_2018, status: "confirmed", sources: [SOURCES.lawNote] };
/** The sources the law note names per article (see `../sources/`). */
const SOURCES_BY_ARTICLE: Record<string, NonNullable<Citation["sources"]>> = {
  "2": [SOURCES.lawNote],
  "3": [SOURCES.lsr, SOURCES.eldermansGeerts],
  "7": [SOURCES.orAcademy, SOURCES.rivierduinen, SOURCES.zorginstituut],
  "8": [SOURCES.orAcademy, SOURCES.rivierduinen, SOURCES.meepraten],
  "9": [SOURCES.lawNote],
  "10": [SOURCES.dirkzwager],
  "14": [SOURCES.billAsAmended],
};
const art = (article: string, paragraph?: number, point?: string): Citation => ({
  law: WMCZ_2018,
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(point === undefined ? {} : { point }),
  status: "confirmed",
  sources: SOURCES_BY_ARTICLE[article] ?? [SOURCES.lawNote],
});
const art8Topic: Citation = { law: WMCZ_2018, article: "8", status: "topic-confirmed", sources: [SOURCES.meepraten, SOURCES.zorginstituut] };
const art3lid1: Citation = { law: WMCZ_2018, article: "3", paragraph: 1, status: "confirmed", sources: [SOURCES.eldermansGeerts] };

/**
 * Wmcz terms for the browser extension and help texts, Dutch headword first. Citations follow
 * `shared/domain/wmcz-2018.md`: an article only where confirmed; terms that are practice, not
 * law (achterban, conflicterend belang) carry none.
 *
 * @example
 * glossary.length >= 25; // true
 * glossary.find((g) => g.id === "bindende-voordracht")?.citation; // { law: "Wmcz 2018", article: "10", status: "confirmed" }
 */
// Built in a function marked pure, so a bundle that never reads the glossary (only assessDecision) drops it.
export const glossary: readonly GlossaryEntry[] = /* @__PURE__ */ ((): readonly GlossaryEntry[] => [
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
    citation: art("8"),
  },
  {
    id: "ongevraagd-advies",
    term: "ongevraagd advies",
    variants: ["ongevraagd advies", "ongevraagde adviezen", "ongevraagde advies"],
    definition: {
      nl: "Advies dat de cliëntenraad uit zichzelf geeft, over alles wat voor cliënten belangrijk is. De organisatie beslist zo snel mogelijk. Volgt zij het advies niet, dan overlegt zij eerst minstens één keer met de raad en schrijft zij waarom.",
      en: "Advice the council gives on its own initiative, on anything that matters to clients. The organisation decides as soon as possible; if it will not follow it, it first consults the council at least once and explains why in writing.",
    },
    citation: art("9"),
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
    variants: ["ondersteuner", "ondersteuners", "onafhankelijke ondersteuner", "onafhankelijke ondersteuning"],
    definition: {
      nl: "Iemand die de cliëntenraad onafhankelijk ondersteunt, bijvoorbeeld met advies en kennis. De ondersteuner is geen lid. Voor het kiezen en benoemen van wie deze ondersteuning geeft, is instemming van de raad nodig.",
      en: "Someone who gives the council independent support, for example advice and know-how. Not a member. Selecting and appointing the persons who give this support needs the council's consent.",
    },
    citation: { law: WMCZ_2018, article: "8", status: "topic-confirmed", sources: [SOURCES.amendment30] },
    caveat: {
      text: {
        nl: "Het recht op onafhankelijke ondersteuning zelf staat in art. 6 lid 3 (nummering van het wetsvoorstel; in de wet kan het lid anders zijn).",
        en: "The right to independent support itself is art. 6(3) (bill numbering; the enacted lid may differ).",
      },
      status: "confirmed",
    },
  },
  {
    id: "ambtelijk-secretaris",
    term: "ambtelijk secretaris",
    variants: ["ambtelijk secretaris", "ambtelijke secretaris", "ambtelijk secretarissen", "ambtelijke secretarissen"],
    definition: {
      nl: "Iemand die het secretariaat van de cliëntenraad doet, zoals verslagen en post. Veel regelingen zien dit als een aparte rol, niet als de onafhankelijke ondersteuner. Alleen als deze persoon de onafhankelijke ondersteuning geeft, is voor de benoeming instemming nodig.",
      en: "Someone who runs the council's secretariat, such as minutes and mail. Many regulations treat this as a separate role, not as the independent supporter. Only where this person gives the independent support does the appointment need consent.",
    },
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
      nl: "Afspraken over wat een verbouwing, nieuwbouw of verhuizing betekent voor cliënten, zoals hulp en kosten. Bij een instelling die is ingericht voor langdurig verblijf is hiervoor instemming nodig.",
      en: "Agreements on what a renovation, new building or move means for clients, such as help and costs. At an instelling set up for long-term stay it needs the council's consent.",
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
    variants: ["langdurig verblijf", "langdurig verblijven", "ingericht op langdurig verblijf"],
    definition: {
      nl: "Het gaat om de instelling: is zij erop ingericht dat cliënten er lang verblijven, zoals een verpleeghuis? Het gaat niet om de soort zorg: Wlz-zorg kan ook thuis zijn. Alleen bij zo'n instelling heeft de raad adviesrecht over huisvesting en het kiezen van leidinggevenden, en instemmingsrecht over het sociaal plan en de inrichting van ruimten.",
      en: "This is about the instelling: is it set up for clients to stay there long-term, like a nursing home? It is not about the kind of care: Wlz care can be given at home. Only there does the council advise on housing and choosing managers, and consent to the social plan and the layout of rooms.",
    },
    citation: art("7", 1),
  },
  {
    id: "commissie-van-vertrouwenslieden",
    term: "commissie van vertrouwenslieden",
    variants: ["commissie van vertrouwenslieden", "landelijke commissie van vertrouwenslieden", "lcvv", "cvv"],
    definition: {
      nl: "Een onafhankelijke commissie die beslist als de organisatie en de cliëntenraad het niet eens worden. In de praktijk is dat de landelijke LCvV. De regels voor geschillen staan in art. 13; art. 14 stelt de commissie in. Is er geen cliëntenraad? Dan kan een groep cliënten en vertegenwoordigers ook naar de commissie, bijvoorbeeld om een raad te krijgen.",
      en: "An independent commission that decides when organisation and council disagree; in practice the national LCvV. The dispute rules are in art. 13; art. 14 establishes the commission. Where no council exists, a representative group of clients and their representatives can also go to it, for example to have a council installed.",
    },
    citation: art("14"),
  },
  {
    id: "vervangende-toestemming",
    term: "vervangende toestemming",
    variants: ["vervangende toestemming"],
    definition: {
      nl: "Zegt de cliëntenraad nee tegen een besluit waarvoor instemming nodig is? Dan kan de organisatie alleen verder als de commissie van vertrouwenslieden toch toestemming geeft. Dat kan als het nee onredelijk was, of bij zwaarwegende redenen van welke aard ook.",
      en: "If the council refuses consent, the organisation can only go on when the commissie van vertrouwenslieden gives consent instead: when refusing was unreasonable, or for weighty reasons of any kind.",
    },
    citation: { law: WMCZ_2018, article: "8", status: "confirmed", sources: [SOURCES.amendment25] },
  },
  {
    id: "nietigheid",
    term: "nietigheid",
    variants: ["nietigheid", "nietig", "nietige"],
    definition: {
      nl: "Een besluit zonder de nodige instemming telt niet, als de cliëntenraad dat binnen een maand schriftelijk laat weten. Doe dat meteen.",
      en: "A decision taken without the required consent is void if the council says so in writing within one month. Do it at once.",
    },
    citation: law,
    caveat: {
      text: {
        nl: "Wanneer die maand begint, is voor de wet van 2018 niet bevestigd.",
        en: "When that month starts is not confirmed for the 2018 law.",
      },
      status: "unconfirmed",
    },
  },
  {
    id: "ondernemingskamer",
    term: "Ondernemingskamer",
    variants: ["ondernemingskamer"],
    definition: {
      nl: "Een afdeling van het gerechtshof in Amsterdam. Alleen hier kan beroep worden ingesteld tegen een uitspraak van de commissie van vertrouwenslieden: binnen drie maanden nadat de uitspraak is meegedeeld. Cassatie is niet mogelijk. Houdt de organisatie zich niet aan een uitspraak, dan kan de raad hier ook om naleving vragen.",
      en: "A chamber of the Amsterdam court of appeal. It is the only place to appeal a ruling of the commissie van vertrouwenslieden: within three months after the ruling was communicated, no cassation. Compliance with a ruling can be requested here too.",
    },
    citation: { law: WMCZ_2018, article: "13", status: "confirmed", sources: [SOURCES.amendment22, SOURCES.dirkzwager] },
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
      nl: "De cliëntenraad mag voor minstens één lid van de raad van toezicht een bindende voordracht doen: de raad draagt een kandidaat voor, die bij het profiel moet passen.",
      en: "The council may make a binding nomination for at least one seat on the supervisory board: it puts forward a candidate, who must fit the profile.",
    },
    citation: art("10"),
    caveat: {
      text: {
        nl: "Past de kandidaat niet bij het profiel, dan kan de raad van toezicht weigeren. Niet bevestigd in de bronnen die wij konden controleren.",
        en: "The supervisory board can refuse a nominee who does not fit the profile. Not confirmed in the sources we could check.",
      },
      status: "unconfirmed",
    },
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
      nl: "De organisatie die zorg geeft. De wet spreekt van 'de instelling'. Geven er gewoonlijk meer dan 10 mensen zorg, dan moet zij een cliëntenraad hebben (soms pas boven 25).",
      en: "The organisation that provides care; the law speaks of 'de instelling'. Where care is normally given by more than 10 people it must have a client council (in some cases above 25).",
    },
    citation: art3lid1,
  },
  {
    id: "inspraak",
    term: "inspraak",
    variants: ["inspraak"],
    definition: {
      nl: "Een instelling die erop is ingericht dat cliënten er langdurig verblijven, regelt dat cliënten meepraten over zaken van het dagelijks leven.",
      en: "An instelling set up for clients to stay long-term organises a say for clients on matters of daily life.",
    },
    citation: art("2"),
  },
  {
    id: "overlegvergadering",
    term: "overlegvergadering",
    variants: ["overlegvergadering", "overlegvergaderingen", "overleg"],
    definition: {
      nl: "Het gesprek tussen de cliëntenraad en de bestuurder over het beleid. Hoe vaak, spreek je af in de medezeggenschapsregeling.",
      en: "The meeting between council and board on policy. Agree how often in the participation regulation.",
    },
    citation: law,
    caveat: {
      text: {
        nl: "Wij vonden in de wet geen vast aantal keren per jaar. Dat is niet zeker: niet bevestigd.",
        en: "We found no fixed number of meetings per year in the law. That is not certain: unconfirmed.",
      },
      status: "unconfirmed",
    },
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
  {
    id: "informatierecht",
    term: "informatierecht",
    variants: ["informatierecht", "recht op informatie", "informatievoorziening"],
    definition: {
      nl: "De organisatie geeft de cliëntenraad op tijd alle informatie die de raad redelijkerwijs nodig heeft, op verzoek op papier. Minstens één keer per jaar geeft zij algemene informatie over het beleid van het afgelopen en het komende jaar. Mist er informatie bij een adviesaanvraag? Vraag erom.",
      en: "The organisation gives the council in time all information it reasonably needs, in writing on request, and at least once a year general information on past and planned policy. Information missing from a request? Ask for it.",
    },
    citation: law,
  },
  {
    id: "faciliteiten",
    term: "faciliteiten",
    variants: ["faciliteiten", "facilitering", "budget van de cliëntenraad", "scholing"],
    definition: {
      nl: "De organisatie geeft de cliëntenraad wat hij nodig heeft om zijn werk te doen, zoals scholing en onafhankelijke ondersteuning. Ook de kosten om naar de commissie van vertrouwenslieden te gaan. Maak een trainingsplan met kosten; dan kan de raad laten zien wat hij vraagt.",
      en: "The organisation provides the means the council needs, such as training and independent support, and the costs of going to the commissie van vertrouwenslieden. A training plan with costs shows what the council asks for.",
    },
    citation: { law: WMCZ_2018, article: "6", paragraph: 3, numbering: "bill", status: "confirmed", sources: [SOURCES.billAsAmended] },
    caveat: {
      text: {
        nl: "Art. 6 lid 3 (nummering wetsvoorstel) gaat over onafhankelijke ondersteuning en de kosten van de commissie. Scholing en de algemene kostenregel zijn bevestigd door andere bronnen; het artikel daarvan is niet bevestigd. Kosten van juridische hulp bij de commissie zijn niet voor de instelling, tenzij dat is afgesproken.",
        en: "Art. 6(3) (bill numbering) covers independent support and the costs of the commissie. Training and the general cost rule are confirmed by secondary sources; their article is not. Legal aid before the commissie is not at the instelling's cost unless agreed.",
      },
      status: "confirmed",
    },
  },
  {
    id: "verplichte-clientenraad",
    term: "verplichte cliëntenraad",
    variants: ["verplichte cliëntenraad", "verplichte clientenraad", "vrijwillige cliëntenraad", "vrijwillige clientenraad"],
    definition: {
      nl: "Een instelling waar gewoonlijk meer dan 10 mensen zorg geven, moet een cliëntenraad hebben. Meer dan 25 geldt alleen als cliënten er niet een dag en nacht kunnen verblijven én de zorg van een soort is die in het Besluit Wmcz 2018 staat. Onder de grens mag een instelling een vrijwillige raad hebben (art. 4).",
      en: "An instelling where care is normally given by more than 10 people must have a client council. More than 25 applies only where clients cannot stay a full day and night and the care is of a kind named in the Besluit Wmcz 2018. Below the threshold an instelling may keep a voluntary council (art. 4).",
    },
    citation: art3lid1,
  },
  {
    id: "bestuurder-benoemen",
    term: "benoeming bestuurder",
    variants: ["benoeming bestuurder", "benoeming van de bestuurder", "benoeming raad van toezicht"],
    definition: {
      nl: "Over de persoon die bestuurder of lid van de raad van toezicht wordt, heeft de cliëntenraad geen advies- of instemmingsrecht. De raad adviseert wel over de profielschets (art. 7 lid 1 sub f) en mag voor minstens één lid van de raad van toezicht een bindende voordracht doen (art. 10).",
      en: "The council has no right to advise or consent on the person who becomes a board or supervisory-board member. It advises on the profile (art. 7(1)(f)) and may make a binding nomination for at least one supervisory-board member (art. 10).",
    },
    citation: art("7", 1, "f"),
  },
])();
