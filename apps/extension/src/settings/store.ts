import { parseSettings, SETTINGS_KEY, type Settings } from "./index.js";

/**
 * Reads the settings from `chrome.storage.local` (kept across browser restarts).
 *
 * @example
 * const settings = await loadSettings(); // { language: "auto", marking: true, sites: [] }
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await chrome.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Saves the settings. */
export async function saveSettings(settings: Settings): Promise<void> {
  await chrome.storage.local.set({ [SETTINGS_KEY]: settings });
}

/**
 * Calls back with the new settings whenever they change (from any page of the extension).
 *
 * @returns a function that stops listening
 */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, chrome.storage.StorageChange>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area === "local" && change !== undefined) listener(parseSettings(change.newValue));
  };
  chrome.storage.onChanged.addListener(handler);
  return () => chrome.storage.onChanged.removeListener(handler);
}
