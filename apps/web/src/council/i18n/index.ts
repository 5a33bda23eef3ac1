import type { Locale } from "../../i18n/index.js";
import { en } from "./en.js";
import { type CouncilText, nl } from "./nl.js";

export type { CouncilText };

/** The council side's texts for a locale. */
export const councilText = (locale: Locale): CouncilText => (locale === "nl" ? nl : en);
