import * as z from "zod";
import { addMonths, type CalendarDate, differenceInDays } from "../../_lib/calendar-date/index.js";
import { type Citation, WMCZ_2018 } from "../../_lib/citation/index.js";
import { RULE_SET_VERSION } from "../rule-set/index.js";
import { type Right, RightSchema } from "../topics/index.js";
import { addPeriod, DateSchema, defaultProcedureSettings, type Period, ProcedureSettingsSchema } from "../procedure-settings/index.js";

/**
 * Period within which the council must invoke the nullity of a decision taken without its
 * required consent, in writing, counted from when it learned (or could know) of the decision:
 * **one month**. Confirmed (article unconfirmed), `shared/domain/wmcz-2018.md`.
 *
 * @example
 * NULLITY_INVOCATION_PERIOD; // { amount: 1, unit: "months" }
 */
export const NULLITY_INVOCATION_PERIOD: Period = { amount: 1, unit: "months" };

/** Confirmed as part of the Wmcz 2018, article not confirmed: cite the law alone. */
const LAW_ONLY: Citation = { law: WMCZ_2018, status: "confirmed" };
/** Disputes go to the commissie van vertrouwenslieden: art. 14, confirmed. */
const ART_14: Citation = { law: WMCZ_2018, article: "14", status: "confirmed" };

/**
 * Codes of the steps of an advice or consent procedure.
 *
 * @example
 * const code: ProcedureStepCode = "consent_refused_substitute_consent";
 */
export type ProcedureStepCode =
  | "request_sent"
  | "answer_due"
  | "consult_before_deviating"
  | "written_decision_with_reasons"
  | "consent_refused_substitute_consent"
  | "nullity_invocation_deadline"
  | "dispute_to_commission"
  | "appeal_to_ondernemingskamer";

/**
 * Parameters of a step (for its message).
 *
 * @example
 * const params: StepParams = { amount: 6, unit: "weeks", source: "common_practice" };
 */
export type StepParams = Readonly<Record<string, string | number | boolean>>;

/**
 * One step of the procedure, with its date where one can be given and its source.
 *
 * @example
 * const step: ProcedureStep = { code: "answer_due", date: "2027-01-04", params: { amount: 6, unit: "weeks", source: "common_practice" } };
 */
export type ProcedureStep = { readonly code: ProcedureStepCode; readonly date?: CalendarDate; readonly citation?: Citation; readonly params: StepParams };

/**
 * Whether the provider's planned decision date leaves the council its full answer period, by the
 * **organisation's own** period (never "late under the law": the law only says *tijdig*).
 *
 * @example
 * planProcedure({ right: "advice", sentOn: "2026-11-23", plannedDecisionOn: "2027-02-01" }).inTime?.inTime; // true
 */
export type InTimeCheck = {
  readonly code: "in_time_by_own_period" | "not_in_time_by_own_period";
  readonly inTime: boolean;
  readonly plannedDecisionOn: CalendarDate;
  readonly answerDue: CalendarDate;
  /** Days between the answer due date and the planned decision (negative or zero: too early). */
  readonly marginDays: number;
  readonly periodSource: PeriodSource;
};

/**
 * Where the answer period comes from.
 *
 * @example
 * planProcedure({ right: "advice", sentOn: "2026-11-23" }).periodSource; // "common_practice"
 */
export type PeriodSource = "organisation" | "common_practice";

/**
 * The procedure for one advice or consent request.
 *
 * @example
 * planProcedure({ right: "advice", sentOn: "2026-11-23" }).answerDue; // "2027-01-04"
 */
export type ProcedurePlan = {
  readonly right: Right;
  readonly sentOn: CalendarDate;
  readonly answerDue: CalendarDate;
  readonly period: Period;
  readonly periodSource: PeriodSource;
  readonly steps: readonly ProcedureStep[];
  readonly inTime?: InTimeCheck;
  readonly ruleSetVersion: string;
};

/**
 * Input of {@link planProcedure}. `settings` come from the organisation's regulation (left out:
 * common-practice defaults); `plannedDecisionOn` asks for the in-time check; `decisionLearnedOn`
 * (consent only) is when the council learned that a decision was taken without its consent.
 *
 * @example
 * PlanProcedureInputSchema.safeParse({ right: "advice", sentOn: "2026-02-31" }).success; // false
 */
export const PlanProcedureInputSchema = z.object({
  right: RightSchema,
  sentOn: DateSchema,
  settings: ProcedureSettingsSchema.optional(),
  plannedDecisionOn: DateSchema.optional(),
  decisionLearnedOn: DateSchema.optional(),
});

/**
 * Input of {@link planProcedure} (settings may leave out their defaulted fields).
 *
 * @example
 * const input: PlanProcedureInput = { right: "consent", sentOn: "2026-11-23", decisionLearnedOn: "2027-01-10" };
 */
export type PlanProcedureInput = z.input<typeof PlanProcedureInputSchema>;

/**
 * The steps and dates of an advice or consent procedure under the Wmcz 2018: when the answer is
 * due (by the organisation's own period; the law sets none, so the default of 6 weeks is common
 * practice), consultation before deviating from advice, a written decision with reasons, and for
 * consent: refusal leaves only substitute consent from the commissie van vertrouwenslieden, and a
 * decision taken without consent is void if the council invokes that in writing within one month
 * of learning of it. Disputes go to the commission (art. 14); appeal lies only with the
 * Ondernemingskamer (its period is not confirmed, so it gets no date).
 *
 * @throws {z.ZodError} when the input does not match {@link PlanProcedureInputSchema} (validate form input first with `safeParse`)
 * @example
 * const plan = planProcedure({ right: "consent", sentOn: "2026-11-23", plannedDecisionOn: "2026-12-15", decisionLearnedOn: "2027-02-10" });
 * plan.answerDue; // "2027-01-04"
 * plan.inTime?.code; // "not_in_time_by_own_period"
 * plan.steps.find((s) => s.code === "nullity_invocation_deadline")?.date; // "2027-03-10"
 */
export function planProcedure(input: PlanProcedureInput): ProcedurePlan {
  const parsed = PlanProcedureInputSchema.parse(input);
  const settings = parsed.settings ?? defaultProcedureSettings;
  const periodSource: PeriodSource = parsed.settings === undefined ? "common_practice" : "organisation";
  const period = parsed.right === "advice" ? settings.adviceAnswerPeriod : settings.consentAnswerPeriod;
  const answerDue = addPeriod(parsed.sentOn, period, settings);

  const steps: ProcedureStep[] = [
    { code: "request_sent", date: parsed.sentOn, params: { right: parsed.right } },
    { code: "answer_due", date: answerDue, params: { amount: period.amount, unit: period.unit, source: periodSource } },
  ];
  if (parsed.right === "advice") {
    steps.push({ code: "consult_before_deviating", citation: LAW_ONLY, params: {} });
    steps.push({ code: "written_decision_with_reasons", citation: LAW_ONLY, params: {} });
  } else {
    steps.push({ code: "consent_refused_substitute_consent", citation: LAW_ONLY, params: {} });
    steps.push(
      parsed.decisionLearnedOn === undefined
        ? { code: "nullity_invocation_deadline", citation: LAW_ONLY, params: { known: false } }
        : {
            code: "nullity_invocation_deadline",
            date: addMonths(parsed.decisionLearnedOn, NULLITY_INVOCATION_PERIOD.amount),
            citation: LAW_ONLY,
            params: { known: true, learnedOn: parsed.decisionLearnedOn },
          },
    );
  }
  steps.push({ code: "dispute_to_commission", citation: ART_14, params: {} });
  steps.push({ code: "appeal_to_ondernemingskamer", citation: LAW_ONLY, params: { periodConfirmed: false } });

  const plan: ProcedurePlan = { right: parsed.right, sentOn: parsed.sentOn, answerDue, period, periodSource, steps, ruleSetVersion: RULE_SET_VERSION };
  if (parsed.plannedDecisionOn === undefined) return plan;
  const marginDays = differenceInDays(parsed.plannedDecisionOn, answerDue);
  const inTime = marginDays > 0;
  return {
    ...plan,
    inTime: {
      code: inTime ? "in_time_by_own_period" : "not_in_time_by_own_period",
      inTime,
      plannedDecisionOn: parsed.plannedDecisionOn,
      answerDue,
      marginDays,
      periodSource,
    },
  };
}
