import type { Locale } from "@raadswerk/domain/calendar";
import { en } from "./en.js";
import { nl } from "./nl.js";
import type { UiKey } from "./nl.js";

export type { UiKey } from "./nl.js";
export type { Locale } from "@raadswerk/domain/calendar";

/** The extension's own UI texts per locale, Dutch first. */
export const uiMessages: { readonly [L in Locale]: { readonly [K in UiKey]: string } } = { nl, en };

/** A language setting: a fixed locale or the browser's language. */
export type LanguageSetting = "auto" | Locale;

/**
 * The locale to show: the chosen one, or English when the browser speaks English and Dutch otherwise
 * (Dutch first: the product is for Dutch councils).
 *
 * @example
 * resolveLocale("auto", "en-GB"); // "en"
 * resolveLocale("auto", "de-DE"); // "nl"
 * resolveLocale("nl", "en-US");   // "nl"
 */
export function resolveLocale(setting: LanguageSetting, browserLanguage: string | undefined): Locale {
  if (setting !== "auto") return setting;
  return browserLanguage?.toLowerCase().startsWith("en") === true ? "en" : "nl";
}

/**
 * One UI text, with `{name}` placeholders filled in.
 *
 * @example
 * t("en", "findingsMany", { count: 2 }); // "This text touches 2 rights of the client council."
 */
export function t(locale: Locale, key: UiKey, params: Readonly<Record<string, string | number>> = {}): string {
  return uiMessages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A translator bound to one locale. */
export type Translate = (key: UiKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * @example
 * translator("nl")("yes"); // "Ja"
 */
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}
