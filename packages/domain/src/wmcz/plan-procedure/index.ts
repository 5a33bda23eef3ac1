import * as z from "zod";
import { addMonths, type CalendarDate, differenceInDays } from "../../_lib/calendar-date/index.js";
import type { Citation } from "../../_lib/citation/index.js";
import { RULE_SET_VERSION } from "../rule-set/index.js";
import { addPeriod, DateSchema, defaultProcedureSettings, type Period, ProcedureSettingsSchema } from "../procedure-settings/index.js";
import { APPEAL_PERIOD, NULLITY_INVOCATION_PERIOD, PROCEDURE_STEPS, type ProcedureKind, ProcedureKindSchema, type ProcedureStepCode } from "../procedure-steps/index.js";

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
 * The procedure for one advice or consent request, or for the council's unsolicited advice (which
 * has no answer date: the *instelling* decides as soon as possible).
 *
 * @example
 * planProcedure({ right: "advice", sentOn: "2026-11-23" }).answerDue; // "2027-01-04"
 * planProcedure({ right: "unsolicited-advice", sentOn: "2026-11-23" }).answerDue; // undefined
 */
export type ProcedurePlan = {
  readonly right: ProcedureKind;
  readonly sentOn: CalendarDate;
  readonly answerDue?: CalendarDate;
  readonly period?: Period;
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
  right: ProcedureKindSchema,
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
 * The steps and dates of an advice, consent or unsolicited-advice procedure under the Wmcz 2018,
 * read from the step table `PROCEDURE_STEPS`: when the answer is usually due (by the
 * organisation's own period; the law sets none, so the default of 6 weeks is common practice and
 * shown as "usual"), asking for information, consultation before deviating from advice or before
 * refusing consent, a written decision with reasons, substitute consent, the nullity month (its
 * start is unconfirmed, so a date is only given as a reading from when the council learned of the
 * decision, with that doubt in its parameters), disputes (art. 13), the appeal to the
 * Ondernemingskamer within three months (art. 13) and enforcing a ruling. Unsolicited advice has
 * no answer date: the *instelling* decides as soon as possible.
 *
 * @throws {z.ZodError} when the input does not match {@link PlanProcedureInputSchema} (validate form input first with `safeParse`)
 * @example
 * const plan = planProcedure({ right: "consent", sentOn: "2026-11-23", plannedDecisionOn: "2026-12-15" });
 * plan.answerDue; // "2027-01-04"
 * plan.inTime?.code; // "not_in_time_by_own_period"
 * plan.steps.map((s) => s.code).includes("consult_before_refusing"); // true
 */
export function planProcedure(input: PlanProcedureInput): ProcedurePlan {
  const parsed = PlanProcedureInputSchema.parse(input);
  const settings = parsed.settings ?? defaultProcedureSettings;
  const periodSource: PeriodSource = parsed.settings === undefined ? "common_practice" : "organisation";
  const kind = parsed.right;
  const period = kind === "advice" ? settings.adviceAnswerPeriod : kind === "consent" ? settings.consentAnswerPeriod : undefined;
  const answerDue = period === undefined ? undefined : addPeriod(parsed.sentOn, period, settings);

  const steps: ProcedureStep[] = [];
  for (const definition of PROCEDURE_STEPS) {
    if (!definition.appliesTo.includes(kind)) continue;
    const citation = definition.citation === undefined ? {} : { citation: definition.citation };
    switch (definition.dating) {
      case "sent_on":
        steps.push({ code: definition.code, date: parsed.sentOn, ...citation, params: { right: kind } });
        break;
      case "answer_due":
        if (answerDue !== undefined && period !== undefined) {
          steps.push({ code: definition.code, date: answerDue, ...citation, params: { amount: period.amount, unit: period.unit, source: periodSource } });
        }
        break;
      case "none":
        steps.push({ code: definition.code, ...citation, params: paramsOf(definition.code, parsed.decisionLearnedOn) });
        break;
    }
  }

  const plan: ProcedurePlan = {
    right: kind,
    sentOn: parsed.sentOn,
    ...(answerDue === undefined ? {} : { answerDue }),
    ...(period === undefined ? {} : { period }),
    periodSource,
    steps,
    ruleSetVersion: RULE_SET_VERSION,
  };
  if (parsed.plannedDecisionOn === undefined || answerDue === undefined) return plan;
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

function paramsOf(code: ProcedureStepCode, learnedOn: CalendarDate | undefined): StepParams {
  if (code === "nullity_invocation_deadline") {
    // The month's start is unconfirmed: a date counted from when the council learned of the
    // decision is one reading, never a hard deadline; the words say "do it at once".
    return learnedOn === undefined
      ? { known: false, startConfirmed: false }
      : { known: true, startConfirmed: false, learnedOn, monthFromLearning: addMonths(learnedOn, NULLITY_INVOCATION_PERIOD.amount) };
  }
  if (code === "appeal_to_ondernemingskamer") return { months: APPEAL_PERIOD.amount, periodConfirmed: true };
  return {};
}
