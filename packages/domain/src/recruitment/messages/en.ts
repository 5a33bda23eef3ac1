import type { MessageMap } from "../../_lib/messages/index.js";
import type { RecruitmentMessageCode } from "./codes.js";
import { date, memberCount, role, state, text } from "./format.js";

const d = (p: Parameters<MessageMap<"x">["x"]>[0], key: string) => date(p, key, "en");

/**
 * English texts for every recruitment code.
 *
 * @example
 * en.role_unfilled({ role: "chair" }); // "The council has no chair."
 */
export const en: MessageMap<RecruitmentMessageCode> = {
  vacancy_now: (p) => `${text(p, "memberId")}'s seat has been vacant since ${d(p, "seatVacantOn")}. Find a new member as soon as possible.`,
  vacancy_within_lead_time: (p) =>
    `${text(p, "memberId")}'s seat falls vacant on ${d(p, "seatVacantOn")}, in ${text(p, "daysLeft")} days. Recruiting often takes ${text(p, "leadTimeMonths")} months or more. Start now.`,
  terms_exceeded: (p) =>
    p.termNumber === undefined
      ? `${text(p, "memberId")} has served longer than the regulation allows. The seat falls vacant on ${d(p, "seatVacantOn")}.`
      : `${text(p, "memberId")} is in term ${text(p, "termNumber")}. The regulation allows ${text(p, "maxTerms")} terms. No further term is possible.`,
  reappointment_overdue: (p) =>
    `${text(p, "memberId")}'s term ended on ${d(p, "termEndedOn")}. No re-appointment is recorded. Record the re-appointment, or the departure.`,
  aspirant_period_over: (p) => `Aspirant member ${text(p, "memberId")}'s trial period ended on ${d(p, "endedOn")}. Decide together now whether they become a member.`,
  below_minimum: (p) =>
    `The council has ${memberCount(p, "members", "en")}. The regulation asks for at least ${text(p, "minMembers")}. ${memberCount(p, "missing", "en")} ${p.missing === 1 ? "is" : "are"} missing.`,
  above_maximum: (p) => `The council has ${memberCount(p, "members", "en")}. The regulation allows at most ${text(p, "maxMembers")}. That is ${text(p, "excess")} too many.`,
  at_maximum: (p) =>
    p.nextSeatAvailableOn === null || p.nextSeatAvailableOn === undefined
      ? `The council is full: ${text(p, "maxMembers")} members. A new member can join only when a seat falls vacant.`
      : `The council is full: ${text(p, "maxMembers")} members. A new member can join only when a seat falls vacant, on ${d(p, "nextSeatAvailableOn")}.`,
  constituency_uncovered: (p) => `No one on the council speaks for ${text(p, "name") || text(p, "constituencyId")}. Find a member for this group.`,
  constituency_aspirant_only: (p) => `${text(p, "name") || text(p, "constituencyId")} has only an aspirant member, no full member yet.`,
  constituency_losing_representation: (p) =>
    `From ${d(p, "on")} ${text(p, "name") || text(p, "constituencyId")} has no member on the council. Find a new member in time.`,
  role_unfilled: (p) => `The council has no ${role(p, "role", "en")}.`,
  seat_falls_vacant: (p) => `${text(p, "memberId")}'s seat falls vacant on ${d(p, "on")}.`,
  seat_falls_vacant_soon: (p) => `${text(p, "memberId")}'s seat falls vacant soon, on ${d(p, "on")}.`,
  last_term_ends: (p) => `${text(p, "memberId")} is in their last term. The seat falls vacant on ${d(p, "seatVacantOn")}.`,
  transition_not_allowed: (p) => `Moving from '${state(p, "from", "en")}' to '${state(p, "to", "en")}' is not possible. Follow the steps in order.`,
  reason_missing: (p) => `Choose a reason for '${state(p, "to", "en")}'.`,
  reason_not_expected: (p) => `'${state(p, "to", "en")}' takes no reason. We keep only what is needed.`,
  reason_not_for_state: (p) => `This reason does not fit '${state(p, "to", "en")}'. Choose another reason.`,
  date_after_today: (p) => `The date ${d(p, "on")} is after today. Choose today or an earlier date.`,
  date_before_last_change: (p) => `The date ${d(p, "on")} is before the previous step on ${d(p, "lastChangeOn")}. Choose a later date.`,
  welcome_by_chair: () => "The chair welcomes the new member.",
  hand_over_regulations: () => "The new member receives the participation regulation and the house rules.",
  starter_materials: () => "The new member receives the booklets '10 tips voor starters' and '10 vragen en antwoorden', and the 'Basisinformatie medezeggenschap'.",
  discuss_regulations: () => "Discuss the regulation and the house rules together. What is in them? What do they mean for the new member?",
  first_meeting: (p) =>
    p.estimated === true
      ? `The new member attends meeting ${text(p, "number")}. The date is an estimate: put the real date in the calendar.`
      : `The new member attends meeting ${text(p, "number")}.`,
  agree_task_or_role: () => "Agree together which task or role the new member takes on.",
  welcome_course: () => "The new member follows the course 'Welkom in de cliëntenraad' (Welcome to the client council).",
  check_in: (p) => `After ${text(p, "afterMonths")} months, hold a conversation with the new member. What goes well? What do you expect of each other?`,
  repeat_check_in: () => "Hold the conversation again. Ask how it is going and what is needed.",
  aspirant_evaluation: (p) => `The trial period of ${text(p, "afterMonths")} months is over. Decide together whether the aspirant becomes a member.`,
  ask_help_find_successor: (p) => `${text(p, "memberId")} leaves on ${d(p, "seatVacantOn")}. Ask whether ${text(p, "memberId")} will help find a successor.`,
  ask_leaving_member: (p) => `Ask ${text(p, "memberId")} to help find a successor.`,
  prepare_profile: (p) => `Write the profile and the vacancy text: ${role(p, "profile", "en")}.`,
  ask_provider_to_spread: () => "Ask the provider to spread the vacancy among clients and their representatives.",
  start_campaign: () => "Start recruiting. Use the chosen channels.",
  introduction_talks: () => "Hold introduction talks with the people who responded.",
  check_eligibility: () => "Check whether the candidate may join under the regulation.",
  propose: () => "Propose the candidate.",
  appoint: () => "Appoint the new member.",
  start_onboarding: () => "Start the onboarding programme.",
  choose_from_members: (p) => `Choose a ${role(p, "role", "en")} from among the members.`,
  goal_late: (p) =>
    `There is too little time. The new member is needed on ${d(p, "neededBy")}. With this plan it will be ${d(p, "plannedAppointmentOn")}, ${text(p, "weeksShort")} weeks later.`,
  council_full: (p) =>
    p.nextSeatAvailableOn === null || p.nextSeatAvailableOn === undefined
      ? "The council is full. A new member can join only when a seat falls vacant."
      : `The council is full. A new member can join on ${d(p, "nextSeatAvailableOn")} at the earliest.`,
  nothing_to_plan: (p) => `No seat falls vacant until ${d(p, "horizonEndsOn")} and the council is well composed. There is nothing to recruit for now.`,
  no_replacement_needed: (p) =>
    `${text(p, "memberId")} leaves on ${d(p, "seatVacantOn")}. The council will then still have ${text(p, "maxMembers")} members or more, its maximum. No one needs to join.`,
  min_above_max: () => "The minimum number of members is higher than the maximum.",
  duplicate_member_id: () => "Two members have the same code.",
  duplicate_constituency_id: () => "Two locations or groups have the same code.",
  unknown_constituency: () => "This member speaks for a location or group the council does not know.",
  state_history_mismatch: () => "The candidate's step does not match the last step in the list.",
  history_out_of_order: () => "The candidate's steps are not in date order.",
  check_in_by_new_member: () => "The new member cannot hold the conversation. Choose another member.",
  check_in_by_unknown_member: () => "Choose a council member for the conversation.",
  lead_times_out_of_order: () => "The recruitment steps are not in order. Start the profile before the campaign.",
  tasks_locale_mismatch: () => "Give every task in Dutch and in English.",
  name_required: () => "Enter a name.",
  name_too_long: () => "The name is too long. Use at most 200 characters.",
  name_without_letter: () => "A name needs at least one letter.",
  text_too_long: () => "The text is too long. Make it shorter.",
  text_unsafe_characters: () => "The text contains invisible or control characters. Remove them and try again.",
};
