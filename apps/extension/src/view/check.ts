import type { CalendarDate, Locale } from "@raadswerk/domain/calendar";
import { assessDecision, explainFinding, explainNothingFound, explainPlan, explainProcedureFinding, planProcedure, type ProcedureKind } from "@raadswerk/domain/wmcz";
import { t } from "../i18n/index.js";
import { formatDate } from "./dates.js";

/** What `assessDecision` returns. */
export type Assessment = ReturnType<typeof assessDecision>;
type Right = Assessment["findings"][number]["right"];

/** One right a text touches, in words. */
export type FindingView = {
  readonly right: Right;
  readonly rightLabel: string;
  readonly topicTitle: string;
  readonly citationText: string;
  readonly explanation: string;
  readonly conditionTexts: readonly string[];
  readonly evidence: readonly string[];
};

/** Another Wmcz procedure a text touches (installing a council, binding nomination, ...). */
export type ProcedureView = ReturnType<typeof explainProcedureFinding>;

/** The steps that follow for one right (or for the council's unsolicited advice), with dates from the day of the check. */
export type PlanView = {
  readonly right: ProcedureKind;
  readonly rightLabel: string;
  readonly steps: readonly { readonly dateText?: string; readonly text: string; readonly citationText?: string }[];
  readonly inTimeText?: string;
};

/** Everything the side panel and the popup show for one check. */
export type CheckView = {
  readonly summary: string;
  readonly findings: readonly FindingView[];
  readonly procedures: readonly ProcedureView[];
  readonly plans: readonly PlanView[];
  /** How the dates of the plans are counted (shown once above them). */
  readonly planIntro: string;
  readonly checkedOnText: string;
  readonly ruleSetText: string;
};

/** A check as stored for the side panel: the text, the day, and the domain's answer. */
export type StoredCheck = { readonly text: string; readonly checkedOn: CalendarDate; readonly assessment: Assessment };

/**
 * Checks a text with the domain (no rule logic here).
 *
 * @example
 * checkText("We willen de klachtenregeling wijzigen.", "2026-03-02").assessment.findings.length; // 1
 */
export function checkText(text: string, today: CalendarDate): StoredCheck {
  return { text, checkedOn: today, assessment: assessDecision(text) };
}

/**
 * Turns the domain's assessment into words for one locale: every finding explained by the domain,
 * and for every right found the procedure from the day of the check.
 *
 * @example
 * checkView(checkText("Wij gaan fuseren.", "2026-03-02"), "nl").findings[0]?.rightLabel; // "Adviesrecht"
 */
export function checkView(check: StoredCheck, locale: Locale): CheckView {
  const { assessment, checkedOn } = check;
  const findings = assessment.findings.map((finding): FindingView => {
    const explained = explainFinding(finding, locale);
    return {
      right: finding.right,
      rightLabel: explained.rightLabel,
      topicTitle: explained.topicTitle,
      citationText: explained.citationText,
      explanation: explained.explanation,
      conditionTexts: [...explained.conditionTexts],
      evidence: [...explained.evidence],
    };
  });
  // The council's own route, unsolicited advice (art. 9), is always open to it: its plan comes last.
  const nothing = explainNothingFound(locale);
  const rights: ProcedureKind[] = [...new Set(assessment.findings.map((finding) => finding.right)), "unsolicited-advice"];
  const plans = rights.map((right): PlanView => {
    const explained = explainPlan(planProcedure({ right, sentOn: checkedOn }), locale);
    const label = right === "unsolicited-advice" ? nothing.routeLabel : (findings.find((finding) => finding.right === right)?.rightLabel ?? right);
    return {
      right,
      rightLabel: label,
      steps: explained.steps.map((step) => ({
        ...(step.date === undefined ? {} : { dateText: formatDate(step.date, locale) }),
        text: step.text,
        ...(step.citationText === undefined ? {} : { citationText: step.citationText }),
      })),
      ...(explained.inTimeText === undefined ? {} : { inTimeText: explained.inTimeText }),
    };
  });
  const count = findings.length;
  return {
    summary: count === 0 ? nothing.text : count === 1 ? t(locale, "findingsOne") : t(locale, "findingsMany", { count }),
    findings,
    procedures: assessment.procedures.map((procedure) => explainProcedureFinding(procedure, locale)),
    plans,
    planIntro: t(locale, "planFrom", { date: formatDate(checkedOn, locale) }),
    checkedOnText: t(locale, "checkedOn", { date: formatDate(checkedOn, locale) }),
    ruleSetText: t(locale, "ruleSet", { version: assessment.ruleSetVersion }),
  };
}
