import type { ErrorCode } from "../errors.js";
import { type Locale, ui } from "../i18n/index.js";
import { type Html, html } from "./html.js";

/** The body of an error page: what happened and where to go, never technical details. */
export function errorView(locale: Locale, code: ErrorCode): Html {
  const t = ui(locale);
  return html`<h1 class="utrecht-heading-1">${t.errorTitle[code]}</h1>
<p class="utrecht-paragraph">${t.errorText[code]}</p>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/">${t.errorHome}</a></p>`;
}
