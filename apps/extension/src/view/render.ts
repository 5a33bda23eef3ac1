import type { Locale } from "@raadswerk/domain/calendar";
import { t } from "../i18n/index.js";
import type { CheckView } from "./check.js";
import { h } from "./dom.js";
import type { FieldView } from "./eligibility.js";
import type { GlossaryItemView } from "./glossary.js";

/**
 * The result of a check: a summary, a card per right (right, topic, citation, explanation, the
 * words that led there, conditions), the procedure with dates, other Wmcz procedures.
 *
 * @example
 * document.body.append(renderCheck(checkView(check, "nl"), "nl"));
 */
export function renderCheck(view: CheckView, locale: Locale, headingLevel: 2 | 3 = 2): HTMLElement {
  const heading = headingLevel === 2 ? "h2" : "h3";
  const sub = headingLevel === 2 ? "h3" : "h4";
  const findings = view.findings.map((finding) =>
    h(
      "li",
      { class: `rw-finding rw-finding--${finding.right}`, "data-right": finding.right },
      h(
        "p",
        { class: "rw-finding__right" },
        h("span", { class: `rw-badge rw-badge--${finding.right}` }, finding.rightLabel),
        " ",
        h("span", { class: "rw-finding__citation" }, `${t(locale, "source")}: ${finding.citationText}`),
      ),
      h(sub, { class: "rw-finding__topic" }, finding.topicTitle),
      h("p", { class: "rw-finding__explanation" }, finding.explanation),
      finding.conditionTexts.length > 0 &&
        h(
          "div",
          { class: "rw-note", role: "note" },
          h("strong", {}, `${t(locale, "conditions")}: `),
          ...finding.conditionTexts.flatMap((text, i) => (i === 0 ? [text] : [" ", text])),
        ),
      finding.evidence.length > 0 &&
        h(
          "p",
          { class: "rw-finding__evidence" },
          `${t(locale, "evidence")}: `,
          ...finding.evidence.flatMap((words, i) => [i === 0 ? "" : ", ", h("q", {}, words)]),
        ),
    ),
  );
  // Steps can be long: each right's plan folds open; the first is open.
  const plans = view.plans.map((plan, index) =>
    h(
      "details",
      { class: "rw-plan", open: index === 0 },
      h("summary", {}, h(sub, { class: "rw-plan__title" }, t(locale, "planTitle", { right: plan.rightLabel }))),
      h(
        "ol",
        { class: "rw-steps" },
        ...plan.steps.map((step) =>
          h(
            "li",
            {},
            // The domain's step text usually names the date itself; add it only when it does not.
            step.dateText !== undefined && !step.text.includes(step.dateText) && h("strong", { class: "rw-steps__date" }, `${step.dateText}: `),
            step.text,
            step.citationText !== undefined && h("span", { class: "rw-steps__citation" }, ` (${step.citationText})`),
          ),
        ),
      ),
      plan.inTimeText !== undefined && h("p", {}, plan.inTimeText),
    ),
  );
  return h(
    "div",
    { class: "rw-check" },
    h(heading, { class: "rw-check__summary" }, view.summary),
    findings.length > 0 && h("ul", { class: "rw-findings" }, ...findings),
    plans.length > 0 && h("p", { class: "rw-meta" }, view.planIntro),
    ...plans,
    view.procedures.length > 0 &&
      h(
        "section",
        { class: "rw-procedures" },
        h(sub, {}, t(locale, "otherProcedures")),
        h(
          "ul",
          {},
          ...view.procedures.map((procedure) =>
            h(
              "li",
              {},
              h("strong", {}, procedure.title),
              ` (${procedure.citationText}). `,
              procedure.explanation,
              ...procedure.caveats.map((caveat) => h("span", { class: "rw-note", role: "note" }, ` ${caveat}`)),
            ),
          ),
        ),
      ),
    h("p", { class: "rw-meta" }, view.checkedOnText, " · ", view.ruleSetText),
    h("p", { class: "rw-meta" }, t(locale, "notLegalAdvice")),
  );
}

/**
 * A list of glossary entries.
 *
 * @example
 * renderGlossary([glossaryItemView(entry, "nl")], "nl");
 */
export function renderGlossary(items: readonly GlossaryItemView[], locale: Locale): HTMLElement {
  if (items.length === 0) return h("p", { class: "rw-empty" }, t(locale, "glossaryNone"));
  return h(
    "dl",
    { class: "rw-glossary" },
    ...items.flatMap((item) => [
      h("dt", {}, item.term),
      h(
        "dd",
        {},
        item.definition,
        item.citationText !== undefined && h("span", { class: "rw-glossary__citation" }, ` ${t(locale, "source")}: ${item.citationText}`),
      ),
    ]),
  );
}

/**
 * One form field with its label and help, built for the domain's question kinds.
 *
 * @example
 * form.append(renderField(fieldView(question, "nl"), "nl", answers));
 */
export function renderField(field: FieldView, locale: Locale, value: string | undefined): HTMLElement {
  const id = `q-${field.name}`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [field.help !== undefined ? helpId : undefined, errorId].filter(Boolean).join(" ");
  const label = field.label;
  const help = field.help !== undefined && h("p", { class: "rw-help", id: helpId }, field.help);
  const error = h("p", { class: "rw-error", id: errorId, hidden: true });
  if (field.kind === "yes_no" || (field.kind === "choice" && field.options.length <= 4)) {
    return h(
      "fieldset",
      { class: `rw-field rw-field--${field.kind}`, "data-field": field.name, "aria-describedby": describedBy },
      h("legend", {}, label),
      help,
      ...field.options.map((option) =>
        h(
          "label",
          { class: "rw-choice" },
          h("input", {
            type: "radio",
            name: field.name,
            value: option.value,
            checked: value === option.value,
            required: field.required,
          }),
          ` ${option.label}`,
        ),
      ),
      error,
    );
  }
  const control =
    field.kind === "choice"
      ? h(
          "select",
          { id, name: field.name, required: field.required, "aria-describedby": describedBy },
          h("option", { value: "" }, t(locale, "choose")),
          ...field.options.map((option) => h("option", { value: option.value, selected: value === option.value }, option.label)),
        )
      : h("input", {
          id,
          name: field.name,
          type: field.kind === "date" ? "date" : "text",
          value: value ?? "",
          required: field.required,
          autocomplete: "off",
          "aria-describedby": describedBy,
        });
  return h("div", { class: "rw-field", "data-field": field.name }, h("label", { for: id }, label), help, control, error);
}
