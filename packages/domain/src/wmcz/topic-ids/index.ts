/**
 * Stable identifiers of the Wmcz 2018 topics. The data for each (citation, titles, explanation,
 * examples, conditions) lives in `../topics/`; other areas (training) refer to topics by these ids.
 *
 * @example
 * ADVICE_TOPIC_IDS[1]; // "merger-or-cooperation" (art. 7 lid 1 sub b)
 */
export const ADVICE_TOPIC_IDS = [
  "purpose-or-basis", // art. 7 lid 1 sub a
  "merger-or-cooperation", // sub b
  "transfer-of-control", // sub c
  "ending-or-expanding-care", // sub d
  "major-organisational-change", // sub e
  "board-supervisor-profiles", // sub f
  "budget-and-accounts", // sub g
  "housing-and-building", // sub h (long-term stay only)
  "care-manager-appointment", // sub i (long-term stay only)
] as const;

/**
 * Stable identifiers of the consent topics (art. 8); see `ADVICE_TOPIC_IDS`.
 *
 * @example
 * CONSENT_TOPIC_IDS[0]; // "participation-regulation" (art. 8 lid 1 sub a)
 */
export const CONSENT_TOPIC_IDS = [
  "participation-regulation", // art. 8 lid 1 sub a
  "complaints-regulation", // sub a
  "client-regulations", // sub a: house rules, visiting rules, prices of services to clients
  "complaints-officer-profile", // sub b
  "care-plan-procedure", // sub c
  "quality-safety-hygiene", // art. 8, topic confirmed
  "admission-and-ending-care", // art. 8, topic confirmed
  "daily-life-policy", // art. 8, topic confirmed: food, spiritual care, recreation, social assistance
  "social-plan", // art. 8, topic confirmed
  "room-layout", // art. 8, topic confirmed
  "supporter-appointment", // topic confirmed, article unconfirmed: cite the law alone
] as const;

/**
 * Identifier of an advice or consent topic.
 *
 * @example
 * const id: TopicId = "social-plan";
 */
export type TopicId = (typeof ADVICE_TOPIC_IDS)[number] | (typeof CONSENT_TOPIC_IDS)[number];

/**
 * Other Wmcz procedures a text can touch, reported apart from advice and consent.
 *
 * @example
 * PROCEDURE_IDS.includes("binding-nomination"); // true
 */
export const PROCEDURE_IDS = ["council-installation", "council-dissolution", "board-appointment", "binding-nomination", "right-of-enquiry"] as const;

/**
 * Identifier of another Wmcz procedure.
 *
 * @example
 * const id: ProcedureId = "right-of-enquiry";
 */
export type ProcedureId = (typeof PROCEDURE_IDS)[number];
