import { type Locale, ui } from "../i18n/index.js";
import { type Html, each, html } from "./html.js";

export type OutcomeModel = {
  readonly locale: Locale;
  readonly vacancyTitle: string;
  readonly verdict: "eligible" | "needs_review" | "not_eligible";
  /** The reasons in plain words (from the domain). */
  readonly reasons: readonly string[];
  /** What happens next (from the domain). */
  readonly nextStep: string;
};

/** The answer right after sending: the verdict, why, and what happens next. */
export function outcomeView(model: OutcomeModel): Html {
  const t = ui(model.locale);
  return html`<h1 class="utrecht-heading-1" lang="nl">${model.vacancyTitle}</h1>
<div class="rw-outcome rw-outcome--${model.verdict}" role="status">
  <h2 class="utrecht-heading-2">${t.outcomeTitle[model.verdict]}</h2>
  <p class="utrecht-paragraph">${t.outcomeStored}</p>
</div>
<section aria-labelledby="waarom"><h2 class="utrecht-heading-2" id="waarom">${t.outcomeWhy}</h2>
<ul class="rw-list utrecht-unordered-list">${each(model.reasons, (reason) => html`<li class="utrecht-unordered-list__item">${reason}</li>`)}</ul></section>
<section aria-labelledby="hierna"><h2 class="utrecht-heading-2" id="hierna">${t.outcomeNext}</h2>
<p class="utrecht-paragraph">${model.nextStep}</p></section>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/">${t.outcomeBack}</a></p>`;
}
