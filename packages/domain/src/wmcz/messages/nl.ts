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

const source = (p: MessageParams): string =>
  p.source === "organisation"
    ? "Dit is de termijn uit jullie medezeggenschapsregeling."
    : "De wet noemt geen termijn. 6 weken is gebruikelijk; spreek jullie eigen termijn af in de medezeggenschapsregeling.";

/**
 * Dutch texts (B1) of the wmcz area.
 *
 * @example
 * nl.right_advice({}); // "Adviesrecht"
 */
export const nl: MessageMap<WmczMessageCode> = {
  right_advice: () => "Adviesrecht",
  right_consent: () => "Instemmingsrecht",
  condition_long_term_stay_only: () => "Geldt alleen als de organisatie is ingericht voor langdurig verblijf (mensen wonen er lang).",
  step_request_sent: (p) => `${dateNl(p.date)}: de organisatie vraagt de cliëntenraad om ${p.right === "consent" ? "instemming" : "advies"}.`,
  step_answer_due: (p) => `${dateNl(p.date)}: de cliëntenraad geeft uiterlijk dan antwoord (${periodNl(p)}). ${source(p)}`,
  step_consult_before_deviating: () =>
    "Wil de organisatie iets anders doen dan de cliëntenraad adviseert? Dan praat zij eerst met de cliëntenraad (overleg).",
  step_written_decision_with_reasons: () =>
    "De organisatie laat haar besluit op papier weten. Wijkt zij af van het advies, dan schrijft zij waarom.",
  step_consent_refused_substitute_consent: () =>
    "Zegt de cliëntenraad nee? Dan mag de organisatie het besluit niet uitvoeren. Zij kan alleen de commissie van vertrouwenslieden om vervangende toestemming vragen.",
  step_nullity_invocation_deadline: (p) =>
    p.known === true
      ? `${dateNl(p.date)}: tot die dag kan de cliëntenraad schriftelijk laten weten dat het besluit zonder instemming nietig is (1 maand nadat de raad het hoorde, op ${dateNl(p.learnedOn)}).`
      : "Neemt de organisatie het besluit zonder instemming? Dan is het nietig als de cliëntenraad dat binnen 1 maand schriftelijk laat weten. De maand begint als de raad van het besluit hoort.",
  step_dispute_to_commission: () => "Bij onenigheid kan de zaak naar de commissie van vertrouwenslieden (in de praktijk de landelijke LCvV).",
  step_appeal_to_ondernemingskamer: () =>
    "Tegen de uitspraak van de commissie is alleen beroep mogelijk bij de Ondernemingskamer in Amsterdam. De termijn daarvoor is niet bevestigd; vraag juridisch advies.",
  in_time_by_own_period: (p) =>
    `Op tijd volgens jullie eigen termijn: het besluit is gepland op ${dateNl(p.plannedDecisionOn)}, na de antwoorddatum ${dateNl(p.answerDue)}.`,
  not_in_time_by_own_period: (p) =>
    `Niet op tijd volgens ${p.periodSource === "organisation" ? "jullie eigen termijn" : "de gebruikelijke termijn van 6 weken"}: het besluit is gepland op ${dateNl(p.plannedDecisionOn)}, maar de cliëntenraad heeft tot ${dateNl(p.answerDue)} om te antwoorden. De wet zegt alleen dat de organisatie op tijd moet vragen.`,
  procedure_finding: (p) => `Dit gaat over: ${String(p.title)}.`,
  no_right_found: () => "We vonden in deze tekst geen onderwerp waarop de cliëntenraad advies- of instemmingsrecht heeft. Twijfel je? Vraag het na.",
};
