/**
 * @raadswerk/domain/wmcz — the Wmcz 2018 rights engine: which advice or consent right a provider's
 * intended decision touches (`assessDecision`), the topics, procedures and glossary as cited data,
 * the procedure steps and dates (`planProcedure`), and view helpers so every app shows the same words.
 *
 * @module
 */
export type { CalendarDate } from "../_lib/calendar-date/index.js";
export {
  type Citation,
  type CitationStatus,
  CitationSchema,
  formatCitation,
  type Source,
  type SourceKind,
  SourceSchema,
  WMCZ_2018,
  WMCZ_2018_BWB_ID,
} from "../_lib/citation/index.js";
export { SOURCES } from "./sources/index.js";
export type { Locale, Messages } from "../_lib/messages/index.js";
export { ADVICE_TOPIC_IDS, CONSENT_TOPIC_IDS, PROCEDURE_IDS, type ProcedureId, type TopicId } from "./topic-ids/index.js";
export {
  type Condition,
  type ConditionCode,
  type LocalisedText,
  type Right,
  RightSchema,
  type Topic,
  TOPIC_IDS,
  TopicIdSchema,
  topicById,
  topics,
} from "./topics/index.js";
export { type Caveat, type Procedure, procedureById, procedures } from "./procedures/index.js";
export {
  APPEAL_PERIOD,
  type LegalPeriod,
  NULLITY_INVOCATION_PERIOD,
  PROCEDURE_STEPS,
  type ProcedureKind,
  ProcedureKindSchema,
  type ProcedureStepCode,
  type StepDating,
  type StepDefinition,
} from "./procedure-steps/index.js";
export {
  COUNCIL_THRESHOLDS,
  type CouncilDuty,
  type CouncilDutyInput,
  CouncilDutyInputSchema,
  type CouncilThreshold,
  councilDuty,
  VOLUNTARY_COUNCIL,
} from "./council-duty/index.js";
export { RULE_SET_VERSION } from "./rule-set/index.js";
export {
  type AssessOptions,
  AssessOptionsSchema,
  type Assessment,
  assessDecision,
  type Finding,
  type ProcedureFinding,
} from "./assess-decision/index.js";
export {
  addPeriod,
  COMMON_PRACTICE_ANSWER_PERIOD,
  DateSchema,
  defaultProcedureSettings,
  type Period,
  PeriodSchema,
  type PeriodUnit,
  PeriodUnitSchema,
  type ProcedureSettings,
  ProcedureSettingsSchema,
} from "./procedure-settings/index.js";
export {
  type InTimeCheck,
  type PeriodSource,
  type PlanProcedureInput,
  PlanProcedureInputSchema,
  type ProcedurePlan,
  type ProcedureStep,
  planProcedure,
  type StepParams,
} from "./plan-procedure/index.js";
export { type GlossaryEntry, glossary } from "./glossary/index.js";
export { WMCZ_MESSAGE_CODES, type WmczMessageCode, wmczMessages } from "./messages/index.js";
export {
  explainFinding,
  explainNothingFound,
  explainPlan,
  explainProcedureFinding,
  type FindingView,
  type PlanView,
  type ProcedureFindingView,
} from "./explain/index.js";
