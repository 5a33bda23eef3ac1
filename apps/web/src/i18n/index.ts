import { formatCalendarDate, type Locale } from "@raadswerk/domain/calendar";
import { en } from "./en.js";
import { type UiText, nl } from "./nl.js";

export type { UiText };
export type { Locale };

const texts: Readonly<Record<Locale, UiText>> = { nl, en };

/** The app's texts for a locale. */
export const ui = (locale: Locale): UiText => texts[locale];

/** A language code from a query, cookie or form value, or undefined when it is not one we speak. */
export const asLocale = (value: string | undefined): Locale | undefined => (value === "nl" || value === "en" ? value : undefined);

/** `2026-11-23` as people read it: "23 november 2026" / "23 November 2026" (the domain's one date formatter). */
export const formatDate = (date: string, locale: Locale): string => formatCalendarDate(date, locale);
