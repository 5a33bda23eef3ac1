import { formatCalendarDate } from "../../_lib/date-text/index.js";
import type { Locale, MessageParams } from "../../_lib/messages/index.js";
import { findTrainingItem } from "../catalogue/index.js";
import { type SituationId, SITUATION_IDS } from "../ids/index.js";
import { situationById } from "../situations/index.js";

// Helpers that turn message parameters into words; unknown values are shown as given.

export const text = (params: MessageParams, key: string): string => {
  const value = params[key];
  if (value === undefined || value === null) return "";
  return Array.isArray(value) ? value.join(", ") : String(value);
};

export const num = (params: MessageParams, key: string): number => {
  const value = Number(params[key]);
  return Number.isFinite(value) ? value : 0;
};

export const itemTitle = (params: MessageParams, key: string, locale: Locale): string => {
  const id = text(params, key);
  return findTrainingItem(id)?.title[locale] ?? id;
};

export const situationTitle = (params: MessageParams, locale: Locale): string => {
  const id = text(params, "situation");
  return (SITUATION_IDS as readonly string[]).includes(id) ? situationById(id as SituationId).title[locale] : id;
};

/** The topic's title when the caller passes one (`topicTitle`), else its id. */
export const topicName = (params: MessageParams): string => text(params, "topicTitle") || text(params, "topic");

/** `2027-03-29` as "29 maart 2027" / "29 March 2027"; anything else as given. */
export const dateText = (params: MessageParams, key: string, locale: Locale): string => formatCalendarDate(text(params, key), locale);
