// Every code the recruitment area returns, so the messages and their parity test share one list.
import type { AdvanceIssueCode } from "../candidate-pipeline/index.js";
import type { CompositionIssueCode, GapReasonCode } from "../check-composition/index.js";
import type { OnboardingStepCode } from "../onboarding-programme/index.js";
import type { GoalReasonCode, RecruitmentActionCode, RecruitmentPlanWarningCode } from "../plan-recruitment/index.js";
import type { TermWarningCode } from "../term-schedule/index.js";

/**
 * Issue messages of the recruitment schemas' refinements (zod issue `message`).
 *
 * @example
 * const code: RecruitmentSchemaIssueCode = "min_above_max";
 */
export type RecruitmentSchemaIssueCode =
  | "min_above_max"
  | "duplicate_member_id"
  | "duplicate_constituency_id"
  | "unknown_constituency"
  | "state_history_mismatch"
  | "history_out_of_order"
  | "check_in_by_new_member"
  | "check_in_by_unknown_member"
  | "lead_times_out_of_order"
  | "tasks_locale_mismatch"
  | "name_required"
  | "name_too_long"
  | "name_without_letter"
  | "text_too_long"
  | "text_unsafe_characters";

/**
 * Every code of the recruitment area that has a text.
 *
 * @example
 * const code: RecruitmentMessageCode = "goal_late";
 */
export type RecruitmentMessageCode =
  | TermWarningCode
  | CompositionIssueCode
  | GapReasonCode
  | GoalReasonCode
  | AdvanceIssueCode
  | OnboardingStepCode
  | "ask_help_find_successor"
  | RecruitmentActionCode
  | RecruitmentPlanWarningCode
  | RecruitmentSchemaIssueCode;

/**
 * Every recruitment message code, once.
 *
 * @example
 * RECRUITMENT_MESSAGE_CODES.includes("vacancy_now"); // true
 */
export const RECRUITMENT_MESSAGE_CODES = [
  "vacancy_now",
  "vacancy_within_lead_time",
  "terms_exceeded",
  "reappointment_overdue",
  "aspirant_period_over",
  "below_minimum",
  "above_maximum",
  "at_maximum",
  "constituency_uncovered",
  "constituency_aspirant_only",
  "constituency_losing_representation",
  "role_unfilled",
  "seat_falls_vacant",
  "seat_falls_vacant_soon",
  "last_term_ends",
  "transition_not_allowed",
  "reason_missing",
  "reason_not_expected",
  "reason_not_for_state",
  "date_before_last_change",
  "date_after_today",
  "welcome_by_chair",
  "hand_over_regulations",
  "starter_materials",
  "discuss_regulations",
  "first_meeting",
  "agree_task_or_role",
  "welcome_course",
  "check_in",
  "repeat_check_in",
  "aspirant_evaluation",
  "ask_help_find_successor",
  "ask_leaving_member",
  "prepare_profile",
  "ask_provider_to_spread",
  "start_campaign",
  "introduction_talks",
  "check_eligibility",
  "propose",
  "appoint",
  "start_onboarding",
  "choose_from_members",
  "goal_late",
  "council_full",
  "nothing_to_plan",
  "no_replacement_needed",
  "min_above_max",
  "duplicate_member_id",
  "duplicate_constituency_id",
  "unknown_constituency",
  "state_history_mismatch",
  "history_out_of_order",
  "check_in_by_new_member",
  "check_in_by_unknown_member",
  "lead_times_out_of_order",
  "tasks_locale_mismatch",
  "name_required",
  "name_too_long",
  "name_without_letter",
  "text_too_long",
  "text_unsafe_characters",
] as const satisfies readonly RecruitmentMessageCode[];

type Missing = Exclude<RecruitmentMessageCode, (typeof RECRUITMENT_MESSAGE_CODES)[number]>;
/**
 * Compile-time check (not part of the public API): fails to compile when a code is added to a union
 * but not to {@link RECRUITMENT_MESSAGE_CODES}.
 *
 * @example
 * _allCodesListed; // true
 */
export const _allCodesListed: [Missing] extends [never] ? true : Missing = true;
