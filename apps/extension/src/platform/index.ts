import { parseSitePattern, type Settings } from "../settings/index.js";

/** Id of the dynamically registered content script that marks terms. */
export const MARKING_SCRIPT_ID = "raadswerk-marking";

/** Which browser this bundle is built for (set by the build). */
declare const __RW_BROWSER__: "chromium" | "firefox";

type FirefoxSidebar = { sidebarAction: { open(): Promise<void> } };

/**
 * Opens the side panel (Chromium) or sidebar (Firefox) for a tab. Call it first thing in a
 * user-action handler: both browsers only allow it during the user's gesture. Never rejects.
 *
 * @returns whether it opened
 */
export function openSidePanel(tab: chrome.tabs.Tab | undefined): Promise<boolean> {
  try {
    if (__RW_BROWSER__ === "firefox") {
      const browser = (globalThis as unknown as { browser: FirefoxSidebar }).browser;
      return browser.sidebarAction.open().then(
        () => true,
        () => false,
      );
    }
    if (tab?.id === undefined) return Promise.resolve(false);
    return chrome.sidePanel.open({ tabId: tab.id }).then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * Asks the user for access to one site (the browser shows its prompt; must run during a click).
 *
 * @returns whether access was given
 */
export async function requestSiteAccess(pattern: string): Promise<boolean> {
  try {
    return await chrome.permissions.request({ origins: [pattern] });
  } catch {
    return false;
  }
}

/** Gives up access to a site the user removed. */
export async function releaseSiteAccess(pattern: string): Promise<void> {
  try {
    await chrome.permissions.remove({ origins: [pattern] });
  } catch {
    // Access that came with the manifest (the test build) cannot be removed; nothing to do.
  }
}

/**
 * The sites where the marking script may run: allowed in the settings and still granted by the browser.
 *
 * @example
 * await markingPatterns({ language: "auto", marking: true, sites: ["https://a.nl/*"] }); // ["https://a.nl/*"]
 */
export async function markingPatterns(settings: Settings): Promise<string[]> {
  if (!settings.marking) return [];
  const patterns = settings.sites.filter((site) => parseSitePattern(site) !== undefined);
  const granted = await Promise.all(patterns.map((origin) => chrome.permissions.contains({ origins: [origin] })));
  return patterns.filter((_, i) => granted[i] === true);
}

/**
 * Registers the marking content script for exactly the allowed sites (or removes it when there are
 * none, or marking is off). Safe to call again.
 */
export async function syncMarkingScript(settings: Settings): Promise<string[]> {
  const matches = await markingPatterns(settings);
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [MARKING_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await chrome.scripting.unregisterContentScripts({ ids: [MARKING_SCRIPT_ID] }).catch(() => undefined);
    return matches;
  }
  const script = {
    id: MARKING_SCRIPT_ID,
    matches,
    js: ["content.js"],
    css: ["content.css"],
    runAt: "document_idle" as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await chrome.scripting.updateContentScripts([script]);
  else {
    try {
      await chrome.scripting.registerContentScripts([script]);
    } catch {
      // Registered meanwhile by another page of the extension: update instead.
      await chrome.scripting.updateContentScripts([script]);
    }
  }
  return matches;
}
