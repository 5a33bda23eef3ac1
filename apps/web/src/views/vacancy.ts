import type { VacancyPage } from "@raadswerk/storage";
import { type Locale, formatDate, ui } from "../i18n/index.js";
import { type Html, each, html, when } from "./html.js";

/** One part of the role summary: "Wat ga je doen?" with its points. */
export type RoleSection = { readonly heading: string; readonly items: readonly string[] };

/**
 * Splits the domain's plain-text role summary (blocks separated by a blank line, a heading line
 * followed by "- " points) into sections; a block without points (the title) is left out.
 */
export function roleSections(text: string): RoleSection[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.split("\n").map((line) => line.trim()).filter((line) => line !== ""))
    .map(([heading = "", ...rest]) => ({ heading, items: rest.filter((line) => line.startsWith("- ")).map((line) => line.slice(2)) }))
    .filter((section) => section.items.length > 0);
}

/** What the vacancy page shows, already worded by the domain. */
export type VacancyModel = {
  readonly locale: Locale;
  readonly page: VacancyPage;
  /** The role's tasks and first-year commitment, as the domain words them: a heading and its points. */
  readonly roleSections: readonly RoleSection[];
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
  // What the organisation wrote is in Dutch: marked as such for screen readers on the English page.
  return html`<h1 class="utrecht-heading-1" lang="nl">${vacancy.title}</h1>
<p class="utrecht-paragraph rw-meta" lang="nl">${t.vacancyCouncil(council.name, organisation.name)}</p>
${when(vacancy.summary !== "", () => html`<p class="utrecht-paragraph" lang="nl">${vacancy.summary}</p>`)}
<section aria-labelledby="raad"><h2 class="utrecht-heading-2" id="raad">${t.vacancyWhatCouncilDoes}</h2>
<div lang="nl">${each(council.description.split(/\n{2,}/).filter((p) => p.trim() !== ""), (p) => html`<p class="utrecht-paragraph">${p}</p>`)}</div></section>
${each(model.roleSections, (section, i) => html`<section aria-labelledby="rol-${i}"><h2 class="utrecht-heading-2" id="rol-${i}">${section.heading}</h2>${list(section.items)}</section>`)}
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
