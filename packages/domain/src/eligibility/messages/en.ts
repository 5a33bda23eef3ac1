import type { MessageMap, MessageParams } from "../../_lib/messages/index.js";
import { formatDate, text } from "../_internal/index.js";
import type { EligibilityMessageCode } from "./index.js";

const d = (value: unknown) => formatDate(value, "en");

const relation = {
  employee: "an employee of this care organisation",
  volunteer: "a volunteer at this care organisation",
  supplier: "a supplier or contractor of this care organisation",
  boardMember: "a board member of this care organisation",
  supervisoryBoardMember: "a member of the supervisory board",
  worksCouncilMember: "a member of the works council",
  familyAssociationBoardMember: "a board member of the family council or relatives' association",
  otherProviderCouncilMember: "a member of another care organisation's client council",
  relativeOfStaff: "a relative of a board member or employee",
} as const;

const clientRelation = {
  representative: "a legal representative",
  mentor: "a mentor",
  relative: "a relative",
  mantelzorger: "an informal carer (mantelzorger)",
} as const;

const noun = (params: MessageParams) => relation[text(params.relation) as keyof typeof relation] ?? text(params.relation);
const clientNoun = (params: MessageParams) =>
  clientRelation[text(params.relation) as keyof typeof clientRelation] ?? text(params.relation);
const months = (value: unknown) => (Number(value) === 1 ? "1 month" : `${text(value)} months`);

/**
 * English texts: plain words, second language of the product.
 *
 * @example
 * en["answer.invalid_date"]({}); // "Enter a date, such as 31-12-2025."
 */
export const en: MessageMap<EligibilityMessageCode> = {
  "reason.client_now": () => "You are a client of this care organisation, so you can join.",
  "reason.former_client_recent": (p) => `Your care ended on ${d(p.careEndedOn)}. Until ${d(p.until)} you still count as a client.`,
  "reason.client_relation": (p) => `You are ${clientNoun(p)} of a client, so you can join.`,
  "reason.open_membership": () => "Anyone can join, unless their interests clash with those of the clients.",
  "reason.not_a_client": () => "Only clients can join. You are not a client of this care organisation.",
  "reason.not_client_or_relation": () => "Only clients and the people close to them can join. That does not apply to you.",
  "reason.former_client_too_long_ago": (p) =>
    `Your care ended on ${d(p.careEndedOn)}. Former clients can join until ${d(p.until)}. That date has passed.`,
  "reason.care_end_date_missing": () => "We do not know when your care ended. We will talk about this with you.",
  "reason.relation_allowed": (p) => `You are ${noun(p)}. That is no objection.`,
  "reason.relation_excluded": (p) => `You are ${noun(p)}. Under this care organisation's rules, you cannot join.`,
  "reason.relation_needs_review": (p) => `You are ${noun(p)}. We would like to talk with you about this first.`,
  "reason.cooling_off_running": (p) => `You worked for this care organisation until ${d(p.endedOn)}. You can join from ${d(p.until)}.`,
  "reason.cooling_off_review": (p) =>
    `You worked for this care organisation until ${d(p.endedOn)}. That is less than ${text(p.years)} years ago. We would like to talk with you about this first.`,
  "reason.cooling_off_over": (p) => `You worked for this care organisation until ${d(p.endedOn)}. That is long enough ago.`,
  "reason.employment_end_date_missing": () => "We do not know when your work for this care organisation ended. We will talk about this with you.",
  "reason.other_relation": () => "You have another tie with this care organisation. We would like to talk with you about it first.",
  "reason.no_conflicting_interest": () => "You have no tie with this care organisation that stands in the way.",
  "reason.council_full": (p) =>
    `The client council is full. It has ${text(p.memberCount)} members and may have ${text(p.maxMembers)}. You can join when a seat becomes free.`,
  "reason.certificate_of_conduct_required": () =>
    "We will ask you for a certificate of conduct (VOG). The care organisation pays for it.",
  "reason.aspirant_period": (p) => `You start as an aspirant member. That lasts ${months(p.months)}.`,
  "reason.within_term_limit": (p) => `This is term ${text(p.termNumber)}. Up to ${text(p.maxTerms)} terms are allowed.`,
  "reason.term_limit_reached": (p) => `This is term ${text(p.termNumber)}. No more than ${text(p.maxTerms)} terms are allowed.`,
  "reason.grandfathered_until_term_end": (p) =>
    `Since ${d(p.clientsOnlySince)} new rules apply to who can join. You were already a member. You stay a member until ${d(p.termEndsOn)}.`,
  "reason.no_reappointment_after_rule_change": (p) =>
    `Since ${d(p.clientsOnlySince)} new rules apply to who can join. So you cannot have a new term after ${d(p.termEndsOn)}.`,
  "reason.conflict_while_sitting": () =>
    "You now have a tie with the care organisation that does not fit membership. The regulation says when membership ends. We will talk about this with you.",
  "reason.term_ended": (p) => `The term ended on ${d(p.termEndsOn)}.`,

  "relation.employee": () => relation.employee,
  "relation.volunteer": () => relation.volunteer,
  "relation.supplier": () => relation.supplier,
  "relation.boardMember": () => relation.boardMember,
  "relation.supervisoryBoardMember": () => relation.supervisoryBoardMember,
  "relation.worksCouncilMember": () => relation.worksCouncilMember,
  "relation.familyAssociationBoardMember": () => relation.familyAssociationBoardMember,
  "relation.otherProviderCouncilMember": () => relation.otherProviderCouncilMember,
  "relation.relativeOfStaff": () => relation.relativeOfStaff,

  "relations.employee": () => "employees",
  "relations.volunteer": () => "volunteers",
  "relations.supplier": () => "suppliers and contractors",
  "relations.boardMember": () => "board members",
  "relations.supervisoryBoardMember": () => "members of the supervisory board",
  "relations.worksCouncilMember": () => "members of the works council",
  "relations.familyAssociationBoardMember": () => "board members of the family council or relatives' association",
  "relations.otherProviderCouncilMember": () => "members of another care organisation's client council",
  "relations.relativeOfStaff": () => "relatives of board members and employees",

  "clientRelation.representative": () => clientRelation.representative,
  "clientRelation.mentor": () => clientRelation.mentor,
  "clientRelation.relative": () => clientRelation.relative,
  "clientRelation.mantelzorger": () => clientRelation.mantelzorger,
  "clientRelations.representative": () => "legal representatives",
  "clientRelations.mentor": () => "mentors",
  "clientRelations.relative": () => "relatives",
  "clientRelations.mantelzorger": () => "informal carers (mantelzorgers)",

  "next.eligible": () => "You can join. The client council will contact you for an introductory talk.",
  "next.needs_review": () => "We would like to talk with you first. The client council will contact you. After that you will hear whether you can join.",
  "next.not_eligible": () => "You cannot join at the moment. Do you have questions? Please contact the client council.",

  "answer.required": () => "Please answer this question.",
  "answer.invalid_choice": () => "Choose one of the answers.",
  "answer.invalid_date": () => "Enter a date, such as 31-12-2025.",
  "answer.too_long": (p) => `Your answer is too long. Use at most ${text(p.max)} characters.`,
  "answer.unsafe_characters": () => "Your answer contains invisible or control characters. Remove them and try again.",
  "answer.invalid": () => "This answer is not valid. Please check it.",

  "rules.who_anyone": () => "Anyone can join, unless their interests clash with those of the clients.",
  "rules.who_clients_only": () => "Only clients of the care organisation can join.",
  "rules.who_clients_and_representatives": (p) => `Clients can join, and so can clients' ${text(p.relations)}.`,
  "rules.former_clients": (p) => `Former clients can join up to ${text(p.years)} years after their care ended.`,
  "rules.excluded": (p) => `These people cannot join: ${text(p.relations)}.`,
  "rules.needs_review": (p) => `With these people we talk first: ${text(p.relations)}.`,
  "rules.cooling_off": (p) => `Someone who worked for the care organisation can join only ${text(p.years)} years after that work ended.`,
  "rules.cooling_off_review": (p) => `With someone who worked for the care organisation less than ${text(p.years)} years ago, we talk first.`,
  "rules.vog": () => "New members give a certificate of conduct (VOG). The care organisation pays for it.",
  "rules.size": (p) => `The client council has ${text(p.minMembers)} to ${text(p.maxMembers)} members.`,
  "rules.term": (p) => `A term lasts ${text(p.years)} years.`,
  "rules.reappointments": (p) =>
    Number(p.count) === 1 ? "A member can be re-appointed once." : `A member can be re-appointed ${text(p.count)} times.`,
  "rules.no_reappointment": () => "A member cannot be re-appointed.",
  "rules.aspirant": (p) => `New members are first aspirant members for ${months(p.months)}.`,
  "rules.clients_only_since": (p) =>
    `Since ${d(p.date)} new rules apply to who can join. Sitting members stay until the end of their term.`,
};
