import type { MessageMap } from "../../_lib/messages/index.js";
import type { TrainingMessageCode } from "./codes.js";
import { dateText, itemTitle, num, situationTitle, text, topicName } from "./words.js";

const halfDays = (n: number) => (n === 1 ? "1 dagdeel" : `${n} dagdelen`);

/** Dutch texts (B1) for every training code. */
export const nl: MessageMap<TrainingMessageCode> = {
  invalid_option: (p) => `Er klopt iets niet bij "${text(p, "path")}". Kijk dit na.`,
  unknown_item: (p) => `We kennen de training "${text(p, "id")}" niet. Kies een training uit de lijst.`,
  duplicate_item: (p) => `Je koos "${itemTitle(p, "item", "nl")}" twee keer. Die staat één keer in het plan.`,
  no_items: () => "Je hebt nog geen training gekozen.",
  agreed_for_unplanned_item: (p) => `Je gaf dagdelen op voor "${itemTitle(p, "item", "nl")}". Maar die training staat niet in het plan.`,
  agreed_outside_guide: (p) =>
    `Je hebt ${halfDays(num(p, "agreed"))} afgesproken voor "${itemTitle(p, "item", "nl")}". In de gids staat ${p["max"] === null || p["max"] === undefined ? `minstens ${halfDays(num(p, "min"))}` : num(p, "min") === num(p, "max") ? halfDays(num(p, "min")) : `${num(p, "min")} tot ${halfDays(num(p, "max"))}`}. Klopt dat?`,
  order_adjusted: (p) => `LOC raadt aan om eerst "${itemTitle(p, "after", "nl")}" te volgen. Daarom staat "${itemTitle(p, "item", "nl")}" erna.`,
  recommended_first_missing: (p) =>
    `LOC raadt aan om vóór "${itemTitle(p, "item", "nl")}" eerst "${itemTitle(p, "recommended", "nl")}" te volgen. Dat hoeft niet.`,
  left_out_of_totals: (p) =>
    text(p, "reason") === "depends_on_question"
      ? `Hoe lang "${itemTitle(p, "item", "nl")}" duurt, hangt af van jullie vraag. We tellen deze training nog niet mee.`
      : `"${itemTitle(p, "item", "nl")}" heeft geen vaste duur. Spreek die af met LOC. We tellen deze training nog niet mee.`,
  open_ended: (p) => `"${itemTitle(p, "item", "nl")}" duurt minstens ${halfDays(num(p, "min"))}. Het kan langer duren.`,
  scheduled_at_minimum: (p) => `Voor "${itemTitle(p, "item", "nl")}" plannen we het kleinste aantal: ${halfDays(num(p, "min"))}.`,
  not_scheduled: (p) => `"${itemTitle(p, "item", "nl")}" heeft nog geen datum. Spreek eerst af hoe lang de training duurt.`,
  session_moved: (p) =>
    `Een bijeenkomst van "${itemTitle(p, "item", "nl")}" viel op een vrije dag (${dateText(p, "from", "nl")}). Die staat nu op ${dateText(p, "to", "nl")}.`,
  free_half_day: (p) => {
    const years = text(p, "years");
    const free = num(p, "count") === 1 ? "is 1 dagdeel gratis" : `zijn ${num(p, "count")} dagdelen gratis`;
    return `Jullie hebben een uitgebreid lidmaatschap. Daarom ${free}${years === "" ? "" : ` (in ${years})`}.`;
  },
  free_half_day_assumed: () => "We gaan ervan uit dat jullie het gratis dagdeel van dit jaar nog niet gebruikt hebben.",
  invalid_situation: (p) => `Er klopt iets niet bij "${text(p, "path")}". Kies een situatie uit de lijst.`,
  nothing_to_recommend: () => "Kies eerst wat er speelt in jullie raad. Dan geven we advies.",
  fits_situation: (p) =>
    text(p, "strength") === "secondary" ? `Dit helpt ook bij: ${situationTitle(p, "nl")}.` : `Dit past bij jullie situatie: ${situationTitle(p, "nl")}.`,
  fits_situation_from_topic: (p) => `Er komt een besluit over: ${topicName(p)}. Dit past bij: ${situationTitle(p, "nl")}.`,
  covers_topic: (p) => `Deze training gaat over een onderwerp van het besluit: ${topicName(p)}.`,
};
