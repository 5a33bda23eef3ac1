import type { VacancyPage } from "@raadswerk/storage";
import { type Locale, formatDate, ui } from "../i18n/index.js";
import { type Html, each, html, when } from "./html.js";

/** Open vacancies as cards, each a link to its page. */
export function homeView(locale: Locale, vacancies: readonly VacancyPage[]): Html {
  const t = ui(locale);
  return html`<h1 class="utrecht-heading-1">${t.homeTitle}</h1>
<p class="utrecht-paragraph">${t.homeIntro}</p>
${
  vacancies.length === 0
    ? html`<p class="utrecht-paragraph">${t.homeEmpty}</p>`
    : html`<ul class="rw-stack rw-plain">
${each(
  vacancies,
  ({ vacancy, council, organisation }) => html`<li class="rw-card">
  <h2 class="utrecht-heading-2"><a class="utrecht-link utrecht-link--html-a" href="/vacatures/${vacancy.slug}" lang="nl">${vacancy.title}</a>${when(organisation.isDemo, () => html` <span class="rw-badge">${t.demoLabel}</span>`)}</h2>
  <p class="utrecht-paragraph rw-meta" lang="nl">${t.vacancyCouncil(council.name, organisation.name)}</p>
  ${when(vacancy.summary !== "", () => html`<p class="utrecht-paragraph" lang="nl">${vacancy.summary}</p>`)}
  ${when(vacancy.closesOn !== null, () => html`<p class="utrecht-paragraph">${t.vacancyClosesOn(formatDate(vacancy.closesOn ?? "", locale))}</p>`)}
</li>`,
)}
</ul>`
}`;
}
