import type { Locale, Messages } from "../../_lib/messages/index.js";
import type { PlanIssue } from "../plan/index.js";
import type { RecommendationReason, RecommendIssue } from "../recommend/index.js";
import type { TrainingMessageCode } from "./codes.js";
import { en } from "./en.js";
import { nl } from "./nl.js";

export type { TrainingMessageCode } from "./codes.js";

/**
 * Texts for every training code, Dutch (B1) first, English second.
 *
 * @example
 * trainingMessages.nl.no_items({}); // "Je hebt nog geen training gekozen."
 */
export const trainingMessages: Messages<TrainingMessageCode> = { nl, en };

/**
 * A plan or recommendation issue in words.
 *
 * @example
 * explainTrainingIssue({ code: "unknown_item", severity: "error", params: { id: "cooking" } }, "nl");
 * // 'We kennen de training "cooking" niet. Kies een training uit de lijst.'
 */
export function explainTrainingIssue(issue: PlanIssue | RecommendIssue, locale: Locale): string {
  return trainingMessages[locale][issue.code](issue.params);
}

/**
 * Why an item is recommended, in words. Pass the topic's title (for example from the wmcz area's
 * `topics`) to show it instead of its id.
 *
 * @example
 * explainRecommendationReason({ code: "fits_situation", params: { situation: "new-council", strength: "primary" } }, "nl");
 * // "Dit past bij jullie situatie: Onze raad is net begonnen."
 */
export function explainRecommendationReason(reason: RecommendationReason, locale: Locale, topicTitle?: string): string {
  return trainingMessages[locale][reason.code](topicTitle === undefined ? reason.params : { ...reason.params, topicTitle });
}
