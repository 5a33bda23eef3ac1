/**
 * @raadswerk/domain/training — the LOC training guide (seed `004`) as data, recommendations from
 * the council's situation, and a training plan with order, totals, cost and dates.
 *
 * @module
 */
export type { CalendarDate } from "../_lib/calendar-date/index.js";
export type { Citation } from "../_lib/citation/index.js";
export type { Locale, Messages } from "../_lib/messages/index.js";
export {
  TRAINING_ITEM_IDS,
  type TrainingItemId,
  TrainingItemIdSchema,
  isTrainingItemId,
  SITUATION_IDS,
  type SituationId,
  SituationIdSchema,
  TOPIC_IDS,
  type TopicId,
  TopicIdSchema,
} from "./ids/index.js";
export {
  HOURS_PER_HALF_DAY,
  type TrainingDuration,
  TrainingDurationSchema,
  type HalfDayBounds,
  durationBounds,
  formatDuration,
} from "./duration/index.js";
export {
  catalogue,
  catalogueIndex,
  findTrainingItem,
  TRAINING_GROUPS,
  type TrainingGroup,
  TrainingGroupSchema,
  trainingGroups,
  type TrainingItem,
  type TrainingKind,
} from "./catalogue/index.js";
export { situations, situationById, type TrainingSituation } from "./situations/index.js";
export { RESOURCE_IDS, type ResourceId, resources, type TrainingResource } from "./resources/index.js";
export { orderRules, orderTraining, byGuideOrder, type OrderRule, type OrderOutcome } from "./order/index.js";
export {
  recommendTraining,
  CouncilSituationSchema,
  type CouncilSituation,
  RECOMMENDATION_WEIGHTS,
  type RecommendationReason,
  type RecommendIssue,
  type RecommendTrainingResult,
  type ResourceRecommendation,
  type TrainingRecommendation,
} from "./recommend/index.js";
export {
  planTraining,
  PlanTrainingOptionsSchema,
  PlanTrainingItemIdsSchema,
  type PlanTrainingOptions,
  FREE_HALF_DAYS_PER_YEAR_EXTENDED,
  type CostEstimate,
  type PlanIssue,
  type PlanIssueCode,
  type PlannedItem,
  type PlannedSession,
  type TrainingPlan,
} from "./plan/index.js";
export { explainFacilitiesRequest, FACILITIES_CITATION, type FacilitiesRequest, facilitiesRequest } from "./facilities/index.js";
export { trainingMessages, explainTrainingIssue, explainRecommendationReason, type TrainingMessageCode } from "./messages/index.js";
