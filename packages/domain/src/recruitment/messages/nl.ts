import type { MessageMap } from "../../_lib/messages/index.js";
import type { RecruitmentMessageCode } from "./codes.js";
import { date, memberCount, role, state, text } from "./format.js";

const d = (p: Parameters<MessageMap<"x">["x"]>[0], key: string) => date(p, key, "nl");

/**
 * Dutch texts (B1: short sentences, everyday words) for every recruitment code.
 *
 * @example
 * nl.role_unfilled({ role: "chair" }); // "De raad heeft geen voorzitter."
 */
export const nl: MessageMap<RecruitmentMessageCode> = {
  vacancy_now: (p) => `De zetel van ${text(p, "memberId")} is leeg sinds ${d(p, "seatVacantOn")}. Zoek zo snel mogelijk een nieuw lid.`,
  vacancy_within_lead_time: (p) =>
    `De zetel van ${text(p, "memberId")} komt vrij op ${d(p, "seatVacantOn")}. Dat is over ${text(p, "daysLeft")} dagen. Werven duurt vaak ${text(p, "leadTimeMonths")} maanden of langer. Begin nu.`,
  terms_exceeded: (p) =>
    p.termNumber === undefined
      ? `${text(p, "memberId")} zit langer in de raad dan de regeling toestaat. De zetel komt vrij op ${d(p, "seatVacantOn")}.`
      : `${text(p, "memberId")} zit in termijn ${text(p, "termNumber")}. De regeling staat ${text(p, "maxTerms")} termijnen toe. Een nieuwe termijn kan niet.`,
  reappointment_overdue: (p) =>
    `De termijn van ${text(p, "memberId")} is afgelopen op ${d(p, "termEndedOn")}. Er staat geen herbenoeming in de lijst. Leg de herbenoeming vast, of het vertrek.`,
  aspirant_period_over: (p) =>
    `De proeftijd van aspirant-lid ${text(p, "memberId")} is afgelopen op ${d(p, "endedOn")}. Besluit nu samen of het aspirant-lid lid wordt.`,
  below_minimum: (p) =>
    `De raad heeft ${memberCount(p, "members", "nl")}. De regeling vraagt er minstens ${text(p, "minMembers")}. ${p.missing === 1 ? "Er ontbreekt" : "Er ontbreken"} ${memberCount(p, "missing", "nl")}.`,
  above_maximum: (p) =>
    `De raad heeft ${memberCount(p, "members", "nl")}. De regeling staat er hoogstens ${text(p, "maxMembers")} toe. ${p.excess === 1 ? "Dat is er" : "Dat zijn er"} ${text(p, "excess")} te veel.`,
  at_maximum: (p) =>
    p.nextSeatAvailableOn === null || p.nextSeatAvailableOn === undefined
      ? `De raad is vol: ${text(p, "maxMembers")} leden. Er kan pas een nieuw lid bij als er een zetel vrijkomt.`
      : `De raad is vol: ${text(p, "maxMembers")} leden. Er kan pas een nieuw lid bij als er een zetel vrijkomt. Dat is op ${d(p, "nextSeatAvailableOn")}.`,
  constituency_uncovered: (p) => `Niemand in de raad spreekt voor ${text(p, "name") || text(p, "constituencyId")}. Zoek een lid voor deze groep.`,
  constituency_aspirant_only: (p) => `Voor ${text(p, "name") || text(p, "constituencyId")} is er alleen een aspirant-lid. Er is nog geen vast lid.`,
  constituency_losing_representation: (p) =>
    `Op ${d(p, "on")} heeft ${text(p, "name") || text(p, "constituencyId")} geen lid meer in de raad. Zoek op tijd een nieuw lid.`,
  role_unfilled: (p) => `De raad heeft geen ${role(p, "role", "nl")}.`,
  seat_falls_vacant: (p) => `De zetel van ${text(p, "memberId")} komt vrij op ${d(p, "on")}.`,
  seat_falls_vacant_soon: (p) => `De zetel van ${text(p, "memberId")} komt al op ${d(p, "on")} vrij. Dat is snel.`,
  last_term_ends: (p) => `${text(p, "memberId")} is aan de laatste termijn bezig. De zetel komt vrij op ${d(p, "seatVacantOn")}.`,
  transition_not_allowed: (p) => `Van '${state(p, "from", "nl")}' naar '${state(p, "to", "nl")}' gaan kan niet. Volg de stappen op volgorde.`,
  reason_missing: (p) => `Kies een reden voor '${state(p, "to", "nl")}'.`,
  reason_not_expected: (p) => `Bij '${state(p, "to", "nl")}' hoort geen reden. We bewaren alleen wat nodig is.`,
  reason_not_for_state: (p) => `Deze reden past niet bij '${state(p, "to", "nl")}'. Kies een andere reden.`,
  date_after_today: (p) => `De datum ${d(p, "on")} ligt na vandaag. Kies vandaag of een eerdere datum.`,
  date_before_last_change: (p) => `De datum ${d(p, "on")} ligt vóór de vorige stap op ${d(p, "lastChangeOn")}. Kies een latere datum.`,
  welcome_by_chair: () => "De voorzitter heet het nieuwe lid welkom.",
  hand_over_regulations: () => "Het nieuwe lid krijgt de medezeggenschapsregeling en het huishoudelijk reglement.",
  starter_materials: () => "Het nieuwe lid krijgt de boekjes '10 tips voor starters' en '10 vragen en antwoorden', en de 'Basisinformatie medezeggenschap'.",
  discuss_regulations: () => "Bespreek de regeling en het huishoudelijk reglement samen. Wat staat erin? Wat betekent het voor het nieuwe lid?",
  first_meeting: (p) =>
    p.estimated === true
      ? `Het nieuwe lid gaat naar vergadering ${text(p, "number")}. De datum is een schatting: zet de echte datum in de agenda.`
      : `Het nieuwe lid gaat naar vergadering ${text(p, "number")}.`,
  agree_task_or_role: () => "Spreek samen af welke taak of rol het nieuwe lid op zich neemt.",
  welcome_course: () => "Het nieuwe lid volgt de cursus 'Welkom in de cliëntenraad'.",
  check_in: (p) => `Na ${text(p, "afterMonths")} maanden is er een gesprek met het nieuwe lid. Wat gaat goed? Wat verwachten u en de raad van elkaar?`,
  repeat_check_in: () => "Houd het gesprek opnieuw. Vraag hoe het gaat en wat er nodig is.",
  aspirant_evaluation: (p) => `De proeftijd van ${text(p, "afterMonths")} maanden is voorbij. Besluit samen of het aspirant-lid lid wordt.`,
  ask_help_find_successor: (p) => `${text(p, "memberId")} stopt op ${d(p, "seatVacantOn")}. Vraag of ${text(p, "memberId")} wil helpen een opvolger te vinden.`,
  ask_leaving_member: (p) => `Vraag ${text(p, "memberId")} om te helpen een opvolger te vinden.`,
  prepare_profile: (p) => `Maak het profiel en de tekst voor de vacature: ${role(p, "profile", "nl")}.`,
  ask_provider_to_spread: () => "Vraag de zorgaanbieder om de vacature te verspreiden onder cliënten en hun vertegenwoordigers.",
  start_campaign: () => "Start de werving. Gebruik de gekozen kanalen.",
  introduction_talks: () => "Voer kennismakingsgesprekken met de mensen die zich hebben gemeld.",
  check_eligibility: () => "Kijk of de kandidaat lid mag worden volgens de regeling.",
  propose: () => "Draag de kandidaat voor.",
  appoint: () => "Benoem het nieuwe lid.",
  start_onboarding: () => "Begin met het inwerkprogramma.",
  choose_from_members: (p) => `Kies samen een ${role(p, "role", "nl")} uit de leden.`,
  goal_late: (p) =>
    `Er is te weinig tijd. Het nieuwe lid is nodig op ${d(p, "neededBy")}. Met deze planning wordt het ${d(p, "plannedAppointmentOn")}. Dat is ${text(p, "weeksShort")} weken later.`,
  council_full: (p) =>
    p.nextSeatAvailableOn === null || p.nextSeatAvailableOn === undefined
      ? "De raad is vol. Er kan pas een nieuw lid bij als er een zetel vrijkomt."
      : `De raad is vol. Er kan pas een nieuw lid bij op ${d(p, "nextSeatAvailableOn")}.`,
  nothing_to_plan: (p) => `Tot ${d(p, "horizonEndsOn")} komt er geen zetel vrij. De raad is goed samengesteld. Er is nu niets te werven.`,
  no_replacement_needed: (p) =>
    `${text(p, "memberId")} stopt op ${d(p, "seatVacantOn")}. Daarna heeft de raad nog ${text(p, "maxMembers")} leden of meer. Dat is het maximum. Er hoeft niemand bij.`,
  min_above_max: () => "Het minimum aantal leden is hoger dan het maximum.",
  duplicate_member_id: () => "Twee leden hebben dezelfde code.",
  duplicate_constituency_id: () => "Twee locaties of groepen hebben dezelfde code.",
  unknown_constituency: () => "Dit lid spreekt voor een locatie of groep die de raad niet kent.",
  state_history_mismatch: () => "De stap van de kandidaat past niet bij de laatste stap in de lijst.",
  history_out_of_order: () => "De stappen van de kandidaat staan niet op datum.",
  check_in_by_new_member: () => "Het nieuwe lid kan het gesprek niet zelf voeren. Kies een ander lid.",
  check_in_by_unknown_member: () => "Kies voor het gesprek iemand die lid is van de raad.",
  lead_times_out_of_order: () => "De stappen van de werving staan niet op volgorde. Begin eerder met het profiel dan met de werving.",
  tasks_locale_mismatch: () => "Geef elke taak in het Nederlands en in het Engels.",
  name_required: () => "Vul een naam in.",
  name_too_long: () => "De naam is te lang. Gebruik hoogstens 200 tekens.",
  name_without_letter: () => "Een naam moet minstens één letter hebben.",
  text_too_long: () => "De tekst is te lang. Maak hem korter.",
  text_unsafe_characters: () => "Er staan onzichtbare tekens of stuurtekens in de tekst. Haal die weg en probeer het opnieuw.",
};
