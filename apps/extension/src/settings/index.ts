import * as z from "zod/mini";

/** The extension's settings, as stored in `chrome.storage.local` (zod/mini keeps the bundles small). */
export const SettingsSchema = z.object({
  /** "auto" follows the browser's language. */
  language: z.catch(z.enum(["auto", "nl", "en"]), "auto"),
  /** Explain Wmcz terms on the allowed sites. */
  marking: z.catch(z.boolean(), true),
  /** Sites where marking is allowed, as match patterns like `https://intranet.example.nl/*`. */
  sites: z.catch(z.array(z.string()), []),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Settings before the user changed anything: browser language, marking on, no sites (opt-in per site). */
export const defaultSettings: Settings = { language: "auto", marking: true, sites: [] };

/** The storage key of the settings. */
export const SETTINGS_KEY = "settings";

/**
 * Reads settings from what storage returned; anything broken falls back to its default.
 *
 * @example
 * parseSettings(undefined); // { language: "auto", marking: true, sites: [] }
 */
export function parseSettings(stored: unknown): Settings {
  if (stored === null || typeof stored !== "object") return { ...defaultSettings, sites: [] };
  const parsed = z.safeParse(SettingsSchema, { ...defaultSettings, ...stored });
  return parsed.success ? { ...parsed.data, sites: parsed.data.sites.filter((s) => parseSitePattern(s) !== undefined) } : { ...defaultSettings };
}

/** A site the user allows, as shown and as a match pattern for permissions and content scripts. */
export type Site = { readonly label: string; readonly pattern: string };

/** Why an address could not become a site. */
export type SiteIssue = "invalid";

/**
 * Turns what a person types into a site: `intranet.example.nl`, `https://intranet.example.nl/page`
 * or `http://127.0.0.1:8080` all work. The pattern covers the whole host (every path and port).
 *
 * @example
 * siteFromInput("intranet.example.nl/agenda"); // { ok: true, site: { label: "https://intranet.example.nl", pattern: "https://intranet.example.nl/*" } }
 * siteFromInput("ftp://x");                   // { ok: false, issue: "invalid" }
 */
export function siteFromInput(input: string): { ok: true; site: Site } | { ok: false; issue: SiteIssue } {
  const trimmed = input.trim();
  if (trimmed === "") return { ok: false, issue: "invalid" };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, issue: "invalid" };
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.hostname === "" || url.username !== "") {
    return { ok: false, issue: "invalid" };
  }
  const host = url.hostname.toLowerCase();
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/.test(host) || host.startsWith(".") || host.endsWith(".")) return { ok: false, issue: "invalid" };
  const label = `${url.protocol}//${host}`;
  return { ok: true, site: { label, pattern: `${label}/*` } };
}

/**
 * The site for a stored match pattern, or undefined when it is not one this extension makes.
 *
 * @example
 * parseSitePattern("https://intranet.example.nl/*"); // { label: "https://intranet.example.nl", pattern: "https://intranet.example.nl/*" }
 */
export function parseSitePattern(pattern: string): Site | undefined {
  const match = /^(https?:\/\/[^/*]+)\/\*$/.exec(pattern);
  if (match === null) return undefined;
  const result = siteFromInput(match[1]!);
  return result.ok && result.site.pattern === pattern ? result.site : undefined;
}

/**
 * Adds a site to the settings (no duplicates, sorted).
 *
 * @example
 * withSite(defaultSettings, "https://a.nl/*").sites; // ["https://a.nl/*"]
 */
export function withSite(settings: Settings, pattern: string): Settings {
  return { ...settings, sites: [...new Set([...settings.sites, pattern])].sort() };
}

/**
 * Removes a site from the settings.
 *
 * @example
 * withoutSite({ ...defaultSettings, sites: ["https://a.nl/*"] }, "https://a.nl/*").sites; // []
 */
export function withoutSite(settings: Settings, pattern: string): Settings {
  return { ...settings, sites: settings.sites.filter((site) => site !== pattern) };
}
