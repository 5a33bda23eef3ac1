/**
 * Which language to answer in: English when the user's Slack locale is English, else Dutch.
 * Slack sends the locale in some payloads; otherwise `users.info` with `include_locale` tells,
 * cached per user for an hour so a busy channel does not call Slack for every command.
 */
import type { Locale } from "@raadswerk/domain/calendar";
import type { webApi } from "@slack/bolt";
import { localeFromSlack } from "./i18n/index.js";

const TTL_MS = 60 * 60 * 1000;

/** Finds the locale of a Slack user. */
export type LocaleResolver = (client: webApi.WebClient, userId: string, payloadLocale?: string) => Promise<Locale>;

/**
 * Creates a resolver with its own cache.
 *
 * @example
 * const resolve = createLocaleResolver(() => Date.now());
 * await resolve(client, "U123", "en-US"); // "en"
 */
export function createLocaleResolver(now: () => number): LocaleResolver {
  const cache = new Map<string, { locale: Locale; at: number }>();
  return async (client, userId, payloadLocale) => {
    if (payloadLocale !== undefined && payloadLocale.length > 0) return localeFromSlack(payloadLocale);
    const hit = cache.get(userId);
    if (hit !== undefined && now() - hit.at < TTL_MS) return hit.locale;
    let locale: Locale = "nl";
    try {
      const result = await client.users.info({ user: userId, include_locale: true });
      locale = localeFromSlack(result.user?.locale);
    } catch {
      // Without an answer from Slack, Dutch is the safe default.
    }
    if (cache.size > 10_000) cache.clear();
    cache.set(userId, { locale, at: now() });
    return locale;
  };
}
