import type { Locale } from "@raadswerk/domain/calendar";
import { t } from "../i18n/index.js";
import type { LanguageSetting } from "../i18n/index.js";
import { parseSitePattern, type Settings } from "../settings/index.js";
import { h } from "../view/dom.js";

/** What the options page does when the user acts; the entry point wires these to storage and permissions. */
export type OptionsActions = {
  setLanguage(language: LanguageSetting): void;
  setMarking(on: boolean): void;
  /** Called during the submit event, so the browser may show its permission prompt. */
  addSite(input: string): void;
  removeSite(pattern: string): void;
};

/**
 * The options page: language, explaining terms on or off, the allowed sites, a status line.
 *
 * @example
 * root.replaceChildren(...renderOptions(settings, "nl", "", actions));
 */
export function renderOptions(settings: Settings, locale: Locale, status: string, actions: OptionsActions): Node[] {
  const language = h(
    "select",
    { id: "language", name: "language" },
    ...(["auto", "nl", "en"] as const).map((value) =>
      h(
        "option",
        { value, selected: settings.language === value },
        t(locale, value === "auto" ? "languageAuto" : value === "nl" ? "languageNl" : "languageEn"),
      ),
    ),
  );
  language.addEventListener("change", () => actions.setLanguage(language.value === "nl" || language.value === "en" ? language.value : "auto"));

  const marking = h("input", { type: "checkbox", id: "marking", name: "marking", checked: settings.marking, "aria-describedby": "marking-help" });
  marking.addEventListener("change", () => actions.setMarking(marking.checked));

  const siteInput = h("input", {
    type: "url",
    id: "site",
    name: "site",
    inputmode: "url",
    autocomplete: "off",
    placeholder: t(locale, "sitePlaceholder"),
    "aria-describedby": "status",
  });
  const addForm = h(
    "form",
    { class: "rw-add-site" },
    h("label", { for: "site" }, t(locale, "siteLabel")),
    h("div", { class: "rw-row" }, siteInput, h("button", { type: "submit", class: "rw-button" }, t(locale, "addSite"))),
  );
  addForm.addEventListener("submit", (event) => {
    event.preventDefault();
    actions.addSite(siteInput.value);
  });

  const sites = settings.sites.map((pattern) => {
    const label = parseSitePattern(pattern)?.label ?? pattern;
    const remove = h(
      "button",
      { type: "button", id: `remove-${label}`, class: "rw-button rw-button--secondary", "aria-label": t(locale, "removeSite", { site: label }) },
      t(locale, "remove"),
    );
    remove.addEventListener("click", () => actions.removeSite(pattern));
    return h("li", { class: "rw-site" }, h("span", {}, label), remove);
  });

  return [
    h("h1", {}, t(locale, "optionsTitle")),
    h("div", { class: "rw-field" }, h("label", { for: "language" }, t(locale, "language")), language),
    h(
      "div",
      { class: "rw-field" },
      h("label", { class: "rw-choice" }, marking, ` ${t(locale, "markingLabel")}`),
      h("p", { class: "rw-help", id: "marking-help" }, t(locale, "markingHelp")),
    ),
    h(
      "section",
      { "aria-labelledby": "sites-title" },
      h("h2", { id: "sites-title" }, t(locale, "sitesTitle")),
      sites.length === 0 ? h("p", { class: "rw-empty" }, t(locale, "sitesEmpty")) : h("ul", { class: "rw-sites" }, ...sites),
      addForm,
    ),
    h("p", { id: "status", role: "status", class: "rw-status" }, status),
  ];
}
