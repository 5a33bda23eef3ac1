import type { StoredCheck } from "../view/check.js";

/** Storage key of the last check. */
export const LAST_CHECK_KEY = "lastCheck";

/**
 * Session storage (memory only, gone when the browser closes): the checked text may be
 * confidential, so it is never written to disk.
 */
const area = (): chrome.storage.StorageArea => chrome.storage.session;

/** Keeps the last check for the side panel. */
export async function saveLastCheck(check: StoredCheck): Promise<void> {
  await area().set({ [LAST_CHECK_KEY]: check });
}

/** The last check, if any. */
export async function loadLastCheck(): Promise<StoredCheck | undefined> {
  const stored = await area().get(LAST_CHECK_KEY);
  return isStoredCheck(stored[LAST_CHECK_KEY]) ? stored[LAST_CHECK_KEY] : undefined;
}

/**
 * Calls back when a new check is stored.
 *
 * @returns a function that stops listening
 */
export function onLastCheckChanged(listener: (check: StoredCheck) => void): () => void {
  const handler = (changes: Record<string, chrome.storage.StorageChange>, name: string): void => {
    const next: unknown = changes[LAST_CHECK_KEY]?.newValue;
    if (name === "session" && isStoredCheck(next)) listener(next);
  };
  chrome.storage.onChanged.addListener(handler);
  return () => chrome.storage.onChanged.removeListener(handler);
}

function isStoredCheck(value: unknown): value is StoredCheck {
  if (value === null || typeof value !== "object") return false;
  const v = value as Partial<StoredCheck>;
  return typeof v.text === "string" && typeof v.checkedOn === "string" && typeof v.assessment === "object" && v.assessment !== null;
}
