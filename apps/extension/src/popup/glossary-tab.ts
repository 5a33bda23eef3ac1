import type { Locale } from "@raadswerk/domain/calendar";
import { glossary } from "@raadswerk/domain/wmcz";
import { t } from "../i18n/index.js";
import { h } from "../view/dom.js";
import { glossaryItemView, searchGlossary } from "../view/glossary.js";
import { renderGlossary } from "../view/render.js";

/**
 * The popup's glossary: the domain's terms, searched as you type.
 *
 * @example
 * panel.append(...glossaryTab("nl"));
 */
export function glossaryTab(locale: Locale): Node[] {
  const search = h("input", { type: "search", id: "glossary-search", name: "q", autocomplete: "off" });
  const count = h("p", { class: "rw-meta", role: "status" });
  const list = h("div", {});
  const draw = (): void => {
    const items = searchGlossary(glossary, search.value, locale).map((entry) => glossaryItemView(entry, locale));
    count.textContent = t(locale, "glossaryCount", { count: items.length });
    list.replaceChildren(renderGlossary(items, locale));
  };
  search.addEventListener("input", draw);
  draw();
  return [h("label", { for: "glossary-search" }, t(locale, "glossarySearch")), search, count, list];
}
