import type { MessageMap, MessageParams } from "../../_lib/messages/index.js";
import { formatCalendarDate } from "../../_lib/date-text/index.js";
import type { WmczMessageCode } from "./codes.js";

/**
 * "2027-01-04" → "4 januari 2027".
 *
 * @example
 * dateNl("2027-01-04"); // "4 januari 2027"
 */
export const dateNl = (value: unknown): string => formatCalendarDate(value, "nl");

const UNITS: Record<string, [string, string]> = {
  "calendar-days": ["dag", "dagen"],
  weeks: ["week", "weken"],
  months: ["maand", "maanden"],
  "working-days": ["werkdag", "werkdagen"],
};

function periodNl(p: MessageParams): string {
  const amount = Number(p.amount);
  const unit = UNITS[String(p.unit)] ?? ["", ""];
  return `${amount} ${amount === 1 ? unit[0] : unit[1]}`;
}

/**
 * Dutch texts (B1) of the wmcz area.
 *
 * @example
 * nl.right_advice({}); // "Adviesrecht"
 */
export const nl: MessageMap<WmczMessageCode> = {
  right_advice: () => "Adviesrecht",
  right_consent: () => "Instemmingsrecht",
  condition_long_term_stay_only: () => "Geldt alleen als de instelling erop is ingericht dat cliënten er langdurig verblijven (mensen wonen er lang).",
  condition_general_policy_only: () =>
    "Alleen als dit algemeen beleid is. Een eenmalige verandering, zoals één activiteit minder volgend weekend, is dat niet vanzelf. Dan is het misschien geen instemmingsonderwerp.",
  condition_independent_support_only: () =>
    "Alleen als deze persoon de raad onafhankelijke ondersteuning geeft. Veel regelingen zien de ambtelijk secretaris als een aparte rol voor het secretariaat.",
  step_request_sent: (p) => `${dateNl(p.date)}: de organisatie vraagt de cliëntenraad om ${p.right === "consent" ? "instemming" : "advies"}. Dat moet op tijd: zo vroeg dat de raad het besluit nog kan beïnvloeden.`,
  step_unsolicited_advice_sent: (p) =>
    `${dateNl(p.date)}: de cliëntenraad geeft uit zichzelf advies (ongevraagd advies). Dat mag over alles wat voor cliënten belangrijk is.`,
  step_ask_for_information: () =>
    "Mist de raad informatie? Vraag die, het liefst op papier. De organisatie geeft op tijd alle informatie die de raad redelijkerwijs nodig heeft.",
  step_answer_due: (p) =>
    p.source === "organisation"
      ? `${dateNl(p.date)}: de cliëntenraad geeft uiterlijk dan antwoord (${periodNl(p)}). Dit is de termijn uit jullie medezeggenschapsregeling.`
      : `${dateNl(p.date)}: gebruikelijke datum voor het antwoord van de cliëntenraad (${periodNl(p)} is gebruikelijk). De wet noemt geen vaste termijn. Staat er een termijn in jullie medezeggenschapsregeling? Dan geldt die.`,
  step_decide_as_soon_as_possible: () => "De organisatie beslist zo snel mogelijk over het advies. De wet noemt geen aantal dagen.",
  step_consult_before_deviating: () =>
    "Wil de organisatie iets anders doen dan de cliëntenraad adviseert? Dan praat zij eerst met de cliëntenraad (overleg).",
  step_consult_before_not_following: () =>
    "Wil de organisatie het advies niet volgen? Dan praat zij daar eerst minstens één keer over met de cliëntenraad (overleg).",
  step_written_decision_with_reasons: () =>
    "De organisatie laat haar besluit op papier weten. Wijkt zij af van het advies, dan schrijft zij waarom.",
  step_consent_topic_needs_consent: () =>
    "Gaat het advies over een onderwerp met instemmingsrecht? Dan heeft de organisatie voor haar besluit de instemming van de raad nodig.",
  step_consult_before_refusing: () =>
    "Wil de cliëntenraad nee zeggen? Dan praat de raad eerst minstens één keer met de organisatie (overleg), als dat redelijkerwijs kan.",
  step_consent_refused_substitute_consent: () =>
    "Zegt de cliëntenraad nee? Dan mag de organisatie het besluit niet uitvoeren. Zij kan alleen de commissie van vertrouwenslieden om vervangende toestemming vragen. De commissie kan die geven als het nee onredelijk was, of als er zwaarwegende redenen zijn, van welke aard ook.",
  step_nullity_invocation_deadline: (p) =>
    p.known === true
      ? `Neemt de organisatie het besluit zonder instemming? Laat dan meteen op papier weten dat het besluit nietig is: binnen een maand. Wanneer die maand begint, is voor deze wet niet zeker. Misschien al toen het besluit werd genomen. Gerekend vanaf ${dateNl(p.learnedOn)}, toen de raad ervan hoorde, is het ${dateNl(p.monthFromLearning)}. Wacht daar niet op.`
      : "Neemt de organisatie het besluit zonder instemming? Dan is het nietig als de cliëntenraad dat binnen een maand op papier laat weten. Doe het meteen: wanneer die maand begint, is voor deze wet niet zeker.",
  step_dispute_to_commission: () =>
    "Bij onenigheid kan de zaak naar de commissie van vertrouwenslieden (in de praktijk de landelijke LCvV).",
  step_appeal_to_ondernemingskamer: () =>
    "Tegen de uitspraak van de commissie is alleen beroep mogelijk bij de Ondernemingskamer in Amsterdam, binnen drie maanden nadat de uitspraak is meegedeeld. Cassatie is niet mogelijk. De kantonrechter is geen route.",
  step_enforce_ruling: () => "Houdt de organisatie zich niet aan de uitspraak van de commissie? Dan kan de raad de Ondernemingskamer vragen om naleving.",
  right_unsolicited_advice: () => "Ongevraagd advies",
  unsolicited_advice_route: () =>
    "De cliëntenraad mag altijd ongevraagd advies geven over alles wat voor cliënten belangrijk is. De organisatie beslist dan zo snel mogelijk. Volgt zij het advies niet, dan praat zij eerst met de raad en schrijft zij waarom.",
  facilities_training_request: (p) => {
    const days = p.halfDaysMax === null || p.halfDaysMax === undefined ? `minstens ${Number(p.halfDaysMin)}` : p.halfDaysMax === p.halfDaysMin ? `${Number(p.halfDaysMin)}` : `${Number(p.halfDaysMin)} tot ${Number(p.halfDaysMax)}`;
    const euro = (cents: unknown) => `€ ${Math.round(Number(cents) / 100)}`;
    const cost =
      p.amountMin === null || p.amountMin === undefined ? "" : p.amountMax === p.amountMin ? `, ongeveer ${euro(p.amountMin)}` : p.amountMax === null || p.amountMax === undefined ? `, minstens ${euro(p.amountMin)}` : `, ${euro(p.amountMin)} tot ${euro(p.amountMax)}`;
    return `De organisatie zorgt voor wat de raad nodig heeft, zoals scholing en onafhankelijke ondersteuning. Dit plan vraagt ${days} dagdelen${cost}. Vraag de organisatie om deze scholing te betalen. Dat scholing hieronder valt, staat in andere bronnen; het artikel is niet bevestigd.`;
  },
  in_time_by_own_period: (p) =>
    `Op tijd volgens jullie eigen termijn: het besluit is gepland op ${dateNl(p.plannedDecisionOn)}, na de antwoorddatum ${dateNl(p.answerDue)}.`,
  not_in_time_by_own_period: (p) =>
    `Niet op tijd volgens ${p.periodSource === "organisation" ? "jullie eigen termijn" : "de gebruikelijke termijn van 6 weken"}: het besluit is gepland op ${dateNl(p.plannedDecisionOn)}, maar de cliëntenraad heeft tot ${dateNl(p.answerDue)} om te antwoorden. De wet zegt alleen dat de organisatie op tijd moet vragen.`,
  procedure_finding: (p) => `Dit gaat over: ${String(p.title)}.`,
  no_right_found: () =>
    "We vonden in deze tekst geen onderwerp met advies- of instemmingsrecht. De cliëntenraad mag wel altijd ongevraagd advies geven over alles wat voor cliënten belangrijk is. Twijfel je? Vraag hulp aan jullie ondersteuner, aan LOC of aan het LSR.",
};
