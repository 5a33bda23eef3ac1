/**
 * Finding what someone meant among a list of titled options (training situations, for example):
 * word overlap with forgiving word endings and without accents. Input parsing, not rule logic.
 */

const STOP_WORDS = new Set([
  "de", "het", "een", "en", "of", "we", "wij", "er", "is", "zijn", "van", "voor", "over", "gaat", "onze", "ons", "met", "bij", "die", "dat", "niet", "nog",
  "the", "a", "an", "and", "or", "our", "is", "are", "of", "for", "about", "it", "there", "to", "with",
]);

/**
 * The words of a text, lower-case and without accents, leaving out very common words.
 *
 * @example
 * words("Wij hebben nieuwe cliënten-leden!"); // ["hebben", "nieuwe", "clienten", "leden"]
 */
export function words(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2 && !STOP_WORDS.has(w));
}

function same(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short.slice(0, Math.max(4, short.length - 1)));
}

/** An option to match against: an id and the texts that describe it. */
export type MatchOption<Id extends string> = { readonly id: Id; readonly texts: readonly string[] };

/**
 * The options that share the most words with the query (best first, at most `limit`); none when no
 * word matches.
 *
 * @example
 * bestMatches("nieuw lid", [{ id: "a", texts: ["We hebben nieuwe leden"] }, { id: "b", texts: ["Fusie"] }]); // ["a"]
 */
export function bestMatches<Id extends string>(query: string, options: readonly MatchOption<Id>[], limit = 2): Id[] {
  const wanted = words(query).slice(0, 30);
  if (wanted.length === 0) return [];
  const scored = options.map((option) => {
    const texts = option.texts.map(words);
    const have = texts.flat();
    // First how many of the query's words match; then how much of one option text they cover.
    const primary = wanted.filter((w) => have.some((h) => same(w, h))).length;
    const cover = Math.max(0, ...texts.map((ws) => (ws.length === 0 ? 0 : ws.filter((h) => wanted.some((w) => same(w, h))).length / ws.length)));
    return { id: option.id, primary, cover };
  });
  const best = scored.reduce((a, b) => (b.primary > a.primary || (b.primary === a.primary && b.cover > a.cover) ? b : a));
  if (best.primary === 0) return [];
  return scored
    .filter((s) => s.primary === best.primary && s.cover === best.cover)
    .slice(0, limit)
    .map((s) => s.id);
}
