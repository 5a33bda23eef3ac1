/**
 * Parsing what people type after the slash command. Pure functions: no Slack, no domain.
 */
import type { CalendarDate, Locale } from "@raadswerk/domain/calendar";
import { formatCalendarDate, isCalendarDate } from "@raadswerk/domain/calendar";

/** The subcommands, by their Dutch names. */
export const SUBCOMMANDS = ["recht", "termijn", "lid", "training", "aftreden", "help"] as const;
/** A subcommand name. */
export type SubcommandName = (typeof SUBCOMMANDS)[number];

/** Other words people may type for a subcommand (English, plurals, common Dutch variants). */
export const ALIASES: Readonly<Record<string, SubcommandName>> = {
  rechten: "recht",
  right: "recht",
  rights: "recht",
  termijnen: "termijn",
  deadline: "termijn",
  deadlines: "termijn",
  procedure: "termijn",
  leden: "lid",
  member: "lid",
  kandidaat: "lid",
  trainingen: "training",
  cursus: "training",
  scholing: "training",
  rooster: "aftreden",
  terms: "aftreden",
  zetels: "aftreden",
  hulp: "help",
  "?": "help",
};

/** What a command text means. */
export type ParsedCommand =
  | { readonly kind: "empty" }
  | { readonly kind: "subcommand"; readonly name: SubcommandName; readonly rest: string }
  | { readonly kind: "unknown"; readonly word: string; readonly suggestion?: SubcommandName };

/**
 * Splits a command text into a subcommand and the rest. Case and extra spaces do not matter;
 * an unknown first word comes back with the nearest subcommand as a suggestion when it is close.
 *
 * @example
 * parseCommand("  Recht  We sluiten de locatie "); // { kind: "subcommand", name: "recht", rest: "We sluiten de locatie" }
 * parseCommand("trianing"); // { kind: "unknown", word: "trianing", suggestion: "training" }
 */
export function parseCommand(text: string): ParsedCommand {
  // Slack sends non-breaking spaces and newlines as typed; treat every kind of space alike.
  const trimmed = text.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, "");
  if (trimmed.length === 0) return { kind: "empty" };
  const match = /^(\S+)(?:[\s\u00a0]+([\s\S]*))?$/u.exec(trimmed);
  const first = (match?.[1] ?? trimmed).toLowerCase();
  const rest = match?.[2] ?? "";
  // Own keys only: a word like "constructor" or "__proto__" must not reach the object's prototype.
  const name = (SUBCOMMANDS as readonly string[]).includes(first) ? (first as SubcommandName) : Object.hasOwn(ALIASES, first) ? ALIASES[first] : undefined;
  if (name !== undefined) return { kind: "subcommand", name, rest };
  const suggestion = nearest(first);
  return suggestion === undefined ? { kind: "unknown", word: first } : { kind: "unknown", word: first, suggestion };
}

function nearest(word: string): SubcommandName | undefined {
  if (word.length > 20) return undefined;
  let best: { name: SubcommandName; distance: number } | undefined;
  for (const [candidate, name] of [...SUBCOMMANDS.map((n) => [n, n] as const), ...Object.entries(ALIASES)]) {
    const distance = levenshtein(word, candidate);
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  return best !== undefined && best.distance <= Math.max(1, Math.floor(word.length / 3)) ? best.name : undefined;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Reads a date as people type it: `15-12-2026`, `15/12/2026`, `15.12.2026`, `2026-12-15`, or a
 * word for today. Returns `undefined` for anything else, including days that do not exist.
 *
 * @example
 * parseDate("1-2-2027", "2026-11-23", ["vandaag"]); // "2027-02-01"
 * parseDate("vandaag", "2026-11-23", ["vandaag"]); // "2026-11-23"
 * parseDate("31-02-2027", "2026-11-23", []); // undefined
 */
export function parseDate(text: string, today: CalendarDate, todayWords: readonly string[]): CalendarDate | undefined {
  const word = text.trim().toLowerCase();
  if (todayWords.includes(word)) return today;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(word);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(word);
  const [y, m, d] = iso !== null ? [iso[1], iso[2], iso[3]] : dutch !== null ? [dutch[3], dutch[2], dutch[1]] : [];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const candidate = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  return isCalendarDate(candidate) ? candidate : undefined;
}

/**
 * A calendar date in words, as readers expect it (the domain's one date formatter).
 *
 * @example
 * formatDate("2026-12-15", "nl"); // "15 december 2026"
 * formatDate("2026-12-15", "en"); // "15 December 2026"
 */
export const formatDate = (date: CalendarDate, locale: Locale): string => formatCalendarDate(date, locale);
