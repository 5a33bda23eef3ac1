import type { CalendarDate, Locale } from "@raadswerk/domain/calendar";
import {
  checkEligibility,
  decisiveReasons,
  explainAnswerIssue,
  explainReason,
  nextStepText,
  parseAnswers,
  type questionsFor,
} from "@raadswerk/domain/eligibility";
import { t, type UiKey } from "../i18n/index.js";

/** One question of the domain's eligibility form. */
export type Question = ReturnType<typeof questionsFor>[number];
/** The organisation's membership rules (the domain's `MembershipRules`). */
export type Rules = Parameters<typeof questionsFor>[0];
/** Form values as strings, by question id. */
export type Answers = Readonly<Record<string, string | undefined>>;

/** A form field in words for one locale. */
export type FieldView = {
  readonly name: string;
  readonly kind: Question["kind"];
  readonly label: string;
  readonly help?: string;
  readonly required: boolean;
  readonly options: readonly { readonly value: string; readonly label: string }[];
};

/** What the quick check shows after "See the result". */
export type EligibilityOutcome =
  | { readonly kind: "issues"; readonly issues: readonly { readonly field: string; readonly text: string }[] }
  | {
      readonly kind: "verdict";
      readonly verdict: ReturnType<typeof checkEligibility>["verdict"];
      readonly headline: string;
      readonly reasons: readonly string[];
      readonly nextStep: string;
    };

/**
 * The questions to show now: a question with `showIf` appears only when the other answer matches.
 *
 * @example
 * visibleQuestions(questions, { isClient: "yes" }).map((q) => q.id); // [..., "clientSince"]
 */
export function visibleQuestions(questions: readonly Question[], answers: Answers): Question[] {
  const visible: Question[] = [];
  const shown = new Set<string>();
  for (const question of questions) {
    const condition = question.showIf;
    if (condition !== undefined && (!shown.has(condition.questionId) || answers[condition.questionId] !== condition.equals)) continue;
    visible.push(question);
    shown.add(question.id);
  }
  return visible;
}

/**
 * A question as a form field for one locale, with the domain's labels and options.
 *
 * @example
 * fieldView({ id: "isEmployee", kind: "yes_no", label: { nl: "Werkt u hier?", en: "Do you work here?" }, required: true }, "nl").options;
 * // [{ value: "yes", label: "Ja" }, { value: "no", label: "Nee" }]
 */
export function fieldView(question: Question, locale: Locale): FieldView {
  // The domain's option labels; the extension's Ja/Nee only when a yes/no question comes without them.
  const options =
    question.options !== undefined && question.options.length > 0
      ? question.options.map((option) => ({ value: option.value, label: option.label[locale] }))
      : question.kind === "yes_no"
        ? [
            { value: "yes", label: t(locale, "yes") },
            { value: "no", label: t(locale, "no") },
          ]
        : [];
  return {
    name: question.id,
    kind: question.kind,
    label: question.label[locale],
    ...(question.help === undefined ? {} : { help: question.help[locale] }),
    required: question.required,
    options,
  };
}

const headlines: Record<ReturnType<typeof checkEligibility>["verdict"], UiKey> = {
  eligible: "verdictEligible",
  not_eligible: "verdictNotEligible",
  needs_review: "verdictNeedsReview",
};

/**
 * Parses the form with the domain, then checks eligibility with the domain. Answers to questions that
 * are not shown are left out, so nothing hidden counts.
 *
 * @example
 * eligibilityOutcome(commonPracticeRules, questions, answers, "2026-03-02", "nl");
 * // { kind: "verdict", verdict: "eligible", headline: "U mag lid worden.", reasons: [...], nextStep: "..." }
 */
export function eligibilityOutcome(
  rules: Rules,
  questions: readonly Question[],
  answers: Answers,
  today: CalendarDate,
  locale: Locale,
): EligibilityOutcome {
  const visible = new Set<string>(visibleQuestions(questions, answers).map((question) => question.id));
  const shownAnswers = Object.fromEntries(
    Object.entries(answers).filter(([name, value]) => visible.has(name) && value !== undefined && value !== ""),
  );
  const parsed = parseAnswers(rules, shownAnswers);
  if (!parsed.success) {
    return { kind: "issues", issues: parsed.issues.map((issue) => ({ field: issue.field, text: explainAnswerIssue(issue, locale) })) };
  }
  const result = checkEligibility(parsed.data, rules, { today });
  return {
    kind: "verdict",
    verdict: result.verdict,
    headline: t(locale, headlines[result.verdict]),
    reasons: decisiveReasons(result).map((reason) => explainReason(reason, locale)),
    nextStep: nextStepText(result.verdict, locale),
  };
}
