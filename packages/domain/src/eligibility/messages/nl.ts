import type { MessageMap, MessageParams } from "../../_lib/messages/index.js";
import { formatDate, text } from "../_internal/index.js";
import type { EligibilityMessageCode } from "./index.js";

const d = (value: unknown) => formatDate(value, "nl");

const relation = {
  employee: "medewerker van deze zorgorganisatie",
  volunteer: "vrijwilliger bij deze zorgorganisatie",
  supplier: "leverancier of aannemer van deze zorgorganisatie",
  boardMember: "bestuurder van deze zorgorganisatie",
  supervisoryBoardMember: "lid van de raad van toezicht",
  worksCouncilMember: "lid van de ondernemingsraad",
  familyAssociationBoardMember: "bestuurslid van de familieraad of verwantenvereniging",
  otherProviderCouncilMember: "lid van de cliëntenraad van een andere zorgorganisatie",
  relativeOfStaff: "familie van een bestuurder of medewerker",
} as const;

const clientRelation = {
  representative: "wettelijk vertegenwoordiger",
  mentor: "mentor",
  relative: "familielid",
  mantelzorger: "mantelzorger",
} as const;

const noun = (params: MessageParams) => relation[text(params.relation) as keyof typeof relation] ?? text(params.relation);
const clientNoun = (params: MessageParams) =>
  clientRelation[text(params.relation) as keyof typeof clientRelation] ?? text(params.relation);
const months = (value: unknown) => (Number(value) === 1 ? "1 maand" : `${text(value)} maanden`);

/**
 * Dutch texts (B1): short sentences, everyday words, "u".
 *
 * @example
 * nl["answer.invalid_date"]({}); // "Vul een datum in, zoals 31-12-2025."
 */
export const nl: MessageMap<EligibilityMessageCode> = {
  "reason.client_now": () => "U bent cliënt van deze zorgorganisatie. Dan kunt u lid worden.",
  "reason.former_client_recent": (p) => `Uw zorg stopte op ${d(p.careEndedOn)}. Tot en met ${d(p.until)} telt u nog als cliënt.`,
  "reason.client_relation": (p) => `U bent ${clientNoun(p)} van een cliënt. Dan kunt u lid worden.`,
  "reason.open_membership": () => "Iedereen kan lid worden. Uw belangen mogen niet botsen met die van de cliënten.",
  "reason.not_a_client": () => "Alleen cliënten kunnen lid worden. U bent geen cliënt van deze zorgorganisatie.",
  "reason.not_client_or_relation": () => "Alleen cliënten en hun naasten kunnen lid worden. Dat geldt niet voor u.",
  "reason.former_client_too_long_ago": (p) =>
    `Uw zorg stopte op ${d(p.careEndedOn)}. Oud-cliënten kunnen lid worden tot en met ${d(p.until)}. Die datum is voorbij.`,
  "reason.care_end_date_missing": () => "We weten niet wanneer uw zorg stopte. Dat bespreken we met u.",
  "reason.relation_allowed": (p) => `U bent ${noun(p)}. Dat is geen bezwaar.`,
  "reason.relation_excluded": (p) => `U bent ${noun(p)}. Volgens de regels van deze zorgorganisatie kunt u dan geen lid worden.`,
  "reason.relation_needs_review": (p) => `U bent ${noun(p)}. Daarover willen we eerst met u praten.`,
  "reason.cooling_off_running": (p) => `U werkte tot ${d(p.endedOn)} bij deze zorgorganisatie. U kunt lid worden vanaf ${d(p.until)}.`,
  "reason.cooling_off_review": (p) =>
    `U werkte tot ${d(p.endedOn)} bij deze zorgorganisatie. Dat is minder dan ${text(p.years)} jaar geleden. Daarover willen we eerst met u praten.`,
  "reason.cooling_off_over": (p) => `U werkte tot ${d(p.endedOn)} bij deze zorgorganisatie. Dat is lang genoeg geleden.`,
  "reason.employment_end_date_missing": () => "We weten niet wanneer uw werk bij deze zorgorganisatie stopte. Dat bespreken we met u.",
  "reason.other_relation": () => "U hebt nog een andere band met deze zorgorganisatie. Daarover willen we eerst met u praten.",
  "reason.no_conflicting_interest": () => "U hebt geen band met deze zorgorganisatie die in de weg zit.",
  "reason.council_full": (p) =>
    `De cliëntenraad is vol. Er zijn ${text(p.memberCount)} leden en er mogen er ${text(p.maxMembers)} zijn. U kunt lid worden als er een plek vrijkomt.`,
  "reason.certificate_of_conduct_required": () =>
    "We vragen u om een Verklaring Omtrent het Gedrag (VOG). De zorgorganisatie betaalt die.",
  "reason.aspirant_period": (p) => `U begint als aspirant-lid. Dat duurt ${months(p.months)}.`,
  "reason.within_term_limit": (p) => `Dit is termijn ${text(p.termNumber)}. Er mogen ${text(p.maxTerms)} termijnen zijn.`,
  "reason.term_limit_reached": (p) => `Dit is termijn ${text(p.termNumber)}. Meer dan ${text(p.maxTerms)} termijnen mogen niet.`,
  "reason.grandfathered_until_term_end": (p) =>
    `Sinds ${d(p.clientsOnlySince)} gelden nieuwe regels voor wie lid kan worden. U was al lid. U blijft lid tot ${d(p.termEndsOn)}.`,
  "reason.no_reappointment_after_rule_change": (p) =>
    `Sinds ${d(p.clientsOnlySince)} gelden nieuwe regels voor wie lid kan worden. Daarom kunt u na ${d(p.termEndsOn)} geen nieuwe termijn krijgen.`,
  "reason.conflict_while_sitting": () =>
    "U hebt nu een band met de zorgorganisatie die niet past bij het lidmaatschap. De regeling zegt wanneer het lidmaatschap stopt. We bespreken dit met u.",
  "reason.term_ended": (p) => `De termijn is afgelopen op ${d(p.termEndsOn)}.`,

  "relation.employee": () => relation.employee,
  "relation.volunteer": () => relation.volunteer,
  "relation.supplier": () => relation.supplier,
  "relation.boardMember": () => relation.boardMember,
  "relation.supervisoryBoardMember": () => relation.supervisoryBoardMember,
  "relation.worksCouncilMember": () => relation.worksCouncilMember,
  "relation.familyAssociationBoardMember": () => relation.familyAssociationBoardMember,
  "relation.otherProviderCouncilMember": () => relation.otherProviderCouncilMember,
  "relation.relativeOfStaff": () => relation.relativeOfStaff,

  "relations.employee": () => "medewerkers",
  "relations.volunteer": () => "vrijwilligers",
  "relations.supplier": () => "leveranciers en aannemers",
  "relations.boardMember": () => "bestuurders",
  "relations.supervisoryBoardMember": () => "leden van de raad van toezicht",
  "relations.worksCouncilMember": () => "leden van de ondernemingsraad",
  "relations.familyAssociationBoardMember": () => "bestuursleden van de familieraad of verwantenvereniging",
  "relations.otherProviderCouncilMember": () => "leden van een cliëntenraad van een andere zorgorganisatie",
  "relations.relativeOfStaff": () => "familie van bestuurders en medewerkers",

  "clientRelation.representative": () => clientRelation.representative,
  "clientRelation.mentor": () => clientRelation.mentor,
  "clientRelation.relative": () => clientRelation.relative,
  "clientRelation.mantelzorger": () => clientRelation.mantelzorger,
  "clientRelations.representative": () => "wettelijk vertegenwoordigers",
  "clientRelations.mentor": () => "mentoren",
  "clientRelations.relative": () => "familieleden",
  "clientRelations.mantelzorger": () => "mantelzorgers",

  "next.eligible": () => "U kunt lid worden. De cliëntenraad neemt contact met u op voor een kennismakingsgesprek.",
  "next.needs_review": () =>
    "We willen eerst met u praten. De cliëntenraad neemt contact met u op. Daarna hoort u of u lid kunt worden.",
  "next.not_eligible": () => "U kunt nu geen lid worden. Hebt u vragen? Neem dan contact op met de cliëntenraad.",

  "answer.required": () => "Geef hier een antwoord.",
  "answer.invalid_choice": () => "Kies een van de antwoorden.",
  "answer.invalid_date": () => "Vul een datum in, zoals 31-12-2025.",
  "answer.too_long": (p) => `Uw antwoord is te lang. Gebruik hoogstens ${text(p.max)} tekens.`,
  "answer.unsafe_characters": () => "Er staan onzichtbare tekens of stuurtekens in uw antwoord. Haal die weg en probeer het opnieuw.",
  "answer.invalid": () => "Dit antwoord klopt niet. Kijk het nog eens na.",

  "rules.who_anyone": () => "Iedereen kan lid worden. Maar de belangen van een lid mogen niet botsen met die van de cliënten.",
  "rules.who_clients_only": () => "Alleen cliënten van de zorgorganisatie kunnen lid worden.",
  "rules.who_clients_and_representatives": (p) => `Cliënten kunnen lid worden. Net als ${text(p.relations)} van cliënten.`,
  "rules.former_clients": (p) => `Oud-cliënten kunnen lid worden tot ${text(p.years)} jaar nadat hun zorg stopte.`,
  "rules.excluded": (p) => `Deze mensen kunnen geen lid worden: ${text(p.relations)}.`,
  "rules.needs_review": (p) => `Met deze mensen praten we eerst: ${text(p.relations)}.`,
  "rules.cooling_off": (p) => `Wie bij de zorgorganisatie werkte, kan pas ${text(p.years)} jaar na het einde van dat werk lid worden.`,
  "rules.cooling_off_review": (p) => `Wie minder dan ${text(p.years)} jaar geleden bij de zorgorganisatie werkte, spreken we eerst.`,
  "rules.vog": () => "Nieuwe leden geven een Verklaring Omtrent het Gedrag (VOG). De zorgorganisatie betaalt die.",
  "rules.size": (p) => `De cliëntenraad heeft ${text(p.minMembers)} tot ${text(p.maxMembers)} leden.`,
  "rules.term": (p) => `Een termijn duurt ${text(p.years)} jaar.`,
  "rules.reappointments": (p) =>
    Number(p.count) === 1 ? "Een lid kan 1 keer opnieuw benoemd worden." : `Een lid kan ${text(p.count)} keer opnieuw benoemd worden.`,
  "rules.no_reappointment": () => "Een lid kan niet opnieuw benoemd worden.",
  "rules.aspirant": (p) => `Nieuwe leden zijn eerst ${months(p.months)} aspirant-lid.`,
  "rules.clients_only_since": (p) =>
    `Sinds ${d(p.date)} gelden nieuwe regels voor wie lid kan worden. Wie al lid was, blijft lid tot het einde van de termijn.`,
};
