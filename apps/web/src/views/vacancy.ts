import type { VacancyPage } from "@raadswerk/storage";
import { type Locale, formatDate, ui } from "../i18n/index.js";
import { type Html, each, html, when } from "./html.js";

/** What the vacancy page shows, already worded by the domain. */
export type VacancyModel = {
  readonly locale: Locale;
  readonly page: VacancyPage;
  /** The role's tasks (from the role profile). */
  readonly tasks: readonly string[];
  /** Hours per week and the first-year commitment, in words. */
  readonly timeTexts: readonly string[];
  /** Who may join, in plain words (from the organisation's rules). */
  readonly whoMayJoin: readonly string[];
  readonly isOpen: boolean;
};

/** The page of one open seat. */
export function vacancyView(model: VacancyModel): Html {
  const { locale, page } = model;
  const t = ui(locale);
  const { vacancy, council, organisation } = page;
  const list = (items: readonly string[]) => html`<ul class="rw-list utrecht-unordered-list">${each(items, (item) => html`<li class="utrecht-unordered-list__item">${item}</li>`)}</ul>`;
  return html`<h1 class="utrecht-heading-1">${vacancy.title}</h1>
<p class="utrecht-paragraph rw-meta">${t.vacancyCouncil(council.name, organisation.name)}</p>
${when(vacancy.summary !== "", () => html`<p class="utrecht-paragraph">${vacancy.summary}</p>`)}
<section aria-labelledby="raad"><h2 class="utrecht-heading-2" id="raad">${t.vacancyWhatCouncilDoes}</h2>
${each(council.description.split(/\n{2,}/).filter((p) => p.trim() !== ""), (p) => html`<p class="utrecht-paragraph">${p}</p>`)}</section>
${when(model.tasks.length > 0, () => html`<section aria-labelledby="taken"><h2 class="utrecht-heading-2" id="taken">${t.vacancyTasks}</h2>${list(model.tasks)}</section>`)}
${when(model.timeTexts.length > 0, () => html`<section aria-labelledby="tijd"><h2 class="utrecht-heading-2" id="tijd">${t.vacancyTime}</h2>${list(model.timeTexts)}</section>`)}
<section aria-labelledby="wie"><h2 class="utrecht-heading-2" id="wie">${t.vacancyWho}</h2>${list(model.whoMayJoin)}</section>
<section aria-labelledby="aanmelden" class="rw-card"><h2 class="utrecht-heading-2" id="aanmelden">${t.vacancyApply}</h2>
${
  model.isOpen
    ? html`<p class="utrecht-paragraph">${t.vacancyApplyIntro}</p>
${when(vacancy.closesOn !== null, () => html`<p class="utrecht-paragraph">${t.vacancyClosesOn(formatDate(vacancy.closesOn ?? "", locale))}</p>`)}
<p class="utrecht-paragraph"><a class="rw-button utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/vacatures/${vacancy.slug}/aanmelden">${t.vacancyApply}</a></p>`
    : html`<p class="utrecht-paragraph">${t.vacancyClosed}</p>`
}
</section>`;
}
