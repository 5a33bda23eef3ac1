/**
 * Dutch text helpers for rule-based reading: fold case and diacritics, and split a text into
 * word tokens that remember where they stand in the original (so rules can quote the words that
 * led to an answer). Pure and deterministic.
 */

/**
 * Lower case without diacritics: `Cliënten` → `clienten`, `Hygiëne` → `hygiene`.
 *
 * @example
 * foldText("Cliëntenraad"); // "clientenraad"
 */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[’‘`´]/g, "'");
}

/**
 * One word of a text. `norm` is folded (lower case, no diacritics); hyphens inside a word are kept.
 *
 * @example
 * tokenise("Nieuwe huisregels")[1]; // { text: "huisregels", norm: "huisregels", index: 1, sentence: 0 }
 */
export type Token = {
  /** The word as written. */
  readonly text: string;
  /** Folded form used for matching. */
  readonly norm: string;
  /** Position of the word among all words of the text. */
  readonly index: number;
  /** Number of the sentence (or line or list item) the word belongs to, from 0. */
  readonly sentence: number;
};

// A word: letters and digits, with inner hyphens or apostrophes ("niet-cliënten", "'s avonds").
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
// What ends a sentence between two words: . ! ? ; a line break or a bullet.
const SENTENCE_BREAK = /[.!?;\n\u2022]/u;

/**
 * Splits a text into words with their sentence number. A full stop between digits or directly
 * after a one- or two-letter abbreviation ("art. 7", "o.a.") does not end a sentence.
 *
 * @example
 * tokenise("De fusie. Nieuwe huisregels!").map((t) => [t.norm, t.sentence]);
 * // [["de", 0], ["fusie", 0], ["nieuwe", 1], ["huisregels", 1]]
 */
export function tokenise(text: string): readonly Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let last = 0;
  let previous = "";
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const gap = text.slice(last, start);
    const word = match[0];
    if (tokens.length > 0 && SENTENCE_BREAK.test(gap) && !isAbbreviationGap(previous, gap, word)) sentence += 1;
    tokens.push({ text: word, norm: foldText(word), index: tokens.length, sentence });
    previous = word;
    last = start + word.length;
  }
  return tokens;
}

function isAbbreviationGap(previous: string, gap: string, next: string): boolean {
  // "22.00 uur", "1.500": a full stop between digits.
  if (gap === "." && /\d$/.test(previous) && /^\d/.test(next)) return true;
  // "art. 7", "o.a. de", "bijv. de": a short word before a lone full stop is an abbreviation.
  return /^\.\s*$/.test(gap) && (previous.length <= 2 || ABBREVIATIONS.has(foldText(previous)));
}

const ABBREVIATIONS = new Set(["art", "bijv", "bv", "nr", "ca", "incl", "excl", "evt", "mevr", "dhr", "resp", "jl", "vgl", "zgn"]);
