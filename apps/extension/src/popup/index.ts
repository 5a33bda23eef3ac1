// Popup: check a pasted text, a quick eligibility check, the glossary — one tab each.
import { t } from "../i18n/index.js";
import { loadSettings } from "../settings/store.js";
import { h } from "../view/dom.js";
import { appRoot, pageLocale, setPageLanguage } from "../view/page.js";
import { checkTab } from "./check-tab.js";
import { eligibilityTab } from "./eligibility-tab.js";
import { glossaryTab } from "./glossary-tab.js";
import { tabs } from "./tabs.js";

async function main(): Promise<void> {
  const locale = pageLocale(await loadSettings());
  setPageLanguage(locale, "actionTitle");
  appRoot().replaceChildren(
    h("h1", {}, "Raadswerk"),
    tabs([
      { id: "check", label: t(locale, "popupTabCheck"), panel: checkTab(locale) },
      { id: "eligibility", label: t(locale, "popupTabEligibility"), panel: eligibilityTab(locale) },
      { id: "glossary", label: t(locale, "popupTabGlossary"), panel: glossaryTab(locale) },
    ]),
  );
}

void main();
