import type { MessageMap } from "../../_lib/messages/index.js";
import type { TrainingMessageCode } from "./codes.js";
import { dateText, itemTitle, num, situationTitle, text, topicName } from "./words.js";

const halfDays = (n: number) => (n === 1 ? "1 half-day" : `${n} half-days`);

/** English texts for every training code. */
export const en: MessageMap<TrainingMessageCode> = {
  invalid_option: (p) => `Something is wrong with "${text(p, "path")}". Please check it.`,
  unknown_item: (p) => `We do not know the training "${text(p, "id")}". Choose one from the list.`,
  duplicate_item: (p) => `You chose "${itemTitle(p, "item", "en")}" twice. It is in the plan once.`,
  no_items: () => "You have not chosen any training yet.",
  agreed_for_unplanned_item: (p) => `You gave half-days for "${itemTitle(p, "item", "en")}", but that training is not in the plan.`,
  agreed_outside_guide: (p) =>
    `You agreed ${halfDays(num(p, "agreed"))} for "${itemTitle(p, "item", "en")}". The guide says ${p["max"] === null || p["max"] === undefined ? `at least ${halfDays(num(p, "min"))}` : num(p, "min") === num(p, "max") ? halfDays(num(p, "min")) : `${num(p, "min")} to ${halfDays(num(p, "max"))}`}. Is that right?`,
  order_adjusted: (p) => `LOC recommends taking "${itemTitle(p, "after", "en")}" first, so "${itemTitle(p, "item", "en")}" comes after it.`,
  recommended_first_missing: (p) =>
    `LOC recommends taking "${itemTitle(p, "recommended", "en")}" before "${itemTitle(p, "item", "en")}". This is not required.`,
  left_out_of_totals: (p) =>
    text(p, "reason") === "depends_on_question"
      ? `How long "${itemTitle(p, "item", "en")}" takes depends on your question. It is not counted yet.`
      : `"${itemTitle(p, "item", "en")}" has no set duration; agree it with LOC. It is not counted yet.`,
  open_ended: (p) => `"${itemTitle(p, "item", "en")}" takes at least ${halfDays(num(p, "min"))}. It may take longer.`,
  scheduled_at_minimum: (p) => `For "${itemTitle(p, "item", "en")}" we plan the smallest number: ${halfDays(num(p, "min"))}.`,
  not_scheduled: (p) => `"${itemTitle(p, "item", "en")}" has no date yet. First agree how long it takes.`,
  session_moved: (p) =>
    `A session of "${itemTitle(p, "item", "en")}" fell on a day off (${dateText(p, "from", "en")}). It is now on ${dateText(p, "to", "en")}.`,
  free_half_day: (p) => {
    const years = text(p, "years");
    const free = num(p, "count") === 1 ? "1 half-day is free" : `${num(p, "count")} half-days are free`;
    return `You have the extended membership, so ${free}${years === "" ? "" : ` (in ${years})`}.`;
  },
  free_half_day_assumed: () => "We assume you have not used this year's free half-day yet.",
  invalid_situation: (p) => `Something is wrong with "${text(p, "path")}". Choose a situation from the list.`,
  nothing_to_recommend: () => "First choose what is going on in your council. Then we can advise.",
  fits_situation: (p) =>
    text(p, "strength") === "secondary" ? `This also helps with: ${situationTitle(p, "en")}.` : `This fits your situation: ${situationTitle(p, "en")}.`,
  fits_situation_from_topic: (p) => `A decision is coming on: ${topicName(p)}. This fits: ${situationTitle(p, "en")}.`,
  covers_topic: (p) => `This training covers a subject of the decision: ${topicName(p)}.`,
};
