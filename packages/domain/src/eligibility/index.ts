/**
 * @raadswerk/domain/eligibility — may this person join this client council?
 *
 * The organisation's membership rules as data ({@link MembershipRulesSchema}, with the
 * {@link commonPracticeRules} preset and its sources), a minimal candidate description
 * ({@link CandidateSchema}), named rules evaluated in order ({@link checkEligibility}), seat checks
 * for sitting members ({@link checkReappointment}, {@link checkSittingMember}), the questions a
 * form needs ({@link questionsFor}, {@link parseAnswers}) and the words to show
 * ({@link explainReason}, {@link nextStepText}, {@link explainAnswerIssue}, {@link describeRules}).
 *
 * @module
 */
export type { CalendarDate } from "../_lib/calendar-date/index.js";
export type { Citation } from "../_lib/citation/index.js";
export type { Locale } from "../_lib/messages/index.js";
export {
  type Candidate,
  CandidateSchema,
  type ClientRelation,
  ClientRelationSchema,
  CLIENT_RELATIONS,
  type ClientStatus,
  ClientStatusSchema,
  type EmploymentStatus,
  EmploymentStatusSchema,
  OTHER_RELATION_MAX_LENGTH,
} from "./candidate/index.js";
export {
  type MembershipBasis,
  MembershipBasisSchema,
  type MembershipRules,
  MembershipRulesSchema,
  RELATION_KINDS,
  type RelationKind,
  type RelationPolicy,
  RelationPolicySchema,
} from "./membership-rules/index.js";
export {
  COMMON_ASPIRANT_MONTHS,
  COMMON_FORMER_CLIENT_YEARS,
  COMMON_FORMER_EMPLOYEE_YEARS,
  COMMON_MAX_REAPPOINTMENTS,
  COMMON_TERM_YEARS,
  commonPracticeRules,
  commonPracticeSources,
  DEFAULT_MAX_MEMBERS,
  DEFAULT_MIN_MEMBERS,
  type PracticeSource,
  type RulePath,
} from "./common-practice/index.js";
export {
  REASON_CODES,
  type Reason,
  type ReasonCode,
  type ReasonEffect,
  type ReasonParams,
  type ReasonSource,
  type Verdict,
  verdictOf,
} from "./reason/index.js";
export {
  checkEligibility,
  type EligibilityContext,
  EligibilityContextSchema,
  type EligibilityResult,
  type EligibilityRule,
  eligibilityRules,
  LOC_CONFLICT_GUIDANCE,
} from "./check-eligibility/index.js";
export {
  checkReappointment,
  checkSittingMember,
  GRANDFATHERING_PRECEDENT,
  type ReappointmentResult,
  type SeatContext,
  SeatContextSchema,
  type SeatResult,
  type SittingMember,
  SittingMemberSchema,
  termEndOf,
} from "./check-reappointment/index.js";
export { type Bilingual, type Question, type QuestionId, QUESTION_IDS, questionsFor } from "./questions-for/index.js";
export {
  ANSWER_ISSUE_CODES,
  type AnswerIssue,
  type AnswerIssueCode,
  type Answers,
  AnswersSchema,
  parseAnswers,
  type ParseAnswersResult,
} from "./parse-answers/index.js";
export { decisiveReasons } from "./decisive-reasons/index.js";
export { ELIGIBILITY_RULES_VERSION, eligibilityRuleSetVersion } from "./rule-set-version/index.js";
export { describeRules, explainAnswerIssue, explainReason, nextStepText } from "./explain/index.js";
export { type EligibilityMessageCode, eligibilityMessages, type RulesLine } from "./messages/index.js";
export { type InputIssue, InvalidInputError } from "../_lib/input/index.js";
