import type { PlanIssueCode } from "../plan/index.js";
import type { RecommendationReason, RecommendIssue } from "../recommend/index.js";

/** Every code the training area can return: plan issues, recommendation issues and reasons. */
export type TrainingMessageCode = PlanIssueCode | RecommendIssue["code"] | RecommendationReason["code"];
