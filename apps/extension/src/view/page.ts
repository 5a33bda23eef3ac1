import type { Locale } from "@raadswerk/domain/calendar";
import { resolveLocale, t, type UiKey } from "../i18n/index.js";
import type { Settings } from "../settings/index.js";

/** The locale of the extension's pages: the setting, or the browser's language. */
export function pageLocale(settings: Settings): Locale {
  return resolveLocale(settings.language, navigator.language);
}

/** Sets the page's language and title, so screen readers pronounce it right. */
export function setPageLanguage(locale: Locale, title: UiKey): void {
  document.documentElement.lang = locale;
  document.title = t(locale, title);
}

/** The element the page renders into. */
export function appRoot(): HTMLElement {
  const root = document.getElementById("app");
  if (root === null) throw new Error("The page has no #app element.");
  return root;
}

/**
 * Re-renders without losing the keyboard user's place: focus returns to the element with the same id.
 *
 * @example
 * keepFocus(() => root.replaceChildren(...nodes));
 */
export function keepFocus(render: () => void): void {
  const id = document.activeElement?.id;
  render();
  if (id !== undefined && id !== "") document.getElementById(id)?.focus();
}
