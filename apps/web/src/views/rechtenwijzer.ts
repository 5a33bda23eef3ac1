import { type Locale, ui } from "../i18n/index.js";
import { CSRF_FIELD } from "../security/csrf.js";
import { type Html, each, html, when } from "./html.js";

/** One right the decision touches, already worded by the domain. */
export type FindingModel = {
  readonly rightLabel: string;
  readonly topicTitle: string;
  readonly citationText: string;
  readonly explanation: string;
  readonly conditionTexts: readonly string[];
  readonly evidence: readonly string[];
  /** Each step in words (dated steps name their date in the text). */
  readonly steps: readonly { readonly text: string; readonly citationText?: string }[];
  readonly inTimeText?: string;
};

export type RightsModel = {
  readonly locale: Locale;
  readonly csrfToken: string;
  readonly values: { readonly text: string; readonly longTermStay: "yes" | "no" | "unknown"; readonly requestDate: string };
  readonly errors: readonly { readonly field: "text" | "requestDate"; readonly message: string }[];
  readonly maxLength: number;
  /** Undefined before the first check. */
  readonly result?: {
    readonly findings: readonly FindingModel[];
    readonly procedures: readonly { readonly title: string; readonly citationText: string; readonly explanation: string; readonly caveats: readonly string[] }[];
    readonly requestDateText: string;
    /** The domain's "nothing found" answer (points to unsolicited advice and who can help). */
    readonly noneText: string;
    /** The unsolicited-advice route (art. 9), with its steps. */
    readonly unsolicited: { readonly label: string; readonly citationText: string; readonly steps: readonly { readonly text: string; readonly citationText?: string }[] };
  };
};

/** The Rechtenwijzer: paste a proposed decision, see the rights it touches and the dates. */
export function rightsView(model: RightsModel): Html {
  const t = ui(model.locale);
  const error = (field: "text" | "requestDate") => model.errors.find((e) => e.field === field)?.message;
  const textError = error("text");
  const dateError = error("requestDate");
  const anchor = (field: "text" | "requestDate") => (field === "text" ? "f-text" : "f-requestDate");
  const slot = (id: string, message: string | undefined) =>
    html`<span class="rw-error utrecht-form-field-error-message" id="err-${id}">${message === undefined ? "" : html`<span class="rw-visually-hidden">${t.errorPrefix} </span>${message}`}</span>`;
  return html`<h1 class="utrecht-heading-1">${t.rightsTitle}</h1>
${when(
  model.errors.length > 0,
  () => html`<div class="rw-summary" id="foutmeldingen" role="alert" tabindex="-1" aria-labelledby="foutmeldingen-titel" autofocus>
  <h2 class="utrecht-heading-2" id="foutmeldingen-titel">${t.errorSummaryTitle}</h2>
  <ul class="rw-list">${each(model.errors, (e) => html`<li><a href="#${anchor(e.field)}">${e.message}</a></li>`)}</ul>
</div>`,
)}
<p class="utrecht-paragraph">${t.rightsIntro}</p>
<form method="post" action="/rechtenwijzer#uitkomst" novalidate>
  <input type="hidden" name="${CSRF_FIELD}" value="${model.csrfToken}">
  <div class="rw-field utrecht-form-field${textError === undefined ? "" : " utrecht-form-field--invalid"}">
    <label class="utrecht-form-label" for="f-text">${t.rightsText}</label>
    <span class="rw-hint utrecht-form-field-description" id="help-text">${t.rightsTextHint}</span>
    ${slot("text", textError)}
    <textarea class="utrecht-textarea utrecht-textarea--html-textarea${textError === undefined ? "" : " utrecht-textarea--invalid"}" id="f-text" name="text" rows="8" maxlength="${model.maxLength}" aria-describedby="help-text err-text" ${textError === undefined ? "" : html`aria-invalid="true"`} aria-required="true">${model.values.text}</textarea>
  </div>
  <fieldset class="rw-field utrecht-form-fieldset rw-fieldset" aria-describedby="help-longTermStay">
    <legend class="utrecht-form-label">${t.rightsLongTermStay}</legend>
    <span class="rw-hint utrecht-form-field-description" id="help-longTermStay">${t.rightsLongTermStayHint}</span>
    ${each(
      [
        ["yes", t.rightsLongTermStayYes],
        ["no", t.rightsLongTermStayNo],
        ["unknown", t.rightsLongTermStayUnknown],
      ] as const,
      ([value, label]) => html`<div class="rw-option">
      <input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id="f-longTermStay-${value}" name="longTermStay" value="${value}" ${model.values.longTermStay === value ? html`checked` : ""}>
      <label class="utrecht-form-label utrecht-form-label--radio-button" for="f-longTermStay-${value}">${label}</label>
    </div>`,
    )}
  </fieldset>
  <div class="rw-field utrecht-form-field${dateError === undefined ? "" : " utrecht-form-field--invalid"}">
    <label class="utrecht-form-label" for="f-requestDate">${t.rightsRequestDate}</label>
    ${slot("requestDate", dateError)}
    <input class="utrecht-textbox utrecht-textbox--html-input${dateError === undefined ? "" : " utrecht-textbox--invalid"}" type="date" id="f-requestDate" name="requestDate" value="${model.values.requestDate}" aria-describedby="err-requestDate" ${dateError === undefined ? "" : html`aria-invalid="true"`} aria-required="true">
  </div>
  <button class="rw-button utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">${t.rightsSubmit}</button>
</form>
${when(model.result !== undefined, () => resultView(model))}`;
}

function resultView(model: RightsModel): Html {
  const t = ui(model.locale);
  const result = model.result;
  if (result === undefined) return html``;
  return html`<section aria-labelledby="uitkomst" id="uitkomst-sectie">
<h2 class="utrecht-heading-2" id="uitkomst" tabindex="-1">${t.rightsResults}</h2>
<p class="utrecht-paragraph" role="status">${result.findings.length === 0 ? result.noneText : t.rightsFound(result.findings.length)}</p>
${each(
  result.findings,
  (f, i) => html`<article class="rw-finding" aria-labelledby="finding-${i}">
  <h3 class="utrecht-heading-3" id="finding-${i}"><span class="rw-badge">${f.rightLabel}</span>${f.topicTitle}</h3>
  <p class="utrecht-paragraph rw-meta">${f.citationText}</p>
  <p class="utrecht-paragraph">${f.explanation}</p>
  ${when(f.conditionTexts.length > 0, () => html`<h4 class="utrecht-heading-4">${t.rightsConditions}</h4><ul class="rw-list">${each(f.conditionTexts, (text) => html`<li>${text}</li>`)}</ul>`)}
  ${when(f.evidence.length > 0, () => html`<h4 class="utrecht-heading-4">${t.rightsEvidence}</h4><ul class="rw-list">${each(f.evidence, (text) => html`<li><q>${text}</q></li>`)}</ul>`)}
  ${when(
    f.steps.length > 0,
    () => html`<h4 class="utrecht-heading-4">${t.rightsSteps(result.requestDateText)}</h4>
  <ol class="rw-steps">${each(f.steps, (s) => html`<li>${s.text}${s.citationText === undefined ? "" : html` <span class="rw-meta">(${s.citationText})</span>`}</li>`)}</ol>
  ${f.inTimeText === undefined ? "" : html`<p class="utrecht-paragraph">${f.inTimeText}</p>`}`,
  )}
</article>`,
)}
${when(
  result.procedures.length > 0,
  () => html`<h3 class="utrecht-heading-3">${t.rightsProcedures}</h3>
${each(
  result.procedures,
  (p) =>
    html`<article class="rw-finding"><h4 class="utrecht-heading-4">${p.title}</h4><p class="utrecht-paragraph rw-meta">${p.citationText}</p><p class="utrecht-paragraph">${p.explanation}</p>${when(p.caveats.length > 0, () => html`<ul class="rw-list">${each(p.caveats, (text) => html`<li>${text}</li>`)}</ul>`)}</article>`,
)}`,
)}
<article class="rw-finding rw-unsolicited" aria-labelledby="unsolicited">
  <h3 class="utrecht-heading-3" id="unsolicited"><span class="rw-badge">${result.unsolicited.label}</span>${t.rightsUnsolicitedTitle}</h3>
  <p class="utrecht-paragraph rw-meta">${result.unsolicited.citationText}</p>
  <h4 class="utrecht-heading-4">${t.rightsUnsolicitedSteps(result.requestDateText)}</h4>
  <ol class="rw-steps">${each(result.unsolicited.steps, (s) => html`<li>${s.text}${s.citationText === undefined ? "" : html` <span class="rw-meta">(${s.citationText})</span>`}</li>`)}</ol>
</article>
<p class="utrecht-paragraph"><strong>${t.rightsDisclaimer}</strong></p>
</section>`;
}
