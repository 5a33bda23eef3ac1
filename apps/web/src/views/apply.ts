import type { Question } from "@raadswerk/domain/eligibility";
import type { Vacancy } from "@raadswerk/storage";
import { CONTACT_LIMITS } from "../forms/contact.js";
import { type FieldError, fieldAnchor, summaryText } from "../forms/application.js";
import { type Locale, ui } from "../i18n/index.js";
import { CSRF_FIELD } from "../security/csrf.js";
import { type Html, each, html, when } from "./html.js";

export type ApplyFormModel = {
  readonly locale: Locale;
  readonly vacancy: Vacancy;
  readonly questions: readonly Question[];
  /** The membership rules as JSON, for the live check in the browser. */
  readonly rulesJson: string;
  readonly csrfToken: string;
  /** What was typed, so nothing is lost when the page comes back with errors. */
  readonly values: Readonly<Record<string, string | undefined>>;
  readonly errors: readonly FieldError[];
  readonly retentionDays: number;
  /** Days after submission after which everything is erased, decided or not. */
  readonly maxAgeDays: number;
};

/** The error summary: a heading and a link to each field (also built by the browser script). */
export function errorSummary(locale: Locale, questions: readonly Question[], errors: readonly FieldError[]): Html {
  const t = ui(locale);
  return html`<div class="rw-summary" id="foutmeldingen" role="alert" tabindex="-1" aria-labelledby="foutmeldingen-titel" ${errors.length === 0 ? html`hidden` : html`autofocus`}>
  <h2 class="utrecht-heading-2" id="foutmeldingen-titel">${t.errorSummaryTitle}</h2>
  <p class="utrecht-paragraph">${t.errorSummaryIntro}</p>
  <ul class="rw-list">${each(errors, (e) => html`<li><a href="#${fieldAnchor(questions, e.field)}">${summaryText(e)}</a></li>`)}</ul>
</div>`;
}

function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

/** The message element of a field: always present (empty when fine) so the script can fill it. */
function errorSlot(locale: Locale, field: string, message: string | undefined): Html {
  return html`<span class="rw-error utrecht-form-field-error-message" id="err-${field}">${message === undefined ? "" : html`<span class="rw-visually-hidden">${ui(locale).errorPrefix} </span>${message}`}</span>`;
}

const describedBy = (...ids: (string | undefined)[]) => ids.filter((id) => id !== undefined).join(" ");

function questionField(model: ApplyFormModel, question: Question): Html {
  const { locale, values, errors } = model;
  const t = ui(locale);
  const message = errorFor(errors, question.id);
  const invalid = message !== undefined;
  const label = question.label[locale];
  const parent = question.showIf === undefined ? undefined : model.questions.find((q) => q.id === question.showIf?.questionId);
  const parentAnswer = parent?.options?.find((o) => o.value === question.showIf?.equals)?.label[locale] ?? question.showIf?.equals ?? "";
  const condition =
    parent === undefined ? undefined : t.onlyIf(parent.label[locale], parentAnswer.toLowerCase());
  const helpId = question.help === undefined && condition === undefined ? undefined : `help-${question.id}`;
  const help = helpId === undefined ? "" : html`<span class="rw-hint utrecht-form-field-description" id="${helpId}">${question.help?.[locale] ?? ""}${when(condition !== undefined, () => html`<span class="rw-condition"> ${condition}</span>`)}</span>`;
  const showIf =
    question.showIf === undefined ? "" : html`data-show-if="${question.showIf.questionId}" data-show-equals="${question.showIf.equals}"`;
  const optional = question.required ? "" : html` <span class="rw-optional">${t.optional}</span>`;
  const errorId = `err-${question.id}`;

  if ((question.kind === "yes_no" || question.kind === "choice") && question.options !== undefined) {
    return html`<fieldset class="rw-fieldset utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${invalid ? " utrecht-form-fieldset--invalid" : ""}" id="q-${question.id}" data-field="${question.id}" ${showIf} aria-describedby="${describedBy(helpId, errorId)}">
  <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${label}${optional}</legend>
  ${help}
  ${errorSlot(locale, question.id, message)}
  ${each(
    question.options,
    (option) => html`<div class="rw-option"><input class="utrecht-radio-button utrecht-radio-button--html-input${invalid ? " utrecht-radio-button--invalid" : ""}" type="radio" id="f-${question.id}-${option.value}" name="${question.id}" value="${option.value}" ${values[question.id] === option.value ? html`checked` : ""}><label class="utrecht-form-label utrecht-form-label--radio" for="f-${question.id}-${option.value}">${option.label[locale]}</label></div>`,
  )}
</fieldset>`;
  }
  const type = question.kind === "date" ? "date" : "text";
  return html`<div class="rw-field utrecht-form-field${invalid ? " utrecht-form-field--invalid" : ""}" id="q-${question.id}" data-field="${question.id}" ${showIf}>
  <label class="utrecht-form-label" for="f-${question.id}">${label}${optional}</label>
  ${help}
  ${errorSlot(locale, question.id, message)}
  <input class="utrecht-textbox utrecht-textbox--html-input${invalid ? " utrecht-textbox--invalid" : ""}" type="${type}" id="f-${question.id}" name="${question.id}" value="${values[question.id] ?? ""}" ${question.kind === "text" ? html`maxlength="500"` : ""} aria-describedby="${describedBy(helpId, errorId)}" ${invalid ? html`aria-invalid="true"` : ""} ${question.required ? html`aria-required="true"` : ""}>
</div>`;
}

type TextFieldSpec = {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly type?: "text" | "email" | "tel";
  readonly autocomplete?: string;
  readonly maxlength: number;
  readonly multiline?: boolean;
  readonly optional?: boolean;
  /** Optional on its own but one of a pair is needed (email or phone): no "(optional)" in the label. */
  readonly optionalHidden?: boolean;
};

function textField(model: ApplyFormModel, spec: TextFieldSpec): Html {
  const t = ui(model.locale);
  const message = errorFor(model.errors, spec.name);
  const invalid = message !== undefined;
  const hintId = spec.hint === undefined ? undefined : `help-${spec.name}`;
  const describe = describedBy(hintId, `err-${spec.name}`);
  const value = model.values[spec.name] ?? "";
  const common = html`id="f-${spec.name}" name="${spec.name}" maxlength="${spec.maxlength}" aria-describedby="${describe}" ${invalid ? html`aria-invalid="true"` : ""} ${spec.autocomplete === undefined ? "" : html`autocomplete="${spec.autocomplete}"`} ${spec.optional === true ? "" : html`aria-required="true"`}`;
  return html`<div class="rw-field utrecht-form-field${invalid ? " utrecht-form-field--invalid" : ""}" data-field="${spec.name}">
  <label class="utrecht-form-label" for="f-${spec.name}">${spec.label}${spec.optional === true && spec.optionalHidden !== true ? html` <span class="rw-optional">${t.optional}</span>` : ""}</label>
  ${hintId === undefined ? "" : html`<span class="rw-hint utrecht-form-field-description" id="${hintId}">${spec.hint ?? ""}</span>`}
  ${errorSlot(model.locale, spec.name, message)}
  ${
    spec.multiline === true
      ? html`<textarea class="utrecht-textarea utrecht-textarea--html-textarea${invalid ? " utrecht-textarea--invalid" : ""}" rows="5" ${common}>${value}</textarea>`
      : html`<input class="utrecht-textbox utrecht-textbox--html-input${invalid ? " utrecht-textbox--invalid" : ""}" type="${spec.type ?? "text"}" value="${value}" ${common}>`
  }
</div>`;
}

/** The application form: works without JavaScript; with it, answers are checked while typing. */
export function applyFormView(model: ApplyFormModel): Html {
  const { locale } = model;
  const t = ui(locale);
  const consentError = errorFor(model.errors, "consent");
  return html`<h1 class="utrecht-heading-1">${t.applyTitle(model.vacancy.title)}</h1>
${errorSummary(locale, model.questions, model.errors)}
<p class="utrecht-paragraph">${t.applyIntro}</p>
<form method="post" action="/vacatures/${model.vacancy.slug}/aanmelden" novalidate data-live-check data-rules="${model.rulesJson}" data-locale="${locale}">
  <input type="hidden" name="${CSRF_FIELD}" value="${model.csrfToken}">
  ${when(
    model.questions.length > 0,
    () => html`<fieldset class="rw-section">
    <legend>${t.applyAboutYou}</legend>
    ${each(model.questions, (q) => questionField(model, q))}
  </fieldset>`,
  )}
  <fieldset class="rw-section">
    <legend>${t.applyContact}</legend>
    ${textField(model, { name: "name", label: t.fieldName, autocomplete: "name", maxlength: CONTACT_LIMITS.name })}
    ${textField(model, { name: "email", label: t.fieldEmail, hint: t.fieldEmailHint, type: "email", autocomplete: "email", maxlength: CONTACT_LIMITS.email, optional: true, optionalHidden: true })}
    ${textField(model, { name: "phone", label: t.fieldPhone, type: "tel", autocomplete: "tel", maxlength: CONTACT_LIMITS.phone, optional: true, optionalHidden: true })}
  </fieldset>
  <fieldset class="rw-section">
    <legend>${t.applyMotivation}</legend>
    ${textField(model, { name: "motivation", label: t.fieldMotivation, hint: t.fieldMotivationHint, maxlength: CONTACT_LIMITS.motivation, multiline: true, optional: true })}
    ${textField(model, { name: "availability", label: t.fieldAvailability, hint: t.fieldAvailabilityHint, maxlength: CONTACT_LIMITS.availability, optional: true })}
  </fieldset>
  <section class="rw-privacy" aria-labelledby="privacy-title">
    <h2 class="utrecht-heading-2" id="privacy-title">${t.privacyTitle}</h2>
    <ul class="rw-list">
      <li>${t.privacyWhat}</li>
      <li>${t.privacyWhy}</li>
      <li>${t.privacyUntil(model.retentionDays, model.maxAgeDays)}</li>
    </ul>
  </section>
  <div class="rw-field utrecht-form-field${consentError === undefined ? "" : " utrecht-form-field--invalid"}" data-field="consent">
    ${errorSlot(locale, "consent", consentError)}
    <div class="rw-option">
      <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="f-consent" name="consent" value="yes" aria-describedby="err-consent privacy-title" ${model.values.consent === "yes" ? html`checked` : ""} ${consentError === undefined ? "" : html`aria-invalid="true"`} aria-required="true">
      <label class="utrecht-form-label utrecht-form-label--checkbox" for="f-consent">${t.fieldConsent}</label>
    </div>
  </div>
  <button class="rw-button utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">${t.submitApply}</button>
</form>`;
}
