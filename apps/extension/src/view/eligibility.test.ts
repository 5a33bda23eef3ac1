import { commonPracticeRules, questionsFor } from "@raadswerk/domain/eligibility";
import { describe, expect, it } from "vitest";
import { type Answers, eligibilityOutcome, fieldView, type Question, visibleQuestions } from "./eligibility.js";

const question = (overrides: Partial<Question> & Pick<Question, "id">): Question => ({
  kind: "yes_no",
  label: { nl: "Vraag?", en: "Question?" },
  required: true,
  ...overrides,
});

/** Answers "no" to every yes/no question, the first option to every choice, and a date in the past. */
function plainAnswers(questions: readonly Question[]): Record<string, string> {
  const answers: Record<string, string> = {};
  for (let round = 0; round < 5; round++) {
    for (const q of visibleQuestions(questions, answers)) {
      if (answers[q.id] !== undefined) continue;
      if (q.kind === "yes_no") answers[q.id] = "no";
      else if (q.kind === "choice") answers[q.id] = q.options?.[0]?.value ?? "";
      else if (q.kind === "date") answers[q.id] = "2020-01-01";
      else if (q.required) answers[q.id] = "x";
    }
  }
  return answers;
}

describe("visibleQuestions", () => {
  const questions = [question({ id: "client" }), question({ id: "careEndedOn", kind: "date", showIf: { questionId: "client", equals: "yes" } })];

  it("hides a follow-up question until its answer matches", () => {
    expect(visibleQuestions(questions, {}).map((q) => q.id)).toEqual(["client"]);
    expect(visibleQuestions(questions, { client: "no" }).map((q) => q.id)).toEqual(["client"]);
  });

  it("shows the follow-up question when it applies", () => {
    expect(visibleQuestions(questions, { client: "yes" }).map((q) => q.id)).toEqual(["client", "careEndedOn"]);
  });
});

describe("fieldView", () => {
  it("offers Ja and Nee for a yes/no question in Dutch", () => {
    expect(fieldView(question({ id: "client" }), "nl").options).toEqual([
      { value: "yes", label: "Ja" },
      { value: "no", label: "Nee" },
    ]);
  });

  it("takes label, help and options in the chosen language", () => {
    const view = fieldView(
      question({
        id: "clientRelation",
        kind: "choice",
        label: { nl: "Welke relatie?", en: "Which relation?" },
        help: { nl: "Kies er één.", en: "Choose one." },
        options: [{ value: "client", label: { nl: "Cliënt", en: "Client" } }],
      }),
      "en",
    );
    expect(view).toMatchObject({ label: "Which relation?", help: "Choose one.", options: [{ value: "client", label: "Client" }] });
  });
});

describe("eligibilityOutcome", () => {
  const questions = questionsFor(commonPracticeRules);

  it("explains what is missing when nothing is answered", () => {
    const outcome = eligibilityOutcome(commonPracticeRules, questions, {}, "2026-03-02", "nl");
    expect(outcome.kind).toBe("issues");
    if (outcome.kind === "issues") expect(outcome.issues.every((issue) => issue.text.length > 0)).toBe(true);
  });

  it("gives a verdict with a headline and a next step once the questions are answered", () => {
    const outcome = eligibilityOutcome(commonPracticeRules, questions, plainAnswers(questions), "2026-03-02", "nl");
    expect(outcome.kind).toBe("verdict");
    if (outcome.kind === "verdict") {
      expect(["U mag lid worden.", "U mag geen lid worden.", "Hierover is eerst een gesprek nodig."]).toContain(outcome.headline);
      expect(outcome.nextStep).not.toBe("");
    }
  });

  it("ignores answers to questions that are not shown", () => {
    const answers: Answers = { ...plainAnswers(questions), hiddenQuestion: "yes" };
    expect(eligibilityOutcome(commonPracticeRules, questions, answers, "2026-03-02", "nl").kind).toBe("verdict");
  });
});
