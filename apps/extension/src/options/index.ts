// Options page: language, marking on or off, the sites where marking is allowed.
import { t } from "../i18n/index.js";
import { releaseSiteAccess, requestSiteAccess } from "../platform/index.js";
import { parseSitePattern, siteFromInput, withoutSite, withSite, type Settings } from "../settings/index.js";
import { loadSettings, onSettingsChanged, saveSettings } from "../settings/store.js";
import { h } from "../view/dom.js";
import { appRoot, keepFocus, pageLocale, setPageLanguage } from "../view/page.js";

async function main(): Promise<void> {
  const root = appRoot();
  let settings = await loadSettings();
  let status = "";

  const save = async (next: Settings, message: string): Promise<void> => {
    settings = next;
    status = message;
    await saveSettings(next);
    render();
  };

  const render = (): void => keepFocus(draw);

  const draw = (): void => {
    const locale = pageLocale(settings);
    setPageLanguage(locale, "optionsTitle");
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
    language.addEventListener("change", () => {
      const value = language.value === "nl" || language.value === "en" ? language.value : "auto";
      void save({ ...settings, language: value }, t(value === "auto" ? pageLocale({ ...settings, language: value }) : value, "saved"));
    });

    const marking = h("input", { type: "checkbox", id: "marking", name: "marking", checked: settings.marking, "aria-describedby": "marking-help" });
    marking.addEventListener("change", () => void save({ ...settings, marking: marking.checked }, t(locale, "saved")));

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
      const parsed = siteFromInput(siteInput.value);
      if (!parsed.ok) {
        status = t(locale, "siteInvalid");
        render();
        return;
      }
      // Ask right away: the browser only shows its prompt during the click.
      void requestSiteAccess(parsed.site.pattern).then((granted) =>
        granted
          ? save(withSite(settings, parsed.site.pattern), t(locale, "siteAdded", { site: parsed.site.label }))
          : ((status = t(locale, "siteDenied")), render()),
      );
    });

    const sites = settings.sites.map((pattern) => {
      const label = parseSitePattern(pattern)?.label ?? pattern;
      const remove = h("button", { type: "button", id: `remove-${label}`, class: "rw-button rw-button--secondary", "aria-label": t(locale, "removeSite", { site: label }) }, t(locale, "remove"));
      remove.addEventListener("click", () => {
        void save(withoutSite(settings, pattern), t(locale, "siteRemoved", { site: label })).then(() => releaseSiteAccess(pattern));
      });
      return h("li", { class: "rw-site" }, h("span", {}, label), remove);
    });

    root.replaceChildren(
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
    );
  };

  render();
  onSettingsChanged((next) => {
    settings = next;
    render();
  });
}

void main();
