import { type Locale, todayInNetherlands } from "@raadswerk/domain/calendar";
import { commonPracticeRules, questionsFor } from "@raadswerk/domain/eligibility";
import { t } from "../i18n/index.js";
import { h } from "../view/dom.js";
import { type EligibilityOutcome, eligibilityOutcome, fieldView, visibleQuestions } from "../view/eligibility.js";
import { renderField } from "../view/render.js";

/**
 * The popup's quick eligibility check: the domain's questions for common-practice rules, answers
 * parsed and judged by the domain. Answers stay in this page only.
 *
 * @example
 * panel.append(...eligibilityTab("nl"));
 */
export function eligibilityTab(locale: Locale, now: () => Date = () => new Date()): Node[] {
  const rules = commonPracticeRules;
  const questions = questionsFor(rules);
  const answers: Record<string, string | undefined> = {};
  const fields = h("div", { class: "rw-fields" });
  const result = h("div", { class: "rw-result", "aria-live": "polite" });

  const drawFields = (): void => {
    fields.replaceChildren(...visibleQuestions(questions, answers).map((q) => renderField(fieldView(q, locale), locale, answers[q.id])));
  };

  const form = h(
    "form",
    { id: "eligibility-form", novalidate: true },
    h("p", {}, t(locale, "eligibilityIntro")),
    fields,
    h("button", { type: "submit", class: "rw-button" }, t(locale, "eligibilitySubmit")),
  );

  form.addEventListener("change", (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === "") return;
    answers[target.name] = target.value;
    // A follow-up question appears or disappears: redraw, and keep focus on the chosen answer.
    if (visibleQuestions(questions, answers).length !== fields.querySelectorAll("[data-field]").length) {
      const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement : undefined;
      const name = focused?.name;
      const value = focused?.value;
      drawFields();
      if (name !== undefined) [...fields.querySelectorAll<HTMLInputElement>("input")].find((input) => input.name === name && input.value === value)?.focus();
    }
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    showOutcome(eligibilityOutcome(rules, questions, answers, todayInNetherlands(now()), locale), fields, result);
  });

  drawFields();
  return [form, result];
}

function showOutcome(outcome: EligibilityOutcome, fields: HTMLElement, result: HTMLElement): void {
  for (const error of fields.querySelectorAll<HTMLElement>(".rw-error")) error.hidden = true;
  if (outcome.kind === "issues") {
    result.replaceChildren();
    let first: HTMLElement | undefined;
    for (const issue of outcome.issues) {
      const error = document.getElementById(`q-${issue.field}-error`);
      if (error === null) {
        result.append(h("p", { class: "rw-error" }, issue.text));
        continue;
      }
      error.textContent = issue.text;
      error.hidden = false;
      first ??= error.closest<HTMLElement>("[data-field]")?.querySelector<HTMLElement>("input, select") ?? undefined;
    }
    first?.focus();
    return;
  }
  result.replaceChildren(
    h(
      "div",
      { class: `rw-verdict rw-verdict--${outcome.verdict}` },
      h("h3", {}, outcome.headline),
      outcome.reasons.length > 0 && h("ul", {}, ...outcome.reasons.map((reason) => h("li", {}, reason))),
      h("p", {}, outcome.nextStep),
    ),
  );
}
