import type { CalendarDate } from "../../_lib/calendar-date/index.js";
import { formatCitation } from "../../_lib/citation/index.js";
import type { Locale } from "../../_lib/messages/index.js";
import type { Finding, ProcedureFinding } from "../assess-decision/index.js";
import { wmczMessages } from "../messages/index.js";
import type { ProcedurePlan } from "../plan-procedure/index.js";
import { procedureById } from "../procedures/index.js";
import { topicById } from "../topics/index.js";

/**
 * A finding in words, ready to show.
 *
 * @example
 * explainFinding(finding, "en").rightLabel; // "Right of consent"
 */
export type FindingView = {
  readonly rightLabel: string;
  readonly topicTitle: string;
  readonly citationText: string;
  readonly explanation: string;
  readonly conditionTexts: string[];
  readonly evidence: string[];
};

/**
 * The words to show for a finding, the same in the web app, Slack and the extension.
 *
 * @example
 * explainFinding(assessDecision("Nieuwe huisregels").findings[0]!, "nl");
 * // { rightLabel: "Instemmingsrecht", topicTitle: "Regels voor cliënten, zoals huisregels en prijzen",
 * //   citationText: "art. 8 lid 1 sub a Wmcz 2018", explanation: "Regels die voor cliënten gelden, …", conditionTexts: [], evidence: ["huisregels"] }
 */
export function explainFinding(finding: Finding, locale: Locale): FindingView {
  const topic = topicById(finding.topic);
  return {
    rightLabel: wmczMessages[locale][finding.right === "advice" ? "right_advice" : "right_consent"]({}),
    topicTitle: topic.title[locale],
    citationText: formatCitation(finding.citation, locale),
    explanation: topic.explanation[locale],
    conditionTexts: finding.conditions.map((condition) => wmczMessages[locale][`condition_${condition.code}`]({})),
    evidence: [...finding.evidence],
  };
}

/**
 * A procedure finding in words.
 *
 * @example
 * explainProcedureFinding(p, "nl").title; // "Een cliëntenraad opheffen"
 */
export type ProcedureFindingView = { readonly title: string; readonly citationText: string; readonly explanation: string; readonly evidence: string[] };

/**
 * The words to show for another Wmcz procedure found in a text.
 *
 * @example
 * explainProcedureFinding(assessDecision("Opheffen van de cliëntenraad").procedures[0]!, "en");
 * // { title: "Dissolving a client council", citationText: "Wmcz 2018", explanation: "A client council can only be dissolved …", evidence: ["Opheffen", "cliëntenraad"] }
 */
export function explainProcedureFinding(finding: ProcedureFinding, locale: Locale): ProcedureFindingView {
  const procedure = procedureById(finding.procedure);
  return {
    title: procedure.title[locale],
    citationText: formatCitation(finding.citation, locale),
    explanation: procedure.explanation[locale],
    evidence: [...finding.evidence],
  };
}

/**
 * A procedure plan in words.
 *
 * @example
 * explainPlan(plan, "nl").inTimeText; // "Niet op tijd volgens …" (only with plannedDecisionOn)
 */
export type PlanView = { readonly steps: { date?: CalendarDate; text: string; citationText?: string }[]; readonly inTimeText?: string };

/**
 * The steps of a plan as sentences, with their dates and sources, and the in-time check.
 *
 * @example
 * explainPlan(planProcedure({ right: "advice", sentOn: "2026-11-23" }), "nl").steps[1];
 * // { date: "2027-01-04", text: "4 januari 2027: de cliëntenraad geeft uiterlijk dan antwoord (6 weken). De wet noemt geen termijn. …" }
 */
export function explainPlan(plan: ProcedurePlan, locale: Locale): PlanView {
  const messages = wmczMessages[locale];
  const steps = plan.steps.map((step) => {
    const text = messages[`step_${step.code}`]({ ...step.params, date: step.date });
    return {
      ...(step.date === undefined ? {} : { date: step.date }),
      text,
      ...(step.citation === undefined ? {} : { citationText: formatCitation(step.citation, locale) }),
    };
  });
  if (plan.inTime === undefined) return { steps };
  const { code, plannedDecisionOn, answerDue, periodSource } = plan.inTime;
  return { steps, inTimeText: messages[code]({ plannedDecisionOn, answerDue, periodSource }) };
}
