// Popup: check a pasted text, a quick eligibility check, the glossary.
import { commonPracticeRules, questionsFor } from "@raadswerk/domain/eligibility";
import { glossary } from "@raadswerk/domain/wmcz";
import { t, type UiKey } from "../i18n/index.js";
import { loadSettings } from "../settings/store.js";
import { checkText, checkView } from "../view/check.js";
import { todayInNetherlands } from "../view/dates.js";
import { h } from "../view/dom.js";
import { eligibilityOutcome, fieldView, visibleQuestions } from "../view/eligibility.js";
import { glossaryItemView, searchGlossary } from "../view/glossary.js";
import { appRoot, pageLocale, setPageLanguage } from "../view/page.js";
import { renderCheck, renderField, renderGlossary } from "../view/render.js";
import { tabs } from "./tabs.js";

async function main(): Promise<void> {
  const root = appRoot();
  const locale = pageLocale(await loadSettings());
  setPageLanguage(locale, "actionTitle");
  const tr = (key: UiKey, params?: Readonly<Record<string, string | number>>) => t(locale, key, params);

  // 1. Check a pasted text.
  const text = h("textarea", { id: "text", name: "text", rows: 6, "aria-describedby": "text-error" });
  const textError = h("p", { class: "rw-error", id: "text-error", hidden: true }, tr("textEmpty"));
  const checkResult = h("div", { class: "rw-result", "aria-live": "polite" });
  const checkForm = h(
    "form",
    { id: "check-form" },
    h("label", { for: "text" }, tr("pasteLabel")),
    text,
    textError,
    h("button", { type: "submit", class: "rw-button" }, tr("checkButton")),
  );
  checkForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = text.value.trim();
    textError.hidden = value !== "";
    if (value === "") {
      checkResult.replaceChildren();
      text.focus();
      return;
    }
    checkResult.replaceChildren(renderCheck(checkView(checkText(value, todayInNetherlands(new Date())), locale), locale, 3));
  });

  // 2. Quick eligibility check: the domain's questions, answers parsed and judged by the domain.
  const rules = commonPracticeRules;
  const questions = questionsFor(rules);
  const answers: Record<string, string | undefined> = {};
  const fields = h("div", { class: "rw-fields" });
  const eligibilityResult = h("div", { class: "rw-result", "aria-live": "polite" });
  const drawFields = (): void => {
    fields.replaceChildren(...visibleQuestions(questions, answers).map((q) => renderField(fieldView(q, locale), locale, answers[q.id])));
  };
  const eligibilityForm = h(
    "form",
    { id: "eligibility-form", novalidate: true },
    h("p", {}, tr("eligibilityIntro")),
    fields,
    h("button", { type: "submit", class: "rw-button" }, tr("eligibilitySubmit")),
  );
  eligibilityForm.addEventListener("change", (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === "") return;
    answers[target.name] = target.value;
    const before = visibleQuestions(questions, answers).length;
    if (before !== fields.querySelectorAll("[data-field]").length) {
      const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement : undefined;
      const focusedName = focused?.name;
      const focusedValue = focused?.value;
      drawFields();
      if (focusedName !== undefined && focusedValue !== undefined) {
        [...fields.querySelectorAll<HTMLInputElement>("input")].find((input) => input.name === focusedName && input.value === focusedValue)?.focus();
      }
    }
  });
  eligibilityForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const outcome = eligibilityOutcome(rules, questions, answers, todayInNetherlands(new Date()), locale);
    for (const error of fields.querySelectorAll<HTMLElement>(".rw-error")) error.hidden = true;
    if (outcome.kind === "issues") {
      eligibilityResult.replaceChildren();
      let first: HTMLElement | undefined;
      for (const issue of outcome.issues) {
        const error = document.getElementById(`q-${issue.field}-error`);
        if (error === null) {
          eligibilityResult.append(h("p", { class: "rw-error" }, issue.text));
          continue;
        }
        error.textContent = issue.text;
        error.hidden = false;
        first ??= error.closest<HTMLElement>("[data-field]")?.querySelector<HTMLElement>("input, select") ?? undefined;
      }
      first?.focus();
      return;
    }
    eligibilityResult.replaceChildren(
      h(
        "div",
        { class: `rw-verdict rw-verdict--${outcome.verdict}` },
        h("h3", {}, outcome.headline),
        outcome.reasons.length > 0 && h("ul", {}, ...outcome.reasons.map((reason) => h("li", {}, reason))),
        h("p", {}, outcome.nextStep),
      ),
    );
  });
  drawFields();

  // 3. The glossary.
  const search = h("input", { type: "search", id: "glossary-search", name: "q", autocomplete: "off" });
  const glossaryCount = h("p", { class: "rw-meta", role: "status" });
  const glossaryList = h("div", {});
  const drawGlossary = (): void => {
    const items = searchGlossary(glossary, search.value, locale).map((entry) => glossaryItemView(entry, locale));
    glossaryCount.textContent = tr("glossaryCount", { count: items.length });
    glossaryList.replaceChildren(renderGlossary(items, locale));
  };
  search.addEventListener("input", drawGlossary);
  drawGlossary();

  root.replaceChildren(
    h("h1", {}, "Raadswerk"),
    tabs([
      { id: "check", label: tr("popupTabCheck"), panel: [checkForm, checkResult] },
      { id: "eligibility", label: tr("popupTabEligibility"), panel: [eligibilityForm, eligibilityResult] },
      {
        id: "glossary",
        label: tr("popupTabGlossary"),
        panel: [h("label", { for: "glossary-search" }, tr("glossarySearch")), search, glossaryCount, glossaryList],
      },
    ]),
  );
}

void main();
