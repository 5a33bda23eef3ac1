// Form answers built from the demo organisation's own questions (never a copy of rule logic).
import { type Question, commonPracticeRules, questionsFor } from "@raadswerk/domain/eligibility";

export const demoQuestions: readonly Question[] = questionsFor(commonPracticeRules);

/**
 * Answers as a person gives them, question by question: a current client with no ties to the
 * provider (eligible under common practice), changed by `overrides`; questions that do not apply
 * (their `showIf`) are left out.
 */
export function answersWith(overrides: Readonly<Record<string, string>> = {}): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const q of demoQuestions) {
    if (q.showIf !== undefined && answers[q.showIf.questionId] !== q.showIf.equals) continue;
    const fallback = q.kind === "yes_no" ? (q.id === "client" ? "yes" : "no") : q.kind === "choice" && q.required ? q.options?.[0]?.value : undefined;
    const value = overrides[q.id] ?? fallback;
    if (value !== undefined) answers[q.id] = value;
  }
  return answers;
}

/** A current client with no ties to the provider: eligible under common practice. */
export const eligibleAnswers = (): Record<string, string> => answersWith();

/** Same candidate, but working for the provider: refused under common practice. */
export const employeeAnswers = (): Record<string, string> => answersWith({ employee: "yes" });

export const contact = { name: "Ans de Vries", email: "ans.devries@example.org", phone: "06 12345678", motivation: "Ik wil meedenken.", availability: "dinsdag", consent: "yes" };
