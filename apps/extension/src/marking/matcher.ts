/** A term to mark on a page: its id and the lower-case surface forms to find. */
export type MarkableTerm = { readonly id: string; readonly variants: readonly string[] };

/** Finds glossary variants in text with one regular expression. */
export type Matcher = {
  /** Global, case-insensitive; whole words only (no letter or digit on either side). */
  readonly regex: RegExp;
  /** The term id for a matched surface form (any case), or undefined. */
  termOf(matched: string): string | undefined;
  /** The shortest variant's length: shorter text cannot hold a term. */
  readonly minLength: number;
};

/** A character that continues a word: digits, Latin letters, Latin letters with diacritics. */
const WORD_CHAR = "[0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]";

type TrieNode = { end: boolean; children: Map<string, TrieNode> };

const escape = (char: string): string => char.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

/**
 * One regular expression from a trie of the variants, so shared beginnings are tested once
 * (`cliëntenraad|cliëntenraden` becomes `cliëntenra(?:ad|den)`). Greedy: the longest variant wins.
 */
function trieSource(node: TrieNode): string {
  const branches = [...node.children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([char, child]) => escape(char) + trieSource(child));
  if (branches.length === 0) return "";
  const group = branches.length === 1 && !node.end ? branches[0]! : `(?:${branches.join("|")})`;
  return node.end ? `${group.startsWith("(?:") ? group : `(?:${group})`}?` : group;
}

/** Normal form for comparing surface forms: NFC, lower case. */
export function normalizeSurface(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

/**
 * Builds the matcher for a list of terms. A variant claimed by two terms belongs to the first.
 *
 * @example
 * const m = createMatcher([{ id: "instemmingsrecht", variants: ["instemmingsrecht"] }]);
 * "Het Instemmingsrecht geldt.".match(m.regex); // ["Instemmingsrecht"]
 */
export function createMatcher(terms: readonly MarkableTerm[]): Matcher {
  const root: TrieNode = { end: false, children: new Map() };
  const owner = new Map<string, string>();
  let minLength = Number.POSITIVE_INFINITY;
  for (const term of terms) {
    for (const raw of term.variants) {
      const variant = normalizeSurface(raw.trim());
      if (variant === "" || owner.has(variant)) continue;
      owner.set(variant, term.id);
      minLength = Math.min(minLength, variant.length);
      let node = root;
      for (const char of variant) {
        let next = node.children.get(char);
        if (next === undefined) {
          next = { end: false, children: new Map() };
          node.children.set(char, next);
        }
        node = next;
      }
      node.end = true;
    }
  }
  const body = owner.size === 0 ? "(?!)" : trieSource(root);
  // Word edges: digits and Latin letters with diacritics (Dutch text). A narrow class instead of
  // \p{L} with the `u` flag: the engine compiles it many times faster, which keeps the first slice of
  // marking short.
  const regex = new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, "gi");
  return {
    regex,
    termOf: (matched) => owner.get(normalizeSurface(matched)),
    minLength: owner.size === 0 ? Number.POSITIVE_INFINITY : minLength,
  };
}
