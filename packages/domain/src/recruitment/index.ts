/**
 * @raadswerk/domain/recruitment — when do seats fall vacant and how do we fill them, and how do we
 * welcome a new member? Rooster van aftreden, composition, role profiles, wervingsplan, candidate
 * pipeline and inwerkprogramma. Pure: today's date and every setting are arguments.
 *
 * @module
 */
export type { CalendarDate } from "../_lib/calendar-date/index.js";
export type { Citation } from "../_lib/citation/index.js";
export {
  type Constituency,
  ConstituencySchema,
  type Council,
  CouncilSchema,
  type Member,
  type MemberRole,
  MemberRoleSchema,
  MemberSchema,
} from "./council/index.js";
export { type CouncilBasics, councilUnderRules } from "./council-under-rules/index.js";
export { NAME_MAX_LENGTH, PersonNameSchema, hasVisibleLetter, isSafeText, plainTextSchema } from "./person-text/index.js";
export * from "./defaults/index.js";
export {
  type TermDecision,
  type TermEntry,
  type TermSchedule,
  type TermScheduleOptions,
  TermScheduleOptionsSchema,
  type TermStatus,
  type TermWarning,
  type TermWarningCode,
  termSchedule,
  type Vacancy,
} from "./term-schedule/index.js";
export {
  checkComposition,
  type Composition,
  type CompositionIssueCode,
  type CompositionOptions,
  CompositionOptionsSchema,
  type Coverage,
  GAP_REASON_WEIGHTS,
  type Gap,
  type GapReasonCode,
  KEY_ROLES,
} from "./check-composition/index.js";
export {
  type CommitmentOptions,
  CommitmentOptionsSchema,
  type FirstYearCommitment,
  firstYearCommitment,
  type ProfileRole,
  ProfileRoleSchema,
  profileRoleFor,
  type RoleProfile,
  type RoleProfileOverride,
  RoleProfileOverrideSchema,
  type RoleProfileOverrides,
  RoleProfileOverridesSchema,
  RoleProfileSchema,
  roleProfiles,
  type TrainingItem,
  TrainingItemSchema,
  withRoleProfileOverrides,
} from "./role-profiles/index.js";
export {
  type AdvanceIssueCode,
  type AdvanceOptions,
  AdvanceOptionsSchema,
  type AdvanceResult,
  advanceCandidate,
  candidatePipeline,
  daysSinceRegistration,
  daysWaiting,
  type PipelineCandidate,
  PipelineCandidateSchema,
  type PipelineReason,
  PipelineReasonSchema,
  type PipelineState,
  PipelineStateSchema,
  type PipelineStep,
  PipelineStepSchema,
  type PipelineTransition,
  REJECTION_REASONS,
  WITHDRAWAL_REASONS,
} from "./candidate-pipeline/index.js";
export {
  type OnboardingInput,
  OnboardingInputSchema,
  type OnboardingProgramme,
  type OnboardingStep,
  type OnboardingStepCode,
  onboardingProgramme,
  type Responsible,
  type RetentionOptions,
  RetentionOptionsSchema,
  type RetentionReminder,
  retentionReminders,
  STARTER_MATERIALS,
  WELCOME_COURSE,
} from "./onboarding-programme/index.js";
export {
  ART_3_LID_8,
  type ChannelId,
  ChannelIdSchema,
  type ChannelSource,
  providerPart,
  type ProviderTask,
  type RecruitmentChannel,
  recruitmentChannels,
} from "./channels/index.js";
export {
  type GoalReasonCode,
  type LeadTimes,
  LeadTimesSchema,
  planRecruitment,
  type RecruitmentAction,
  type RecruitmentActionCode,
  type RecruitmentGoal,
  type RecruitmentPlan,
  type RecruitmentPlanInput,
  RecruitmentPlanInputSchema,
  type RecruitmentPlanWarningCode,
} from "./plan-recruitment/index.js";
export {
  formatDate,
  pipelineReasonLabels,
  pipelineStateLabels,
  RECRUITMENT_MESSAGE_CODES,
  type RecruitmentMessageCode,
  type RecruitmentSchemaIssueCode,
  recruitmentMessages,
  recruitmentText,
  roleLabels,
} from "./messages/index.js";
export { type InputIssue, InvalidInputError } from "../_lib/input/index.js";
