// Side panel (Chromium) / sidebar (Firefox): shows the last Wmcz-check.
import { loadLastCheck, onLastCheckChanged } from "../checks/store.js";
import { t } from "../i18n/index.js";
import { loadSettings, onSettingsChanged } from "../settings/store.js";
import { checkView, type StoredCheck } from "../view/check.js";
import { h } from "../view/dom.js";
import { appRoot, pageLocale, setPageLanguage } from "../view/page.js";
import { renderCheck } from "../view/render.js";

async function main(): Promise<void> {
  const root = appRoot();
  let settings = await loadSettings();
  let check: StoredCheck | undefined = await loadLastCheck();
  const render = (): void => {
    const locale = pageLocale(settings);
    setPageLanguage(locale, "sidepanelTitle");
    root.replaceChildren(
      h("h1", {}, t(locale, "sidepanelTitle")),
      ...(check === undefined
        ? [h("p", { class: "rw-empty" }, t(locale, "sidepanelEmpty"))]
        : [
            h("details", { class: "rw-checked" }, h("summary", {}, t(locale, "checkedText")), h("blockquote", {}, check.text)),
            renderCheck(checkView(check, locale), locale),
          ]),
    );
  };
  render();
  onLastCheckChanged((next) => {
    check = next;
    render();
  });
  onSettingsChanged((next) => {
    settings = next;
    render();
  });
}

void main();
