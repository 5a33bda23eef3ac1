// Live checks on the application form, in the browser, with the same domain schemas and messages
// as the server. Progressive enhancement: without this script the form works the same, server-side.
import { MembershipRulesSchema, type Question, questionsFor } from "@raadswerk/domain/eligibility";
import { type FieldError, fieldAnchor, isShown, summaryText, validateApplication } from "../forms/application.js";
import { en } from "../i18n/en.js";
import { nl } from "../i18n/nl.js";

function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === "string") values[name] = value;
  return values;
}

function controlsOf(element: Element): NodeListOf<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement> {
  return element.querySelectorAll("input, textarea, select");
}

function enhance(form: HTMLFormElement): void {
  const parsedRules = MembershipRulesSchema.safeParse(JSON.parse(form.dataset.rules ?? "null"));
  if (!parsedRules.success) return; // the server still checks everything
  const rules = parsedRules.data;
  const locale = form.dataset.locale === "en" ? "en" : "nl";
  const t = locale === "en" ? en : nl;
  const questions: readonly Question[] = questionsFor(rules);
  const touched = new Set<string>();
  // Fields the server already marked stay checked, so fixing one clears its message at once.
  for (const slot of form.querySelectorAll<HTMLElement>(".rw-error")) if (slot.textContent !== "") touched.add(slot.id.replace(/^err-/, ""));
  const baseTitle = document.title.replace(new RegExp(`^${t.titleErrorPrefix}: `), "");

  const updateVisibility = (values: Record<string, string>) => {
    for (const question of questions) {
      if (question.showIf === undefined) continue;
      const element = form.querySelector<HTMLElement>(`[data-field="${question.id}"]`);
      if (element === null) continue;
      const shown = isShown(question, values);
      element.hidden = !shown;
      for (const control of controlsOf(element)) control.disabled = !shown;
      // The "only if" note is for pages without script; with it, the question simply appears.
      for (const note of element.querySelectorAll<HTMLElement>(".rw-condition")) note.hidden = true;
    }
  };

  const showFieldErrors = (errors: readonly FieldError[], all: boolean) => {
    for (const element of form.querySelectorAll<HTMLElement>("[data-field]")) {
      const field = element.dataset.field ?? "";
      const error = errors.find((e) => e.field === field);
      const visible = error !== undefined && (all || touched.has(field));
      const slot = element.querySelector<HTMLElement>(`#err-${CSS.escape(field)}`);
      if (slot !== null) {
        slot.replaceChildren();
        if (visible) {
          const prefix = document.createElement("span");
          prefix.className = "rw-visually-hidden";
          prefix.textContent = `${t.errorPrefix} `;
          slot.append(prefix, error.message);
        }
      }
      element.classList.toggle("utrecht-form-field--invalid", visible);
      for (const control of controlsOf(element)) {
        if (control.type === "radio") continue;
        if (visible) control.setAttribute("aria-invalid", "true");
        else control.removeAttribute("aria-invalid");
      }
    }
  };

  const showSummary = (errors: readonly FieldError[]) => {
    const summary = document.getElementById("foutmeldingen");
    const list = summary?.querySelector("ul");
    if (summary === null || list === null || list === undefined) return;
    list.replaceChildren(
      ...errors.map((error) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = `#${fieldAnchor(questions, error.field)}`;
        link.textContent = summaryText(error);
        item.append(link);
        return item;
      }),
    );
    summary.hidden = errors.length === 0;
    document.title = errors.length === 0 ? baseTitle : `${t.titleErrorPrefix}: ${baseTitle}`;
  };

  const check = (all: boolean) => {
    const values = formValues(form);
    updateVisibility(values);
    const result = validateApplication(rules, questions, formValues(form), locale);
    const errors = result.ok ? [] : result.errors;
    showFieldErrors(errors, all);
    return errors;
  };

  const nameOf = (target: EventTarget | null) => (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement ? target.name : "");

  // Choices and dates are checked when changed; text while typing once the field was left once.
  form.addEventListener("change", (event) => {
    touched.add(nameOf(event.target));
    check(false);
  });
  form.addEventListener("input", () => check(false));
  form.addEventListener("focusout", (event) => {
    const name = nameOf(event.target);
    if (name !== "" && formValues(form)[name] !== undefined && formValues(form)[name] !== "") touched.add(name);
    check(false);
  });
  form.addEventListener("submit", (event) => {
    const errors = check(true);
    if (errors.length === 0) return;
    event.preventDefault();
    for (const error of errors) touched.add(error.field);
    showSummary(errors);
    document.getElementById("foutmeldingen")?.focus();
  });

  // Links in the summary move focus to the field itself, not just scroll.
  document.getElementById("foutmeldingen")?.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    const id = link?.getAttribute("href")?.slice(1);
    const target = id === undefined ? null : document.getElementById(id);
    if (target === null) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "center" });
  });

  updateVisibility(formValues(form));
}

const form = document.querySelector<HTMLFormElement>("form[data-live-check]");
if (form !== null) enhance(form);
