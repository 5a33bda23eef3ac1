// Options page: language, marking on or off, the sites where marking is allowed.
import { t } from "../i18n/index.js";
import { releaseSiteAccess, requestSiteAccess } from "../platform/index.js";
import { parseSitePattern, siteFromInput, withoutSite, withSite, type Settings } from "../settings/index.js";
import { loadSettings, onSettingsChanged, saveSettings } from "../settings/store.js";
import { appRoot, keepFocus, pageLocale, setPageLanguage } from "../view/page.js";
import { renderOptions } from "./view.js";

async function main(): Promise<void> {
  const root = appRoot();
  let settings = await loadSettings();
  let status = "";

  const render = (): void =>
    keepFocus(() => {
      const locale = pageLocale(settings);
      setPageLanguage(locale, "optionsTitle");
      root.replaceChildren(...renderOptions(settings, locale, status, actions));
    });

  const save = async (next: Settings, message: (s: Settings) => string): Promise<void> => {
    settings = next;
    status = message(next);
    await saveSettings(next); // the background registers the marking script for the new sites
    render();
  };
  const say = (text: string): void => {
    status = text;
    render();
  };

  const actions = {
    setLanguage: (language: Settings["language"]) => void save({ ...settings, language }, (s) => t(pageLocale(s), "saved")),
    setMarking: (marking: boolean) => void save({ ...settings, marking }, (s) => t(pageLocale(s), "saved")),
    addSite: (input: string) => {
      const locale = pageLocale(settings);
      const parsed = siteFromInput(input);
      if (!parsed.ok) return say(t(locale, "siteInvalid"));
      // Ask right away: the browser only shows its prompt during the user's action.
      void requestSiteAccess(parsed.site.pattern).then((granted) =>
        granted ? save(withSite(settings, parsed.site.pattern), () => t(locale, "siteAdded", { site: parsed.site.label })) : say(t(locale, "siteDenied")),
      );
    },
    removeSite: (pattern: string) => {
      const label = parseSitePattern(pattern)?.label ?? pattern;
      void save(withoutSite(settings, pattern), (s) => t(pageLocale(s), "siteRemoved", { site: label })).then(() => releaseSiteAccess(pattern));
    },
  };

  render();
  onSettingsChanged((next) => {
    settings = next;
    render();
  });
}

void main();
