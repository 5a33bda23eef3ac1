// Page bodies of the council side. Every value is escaped by the html template.
import type { Locale } from "../i18n/index.js";
import { formatDate } from "../i18n/index.js";
import { CSRF_FIELD } from "../security/csrf.js";
import { type Html, html, when } from "../views/html.js";
import { type CouncilText, councilText } from "./i18n/index.js";

/** Field name → error text, in the order of the form. */
export type FieldErrors = Readonly<Record<string, string>>;

export const csrfInput = (token: string): Html => html`<input type="hidden" name="${CSRF_FIELD}" value="${token}">`;

export const date = (value: string | null | undefined, locale: Locale): string => (value === null || value === undefined ? "" : formatDate(value, locale));

/** The menu of the council side (replaces the public menu in the shared layout). */
export function councilNav(locale: Locale, current: string | undefined, csrfToken: string | undefined): Html {
  const t = councilText(locale);
  const item = (key: string, href: string, label: string) =>
    html`<li><a class="utrecht-link utrecht-link--html-a" href="${href}" ${current === key ? html`aria-current="page"` : ""}>${label}</a></li>`;
  if (csrfToken === undefined) return html``;
  return html`${item("overview", "/raad", t.navOverview)}${item("applications", "/raad/aanmeldingen", t.navApplications)}${item("rules", "/raad/regels", t.navRules)}${item("settings", "/raad/instellingen", t.navSettings)}${item("audit", "/raad/logboek", t.navAudit)}${item("account", "/raad/account", t.navAccount)}
<li><form class="rw-inline-form" method="post" action="/raad/uitloggen">${csrfInput(csrfToken)}<button class="utrecht-button utrecht-button--subtle rw-button" type="submit">${t.logout}</button></form></li>`;
}

/** An error summary at the top of a form that links to each field. */
export function errorSummary(t: CouncilText, errors: FieldErrors): Html | "" {
  const entries = Object.entries(errors);
  if (entries.length === 0) return "";
  return html`<div class="rw-summary" role="alert" tabindex="-1" id="fouten">
<h2 class="utrecht-heading-2">${t.formErrorsTitle}</h2>
<ul class="rw-list">${entries.map(([field, text]) => html`<li><a href="#f-${field}">${text}</a></li>`)}</ul>
</div>`;
}

type FieldOptions = { readonly name: string; readonly label: string; readonly hint?: string; readonly error?: string | undefined };

/** A labelled field with hint and error, around a control whose id is `f-<name>`. */
export function field(options: FieldOptions, control: Html): Html {
  return html`<div class="rw-field">
<label class="utrecht-form-label" for="f-${options.name}">${options.label}</label>
${when(options.hint !== undefined, () => html`<span class="rw-hint" id="h-${options.name}">${options.hint ?? ""}</span>`)}
${when(options.error !== undefined, () => html`<span class="rw-error" id="e-${options.name}">${options.error ?? ""}</span>`)}
${control}
</div>`;
}

/** Attributes that tie a control to its hint and error. */
export const describedBy = (name: string, hint: boolean, error: string | undefined): Html => {
  const ids = [hint ? `h-${name}` : "", error === undefined ? "" : `e-${name}`].filter(Boolean).join(" ");
  return html`${ids === "" ? "" : html` aria-describedby="${ids}"`}${error === undefined ? "" : html` aria-invalid="true"`}`;
};

export function textInput(name: string, value: string, options: { error?: string | undefined; hint?: boolean; type?: string; autocomplete?: string; required?: boolean; inputmode?: string } = {}): Html {
  return html`<input class="utrecht-textbox utrecht-textbox--html-input" id="f-${name}" name="${name}" type="${options.type ?? "text"}" value="${value}"${options.autocomplete === undefined ? "" : html` autocomplete="${options.autocomplete}"`}${options.inputmode === undefined ? "" : html` inputmode="${options.inputmode}"`}${options.required === true ? html` required` : ""}${describedBy(name, options.hint === true, options.error)}>`;
}

export function select(name: string, value: string, options: readonly { readonly value: string; readonly label: string }[], error?: string, hint = false): Html {
  return html`<select class="utrecht-select utrecht-select--html-select" id="f-${name}" name="${name}"${describedBy(name, hint, error)}>${options.map(
    (option) => html`<option value="${option.value}"${option.value === value ? html` selected` : ""}>${option.label}</option>`,
  )}</select>`;
}

export const button = (label: string, kind: "primary" | "secondary" = "primary", attrs: Html = html``): Html =>
  html`<button class="utrecht-button utrecht-button--${kind === "primary" ? "primary-action" : "secondary-action"} rw-button" type="submit"${attrs}>${label}</button>`;

export const notice = (text: string | undefined): Html | "" => (text === undefined ? "" : html`<p class="rw-notice" role="status">${text}</p>`);

export const heading1 = (text: string): Html => html`<h1 class="utrecht-heading-1">${text}</h1>`;
export const heading2 = (text: string, id?: string): Html => html`<h2 class="utrecht-heading-2"${id === undefined ? "" : html` id="${id}"`}>${text}</h2>`;
export const paragraph = (text: string): Html => html`<p class="utrecht-paragraph">${text}</p>`;
export const link = (href: string, text: string, attrs: Html = html``): Html => html`<a class="utrecht-link utrecht-link--html-a" href="${href}"${attrs}>${text}</a>`;

/** A table inside a scrolling wrapper with a caption. */
export function table(caption: string, headers: readonly string[], rows: readonly (readonly (Html | string)[])[]): Html {
  return html`<div class="rw-table-wrap" tabindex="0" role="region" aria-label="${caption}"><table class="utrecht-table rw-table">
<caption class="rw-visually-hidden">${caption}</caption>
<thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${rows.map((row) => html`<tr>${row.map((cell, index) => (index === 0 ? html`<th scope="row">${cell}</th>` : html`<td data-label="${headers[index] ?? ""}">${cell}</td>`))}</tr>`)}</tbody>
</table></div>`;
}
