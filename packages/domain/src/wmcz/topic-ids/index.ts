/**
 * Stable identifiers of the Wmcz 2018 topics. The data for each (citation, titles, explanation,
 * examples, conditions) lives in `../topics/`; other areas (training) refer to topics by these ids.
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

/** Identifier of an advice or consent topic. */
export type TopicId = (typeof ADVICE_TOPIC_IDS)[number] | (typeof CONSENT_TOPIC_IDS)[number];

/** Other Wmcz procedures a text can touch, reported apart from advice and consent. */
export const PROCEDURE_IDS = ["council-installation", "council-dissolution", "binding-nomination", "right-of-enquiry"] as const;

/** Identifier of another Wmcz procedure. */
export type ProcedureId = (typeof PROCEDURE_IDS)[number];
