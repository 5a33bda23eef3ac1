import type { Locale } from "@raadswerk/domain/calendar";
import { en } from "./en.js";
import { nl } from "./nl.js";

/** The shape of the app's own texts; Dutch defines it, English must match (the compiler checks). */
export type Texts = typeof nl;

const TEXTS: Record<Locale, Texts> = { nl, en };

/**
 * The app's texts for a locale.
 *
 * @example
 * texts("en").help.title; // "How to use the council assistant"
 */
export function texts(locale: Locale): Texts {
  return TEXTS[locale];
}

/**
 * The product locale for a Slack locale such as `en-US` or `nl-NL`: English for every English
 * variant, otherwise Dutch (Dutch first).
 *
 * @example
 * localeFromSlack("en-GB"); // "en"
 * localeFromSlack("de-DE"); // "nl"
 */
export function localeFromSlack(slackLocale: string | undefined): Locale {
  return slackLocale !== undefined && /^en(-|_|$)/i.test(slackLocale) ? "en" : "nl";
}

export { en, nl };
