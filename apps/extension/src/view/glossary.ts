import { type Citation, formatCitation, type Locale } from "@raadswerk/domain/calendar";
import type { glossary } from "@raadswerk/domain/wmcz";
import { t } from "../i18n/index.js";
import type { MarkableTerm } from "../marking/matcher.js";
import type { TooltipContent } from "../marking/tooltip.js";

/** One entry of the domain's glossary. */
export type GlossaryEntry = (typeof glossary)[number];

/** A glossary entry in words for one locale. */
export type GlossaryItemView = { readonly id: string; readonly term: string; readonly definition: string; readonly citationText?: string };

/**
 * A citation as far as it is confirmed (the domain only fills in confirmed parts), with a note
 * when even the article is not confirmed.
 *
 * @example
 * citationText({ law: "Wmcz 2018", article: "8", status: "topic-confirmed" }, "nl"); // "art. 8 Wmcz 2018"
 */
export function citationText(citation: Citation, locale: Locale): string {
  const text = formatCitation(citation, locale);
  return citation.status === "unconfirmed" ? `${text} (${t(locale, "citationUnconfirmed")})` : text;
}

/**
 * @example
 * glossaryItemView(entry, "en"); // { id, term: "instemmingsrecht", definition: "...", citationText: "art. 8 Wmcz 2018" }
 */
export function glossaryItemView(entry: GlossaryEntry, locale: Locale): GlossaryItemView {
  return {
    id: entry.id,
    term: entry.term,
    definition: entry.definition[locale],
    ...(entry.citation === undefined ? {} : { citationText: citationText(entry.citation, locale) }),
  };
}

/**
 * What the tooltip on a marked term shows.
 *
 * @example
 * tooltipContent(entry, "nl").citation; // "Bron: art. 8 Wmcz 2018"
 */
export function tooltipContent(entry: GlossaryEntry, locale: Locale): TooltipContent {
  const item = glossaryItemView(entry, locale);
  return {
    label: t(locale, "tooltipLabel"),
    term: item.term,
    definition: item.definition,
    ...(item.citationText === undefined ? {} : { citation: `${t(locale, "source")}: ${item.citationText}` }),
  };
}

/** The glossary as terms to mark: ids and the domain's variants. */
export function markableTerms(entries: readonly GlossaryEntry[]): MarkableTerm[] {
  return entries.map((entry) => ({ id: entry.id, variants: [entry.term, ...entry.variants] }));
}

const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();

/**
 * Glossary entries that match what a person typed (any case, with or without diacritics), headword
 * matches first; everything when the query is empty.
 *
 * @example
 * searchGlossary(glossary, "clienten", "nl").map((e) => e.term); // ["cliëntenraad", ...]
 */
export function searchGlossary(entries: readonly GlossaryEntry[], query: string, locale: Locale): GlossaryEntry[] {
  const q = fold(query.trim());
  const byTerm = (a: GlossaryEntry, b: GlossaryEntry) => a.term.localeCompare(b.term, "nl");
  if (q === "") return [...entries].sort(byTerm);
  const inTerm = entries.filter((entry) => [entry.term, ...entry.variants].some((v) => fold(v).includes(q)));
  const inDefinition = entries.filter((entry) => !inTerm.includes(entry) && fold(entry.definition[locale]).includes(q));
  return [...inTerm.sort(byTerm), ...inDefinition.sort(byTerm)];
}

/** What the content script needs to mark and explain terms, ready to show in one locale. */
export type PageGlossary = {
  readonly locale: Locale;
  readonly terms: readonly MarkableTerm[];
  readonly tooltips: Readonly<Record<string, TooltipContent>>;
};

/**
 * The glossary prepared for a page: the variants to mark and each term's tooltip. The background
 * sends this to the content script, so the script on every allowed page stays small (the domain is
 * bundled once, in the background).
 *
 * @example
 * pageGlossary(glossary, "nl").tooltips["instemmingsrecht"]?.citation; // "Bron: art. 8 Wmcz 2018"
 */
export function pageGlossary(entries: readonly GlossaryEntry[], locale: Locale): PageGlossary {
  return {
    locale,
    terms: markableTerms(entries),
    tooltips: Object.fromEntries(entries.map((entry) => [entry.id, tooltipContent(entry, locale)])),
  };
}
