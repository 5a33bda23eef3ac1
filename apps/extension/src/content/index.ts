// Content script, registered only for the sites the user allowed: marks Wmcz terms on the page.
// It carries no domain code: the background sends the domain's glossary, ready to show.
import { type Locale, resolveLocale } from "../i18n/index.js";
import { parseSitePattern, type Settings } from "../settings/index.js";
import { loadSettings, onSettingsChanged } from "../settings/store.js";
import type { PageGlossary } from "../view/glossary.js";
import { startPageMarking, type PageMarking } from "./page-marking.js";
import type { GlossaryRequest } from "./protocol.js";

declare global {
  interface Window {
    raadswerkMarking?: PageMarking;
  }
}

/** Marking runs only while it is on and this site is still allowed (the user may remove it meanwhile). */
function allowedHere(settings: Settings): boolean {
  const here = `${location.protocol}//${location.hostname}`;
  return settings.marking && settings.sites.some((site) => parseSitePattern(site)?.label === here);
}

const fetchGlossary = (locale: Locale): Promise<PageGlossary> =>
  chrome.runtime.sendMessage<GlossaryRequest, PageGlossary>({ type: "raadswerk:glossary", locale });

async function main(): Promise<void> {
  if (window.raadswerkMarking !== undefined) return; // injected twice
  let settings = await loadSettings();
  const locale = () => resolveLocale(settings.language, navigator.language);
  const start = async (): Promise<void> => {
    try {
      const glossary = await fetchGlossary(locale());
      if (window.raadswerkMarking === undefined && allowedHere(settings)) window.raadswerkMarking = startPageMarking(document, glossary);
    } catch {
      // The extension was updated or removed while the page stayed open: leave the page alone.
    }
  };
  if (allowedHere(settings)) await start();
  onSettingsChanged((next) => {
    settings = next;
    const running = window.raadswerkMarking;
    if (!allowedHere(next) && running !== undefined) {
      running.stop();
      window.raadswerkMarking = undefined;
    } else if (allowedHere(next) && running === undefined) {
      void start();
    } else if (running !== undefined) {
      void fetchGlossary(locale()).then(
        (glossary) => running.setGlossary(glossary),
        () => undefined,
      );
    }
  });
}

void main();
