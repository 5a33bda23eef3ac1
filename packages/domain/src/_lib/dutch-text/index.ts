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
  /**
   * Number of the clause the word belongs to, counted over the whole text: a comma, colon, dash or
   * bracket starts a new clause, and so does a new sentence. After an inserted clause (between
   * brackets, ", die … ," or ", in overleg met … ,") the words take up the number of the clause that was interrupted.
   */
  readonly clause: number;
  /** Whether the clause ends with a colon: a heading ("Voorgenomen besluit: …") that governs what follows. */
  readonly heading: boolean;
  /** The characters between the previous word and this one ("€ " before "15"). */
  readonly before: string;
  /** Whether the word stands between brackets. */
  readonly bracketed: boolean;
  /**
   * Position among the content words of the sentence, for measuring how far apart two words are:
   * function words (articles, pronouns, prepositions, auxiliaries) and inserted clauses (between
   * brackets, or a relative clause between commas: ", die nu leeg staat,") do not add to it, so a verb
   * and its object stay close in Dutch word order ("we openen in de vleugel, die leeg staat, een afdeling").
   */
  readonly position: number;
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
  type Draft = { text: string; norm: string; index: number; sentence: number; clause: number; heading: boolean; before: string; bracketed: boolean; position: number };
  const tokens: Draft[] = [];
  let sentence = 0;
  let clause = 0;
  let clauseCount = 0;
  let last = 0;
  let previous = "";
  // Positions: content words count; an insertion (brackets, a relative clause between commas)
  // is counted on its own and the count resumes after it where it stood before.
  let position = 0;
  let resume: { position: number; clause: number } | undefined;
  let bracketDepth = 0;
  let inRelative = false;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const gap = text.slice(last, start);
    const word = match[0];
    const norm = foldText(word);
    const before = tokens[tokens.length - 1];
    const newSentence = before !== undefined && SENTENCE_BREAK.test(gap) && !isAbbreviationGap(previous, gap, word);
    const newClause = before !== undefined && (newSentence || CLAUSE_BREAK.test(gap));
    if (newSentence) {
      sentence += 1;
      position = 0;
      resume = undefined;
      bracketDepth = 0;
      inRelative = false;
    }
    if (newClause) {
      clauseCount += 1;
      clause = clauseCount;
      if (gap.includes(":")) markHeading(tokens, before.clause);
    }
    if (!newSentence && before !== undefined) {
      const opens = (gap.match(/\(/gu) ?? []).length;
      const closes = (gap.match(/\)/gu) ?? []).length;
      // Leaving an insertion: a closing bracket, or the comma that ends a relative clause.
      if ((closes > 0 && bracketDepth > 0) || (inRelative && gap.includes(","))) {
        bracketDepth = Math.max(0, bracketDepth - closes);
        if (bracketDepth === 0) {
          inRelative = false;
          if (resume !== undefined) {
            position = resume.position;
            // ") , daarna …": a further comma still starts a clause of its own.
            if (!CLAUSE_BREAK.test(gap.replace(/[()]/gu, "")) || inRelativeEnd(gap)) clause = resume.clause;
          }
          resume = undefined;
        }
      }
      // Entering one: an opening bracket, or a comma followed by a relative pronoun.
      if (opens > 0 || (!inRelative && bracketDepth === 0 && gap.includes(",") && RELATIVE.has(norm))) {
        if (bracketDepth === 0 && !inRelative) resume = { position, clause: before.clause };
        if (opens > 0) bracketDepth += opens;
        else inRelative = true;
      }
    }
    if (before !== undefined && !FUNCTION_WORDS.has(norm)) position += 1;
    tokens.push({ text: word, norm, index: tokens.length, sentence, clause, heading: false, before: gap, bracketed: bracketDepth > 0, position });
    previous = word;
    last = start + word.length;
  }
  return tokens;
}

/** The comma that closes ", die … ," continues the clause that was interrupted. */
const inRelativeEnd = (gap: string): boolean => /^\s*,\s*$/u.test(gap);

function markHeading(tokens: { clause: number; heading: boolean }[], clause: number): void {
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const t = tokens[i];
    if (t?.clause !== clause) break;
    t.heading = true;
  }
}

// What ends a clause between two words: a comma, colon, bracket or dash (besides a sentence break).
const CLAUSE_BREAK = /[,:()\u2013\u2014]|\s-\s/u;
// Words that open an inserted clause after a comma: a relative clause (", die nu leeg staat,") or
// a prepositional phrase (", in overleg met de gemeente,").
const RELATIVE = new Set([
  "die", "dat", "waar", "waarin", "waarbij", "waarvan", "waarmee", "waardoor", "welke", "wie", "zoals",
  "in", "na", "met", "vanaf", "per", "op", "onder", "tijdens", "vanwege", "wegens", "volgens", "conform", "bij", "naar", "mits", "tenzij",
]);
// Function words do not count when measuring how far apart two words stand.
const FUNCTION_WORDS = new Set([
  "de", "het", "een", "'t", "deze", "die", "dit", "dat", "zijn", "haar", "hun", "hij", "zij", "ze", "wij", "we", "u", "uw", "ons", "onze", "jullie", "er",
  "van", "voor", "in", "op", "aan", "met", "bij", "naar", "uit", "over", "tot", "door", "om", "te", "per", "als", "dan",
  "en", "of", "maar", "is", "was", "wordt", "worden", "werd", "werden", "zal", "zullen", "kan", "kunnen", "moet", "moeten", "heeft", "hebben", "had", "ook", "nog", "wel", "al", "dus",
]);

function isAbbreviationGap(previous: string, gap: string, next: string): boolean {
  // "22.00 uur", "1.500": a full stop between digits.
  if (gap === "." && /\d$/.test(previous) && /^\d/.test(next)) return true;
  // "art. 7", "o.a. de", "bijv. de": a short word before a lone full stop is an abbreviation.
  return /^\.\s*$/.test(gap) && (previous.length <= 2 || ABBREVIATIONS.has(foldText(previous)));
}

const ABBREVIATIONS = new Set(["art", "bijv", "bv", "nr", "ca", "incl", "excl", "evt", "mevr", "dhr", "resp", "jl", "vgl", "zgn"]);

/**
 * Whether two words differ by at most one edit: one letter changed, added or dropped, or two
 * neighbouring letters swapped ("begrooting" and "begroting", "jaarekening" and "jaarrekening").
 *
 * @example
 * withinOneEdit("begrooting", "begroting"); // true
 * withinOneEdit("innovatie", "renovatie"); // false
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
