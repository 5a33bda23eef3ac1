import type { PlanIssueCode } from "../plan/index.js";
import type { RecommendationReason, RecommendIssue } from "../recommend/index.js";

/**
 * Every code the training area can return: plan issues, recommendation issues and reasons.
 * @example
 * const code: TrainingMessageCode = "session_moved";
 */
export type TrainingMessageCode = PlanIssueCode | RecommendIssue["code"] | RecommendationReason["code"];
