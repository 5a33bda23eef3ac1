import type { CalendarDate } from "../../_lib/calendar-date/index.js";
import { formatCitation } from "../../_lib/citation/index.js";
import type { Locale } from "../../_lib/messages/index.js";
import type { Finding, ProcedureFinding } from "../assess-decision/index.js";
import { wmczMessages } from "../messages/index.js";
import type { ProcedurePlan } from "../plan-procedure/index.js";
import { procedureById } from "../procedures/index.js";
import { topicById } from "../topics/index.js";
import { PROCEDURE_STEPS } from "../procedure-steps/index.js";

const UNSOLICITED_ADVICE = /* @__PURE__ */ (() => PROCEDURE_STEPS.find((s) => s.code === "unsolicited_advice_sent")?.citation ?? { law: "Wmcz 2018", article: "9", status: "confirmed" as const })();

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
export type ProcedureFindingView = {
  readonly title: string;
  readonly citationText: string;
  readonly explanation: string;
  readonly evidence: string[];
  /** Remarks with their status in words ("niet bevestigd"), never shown as law when unconfirmed. */
  readonly caveats: string[];
};

/**
 * The words to show for another Wmcz procedure found in a text.
 *
 * @example
 * explainProcedureFinding(assessDecision("Opheffen van de cliëntenraad").procedures[0]!, "en");
 * // { title: "Dissolving a client council", citationText: "Wmcz 2018", explanation: "A client council can only be dissolved …", evidence: ["Opheffen", "cliëntenraad"], caveats: [] }
 */
export function explainProcedureFinding(finding: ProcedureFinding, locale: Locale): ProcedureFindingView {
  const procedure = procedureById(finding.procedure);
  return {
    title: procedure.title[locale],
    citationText: formatCitation(finding.citation, locale),
    explanation: procedure.explanation[locale],
    evidence: [...finding.evidence],
    caveats: procedure.caveats.map((c) => c.text[locale]),
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
 * explainPlan(planProcedure({ right: "advice", sentOn: "2026-11-23" }), "nl").steps[2];
 * // { date: "2027-01-04", text: "4 januari 2027: gebruikelijke datum voor het antwoord van de cliëntenraad (6 weken is gebruikelijk). De wet noemt geen vaste termijn. …" }
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

/**
 * The council's own route when no advice or consent right was found (or alongside one): it may
 * always give unsolicited advice (art. 9), with the steps that follow, and who can help.
 *
 * @example
 * explainNothingFound("nl").text; // "We vonden in deze tekst geen onderwerp met advies- of instemmingsrecht. De cliëntenraad mag wel altijd ongevraagd advies geven …"
 */
export function explainNothingFound(locale: Locale): { readonly text: string; readonly routeLabel: string; readonly citationText: string } {
  const messages = wmczMessages[locale];
  return { text: messages.no_right_found({}), routeLabel: messages.right_unsolicited_advice({}), citationText: formatCitation(UNSOLICITED_ADVICE, locale) };
}
