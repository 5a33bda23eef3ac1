import { z } from "zod";
import type { Citation } from "../../_lib/citation/index.js";
import { type Token, tokenise } from "../../_lib/dutch-text/index.js";
import { procedureById } from "../procedures/index.js";
import { RULE_SET_VERSION } from "../rule-set/index.js";
import type { ProcedureId, TopicId } from "../topic-ids/index.js";
import { type Condition, type Right, topicById } from "../topics/index.js";
import { COMPILED_CONCEPTS, type ConceptId } from "./concepts.js";
import { PROCEDURE_RULES, type Rule, type Skip, THRESHOLD, TOPIC_RULES } from "./rules.js";

/**
 * A right the council has on a decision: the topic, where the law says so, under which
 * conditions, the words of the text that led to it and how sure the rules are (0–1).
 *
 * @example
 * assessDecision("Voorgenomen fusie met Zorggroep Oost").findings[0];
 * // { right: "advice", topic: "merger-or-cooperation", citation: { law: "Wmcz 2018", article: "7", paragraph: 1, point: "b", status: "confirmed" },
 * //   conditions: [], evidence: ["fusie"], confidence: 0.75 }
 */
export type Finding = {
  readonly right: Right;
  readonly topic: TopicId;
  readonly citation: Citation;
  /** Conditions still to be checked (empty when the caller already said they hold). */
  readonly conditions: readonly Condition[];
  readonly evidence: readonly string[];
  readonly confidence: number;
};

/**
 * Another Wmcz procedure the text touches (installing or dissolving a council, the binding
 * nomination, the right of enquiry), with its evidence.
 *
 * @example
 * assessDecision("Opheffen van de cliëntenraad van locatie Zuid").procedures[0]?.procedure; // "council-dissolution"
 */
export type ProcedureFinding = {
  readonly procedure: ProcedureId;
  readonly citation: Citation;
  readonly evidence: readonly string[];
  readonly confidence: number;
};

/**
 * What {@link assessDecision} returns.
 *
 * @example
 * assessDecision("Nieuwe printers").ruleSetVersion; // "wmcz-2018/2026.1"
 */
export type Assessment = {
  readonly findings: readonly Finding[];
  readonly procedures: readonly ProcedureFinding[];
  /** The rule set that produced this answer (see `RULE_SET_VERSION`). */
  readonly ruleSetVersion: string;
};

/**
 * Options for {@link assessDecision}. `longTermStay`: whether the provider is set up for
 * long-term stay (art. 7 lid 1 sub h and i). Leave it out when unknown.
 *
 * @example
 * AssessOptionsSchema.parse({ longTermStay: true }); // { longTermStay: true }
 */
export const AssessOptionsSchema = z.object({ longTermStay: z.boolean().optional() });

/**
 * Options for {@link assessDecision}.
 *
 * @example
 * const options: AssessOptions = { longTermStay: false };
 */
export type AssessOptions = z.infer<typeof AssessOptionsSchema>;

/**
 * Reads a provider's intended decision, in ordinary Dutch, and returns every advice or consent
 * right it touches, plus other Wmcz procedures. Rule-based, deterministic and offline: each
 * finding quotes the words that led to it. It copes with inflection and compounds (fuseren,
 * gefuseerd, klachtenregeling), diacritics, case and punctuation, and ignores words that are
 * negated ("geen fusie"), only referred to ("volgens de medezeggenschapsregeling") or about staff
 * or non-clients only. Findings come in law order (art. 7 a–i, then consent topics).
 *
 * Art. 7 h and i apply only to providers set up for long-term stay: with `longTermStay`
 * unknown the finding carries that condition, with `false` it is left out.
 *
 * @see https://wetten.overheid.nl/BWBR0042167 art. 7 and 8 (believed id)
 * @example
 * assessDecision("Grootschalige verbouwing van De Linde, met een sociaal plan voor de bewoners en een nieuwe indeling van de kamers")
 *   .findings.map((f) => `${f.right}:${f.topic}`);
 * // ["advice:housing-and-building", "consent:social-plan", "consent:room-layout"]
 * assessDecision("Nieuwe printers voor het kantoor").findings; // []
 */
export function assessDecision(text: string, options: AssessOptions = {}): Assessment {
  const reading = read(text);
  const findings: Finding[] = [];
  for (const rule of TOPIC_RULES) {
    const hit = evaluate(rule, reading);
    if (hit === undefined) continue;
    const topic = topicById(rule.target);
    const needsLongTermStay = topic.conditions.some((c) => c.code === "long_term_stay_only");
    if (needsLongTermStay && options.longTermStay === false) continue;
    findings.push({
      right: topic.right,
      topic: topic.id,
      citation: topic.citation,
      conditions: options.longTermStay === true ? [] : topic.conditions,
      evidence: hit.evidence,
      confidence: hit.confidence,
    });
  }
  const procedures: ProcedureFinding[] = [];
  for (const rule of PROCEDURE_RULES) {
    const hit = evaluate(rule, reading);
    if (hit === undefined) continue;
    procedures.push({ procedure: rule.target, citation: procedureById(rule.target).citation, evidence: hit.evidence, confidence: hit.confidence });
  }
  return { findings, procedures, ruleSetVersion: RULE_SET_VERSION };
}

// ---------------------------------------------------------------------------------------------
// Reading: tokens, the concepts each token starts, and where they stand per sentence.

/** One occurrence of a concept: the words from `start` to `end` (inclusive). */
type Occurrence = { readonly start: number; readonly end: number };

type Reading = {
  readonly tokens: readonly Token[];
  /** Per sentence, per concept, its occurrences in text order. */
  readonly sentences: readonly ReadonlyMap<ConceptId, readonly Occurrence[]>[];
  /** Per token, the concepts it starts. */
  readonly at: readonly ReadonlySet<ConceptId>[];
  readonly inText: ReadonlySet<ConceptId>;
};

const WORD_CONCEPTS = COMPILED_CONCEPTS.filter((c) => c.word !== undefined);
const PHRASE_CONCEPTS = COMPILED_CONCEPTS.filter((c) => c.phrases.length > 0);

// Words repeat across texts; remembering which concepts a folded word has keeps reading linear
// and cheap. The cache only holds derived facts about words, so results never depend on it.
const wordCache = new Map<string, readonly ConceptId[]>();
const WORD_CACHE_LIMIT = 20_000;

function conceptsOfWord(norm: string): readonly ConceptId[] {
  const cached = wordCache.get(norm);
  if (cached !== undefined) return cached;
  // "huis-regels" is read as "huisregels" too.
  const joined = norm.includes("-") ? norm.replaceAll("-", "") : undefined;
  const found = WORD_CONCEPTS.filter((c) => c.word?.test(norm) === true || (joined !== undefined && c.word?.test(joined) === true)).map((c) => c.id);
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(norm, found);
  return found;
}

function read(text: string): Reading {
  const tokens = tokenise(text);
  const at = tokens.map(() => new Set<ConceptId>());
  const sentenceCount = tokens.length === 0 ? 0 : (tokens[tokens.length - 1]?.sentence ?? 0) + 1;
  const sentences = Array.from({ length: sentenceCount }, () => new Map<ConceptId, Occurrence[]>());
  const inText = new Set<ConceptId>();
  const add = (id: ConceptId, start: number, end: number): void => {
    const token = tokens[start];
    const bucket = token === undefined ? undefined : sentences[token.sentence];
    if (bucket === undefined) return;
    at[start]?.add(id);
    inText.add(id);
    const list = bucket.get(id);
    if (list === undefined) bucket.set(id, [{ start, end }]);
    else list.push({ start, end });
  };
  tokens.forEach((token, i) => {
    for (const id of conceptsOfWord(token.norm)) add(id, i, i);
    for (const concept of PHRASE_CONCEPTS) {
      for (const phrase of concept.phrases) {
        const end = i + phrase.length - 1;
        const last = tokens[end];
        if (last === undefined || last.sentence !== token.sentence) continue;
        if (phrase.every((pattern, k) => pattern.test(tokens[i + k]?.norm ?? ""))) add(concept.id, i, end);
      }
    }
  });
  return { tokens, sentences, at, inText };
}

// ---------------------------------------------------------------------------------------------
// Local modifiers of a core word.

const NEGATION_WINDOW = 4;
const REFERENCE_WINDOW = 3;
const MINOR_WINDOW = 2;

function hasBefore(reading: Reading, index: number, window: number, concept: ConceptId): boolean {
  const sentence = reading.tokens[index]?.sentence;
  for (let i = index - 1; i >= Math.max(0, index - window); i -= 1) {
    if (reading.tokens[i]?.sentence !== sentence) return false;
    if (reading.at[i]?.has(concept) === true) return true;
  }
  return false;
}

/** "geen fusie", "niet verbouwen" — but "niet meer gratis" and "geen ontbijt meer" are changes. */
function isNegated(reading: Reading, index: number): boolean {
  // "geen fusie of overname": the negation carries over "of", "en", "noch".
  const previous = reading.tokens[index - 1];
  if (previous !== undefined && ["of", "en", "noch"].includes(previous.norm) && index >= 2 && isNegated(reading, index - 2)) return true;
  if (!hasBefore(reading, index, NEGATION_WINDOW, "NEGATION")) return false;
  const sentence = reading.tokens[index]?.sentence;
  for (let i = Math.max(0, index - NEGATION_WINDOW); i <= index + 3; i += 1) {
    const token = reading.tokens[i];
    if (token === undefined || token.sentence !== sentence) continue;
    if (token.norm === "meer" || token.norm === "langer" || token.norm === "alleen" || token.norm === "zonder") return false;
  }
  return true;
}

/**
 * "na de fusie", "tijdens de verbouwing", "in de nieuwbouw": the word sets the scene for another
 * decision rather than being the decision. "in", "naar" and "binnen" count only with an article
 * ("investeren in nieuwbouw" is about the building).
 */
const LIST_CONCEPTS: readonly ConceptId[] = ["BUILD", "MERGER", "TAKEOVER", "ORG_CHANGE", "ENDING_VERB", "BUDGET"];

function sharesConcept(reading: Reading, a: number, b: number): boolean {
  return LIST_CONCEPTS.some((id) => reading.at[a]?.has(id) === true && reading.at[b]?.has(id) === true);
}

function isContext(reading: Reading, index: number): boolean {
  const sentence = reading.tokens[index]?.sentence;
  const same = (i: number): boolean => reading.tokens[i]?.sentence === sentence;
  const prepositionAt = (i: number): boolean => same(i) && reading.at[i]?.has("CONTEXT_PREP") === true;
  const weak = (i: number): boolean => ["in", "naar", "binnen"].includes(reading.tokens[i]?.norm ?? "");
  // "bij verbouw of verhuizing": the setting carries over "of" and "en".
  if (same(index - 1) && ["of", "en"].includes(reading.tokens[index - 1]?.norm ?? "") && index >= 2 && isContext(reading, index - 2)) return true;
  // "bij verbouw, nieuwbouw of verhuizing": a list of words of the same kind shares the setting.
  if (same(index - 1) && sharesConcept(reading, index, index - 1) && isContext(reading, index - 1)) return true;
  if (prepositionAt(index - 1) && !weak(index - 1)) return true;
  return same(index - 1) && reading.at[index - 1]?.has("ARTICLE") === true && prepositionAt(index - 2);
}

const SETTLED_WINDOW = 8;

/** "de nieuwbouw die vorig jaar is besloten": a decision already taken is mentioned, not asked. */
function isSettled(reading: Reading, index: number): boolean {
  const sentence = reading.tokens[index]?.sentence;
  let settled = false;
  let past = false;
  for (let i = index + 1; i <= index + SETTLED_WINDOW; i += 1) {
    if (reading.tokens[i]?.sentence !== sentence) break;
    if (reading.at[i]?.has("SETTLED") === true) settled = true;
    if (reading.at[i]?.has("PAST") === true) past = true;
  }
  return settled && past;
}

/**
 * "Het ziekenhuis sluit de spoedeisende hulp": a sentence whose subject is another body (hospital,
 * municipality, insurer) reports that body's decision, not the provider's — unless the provider
 * itself is named in it ("wij", "onze organisatie").
 */
function isAboutThirdParty(reading: Reading, index: number): boolean {
  const sentence = reading.tokens[index]?.sentence;
  let first = -1;
  for (let i = index; i >= 0 && reading.tokens[i]?.sentence === sentence; i -= 1) first = i;
  let subject = first;
  while (reading.at[subject]?.has("ARTICLE") === true) subject += 1;
  if (reading.at[subject]?.has("EXTERNAL") !== true || subject === index) return false;
  // Naming the provider itself, or its council, shows the provider's own decision.
  for (let i = first; reading.tokens[i]?.sentence === sentence; i += 1) {
    if (i !== subject && (reading.at[i]?.has("OWN") === true || reading.at[i]?.has("COUNCIL") === true)) return false;
  }
  return true;
}

function isSkipped(reading: Reading, index: number, skip: readonly Skip[]): boolean {
  for (const reason of skip) {
    if (reason === "negated" && isNegated(reading, index)) return true;
    if (reason === "reference" && hasBefore(reading, index, REFERENCE_WINDOW, "REFERENCE")) return true;
    if (reason === "minor" && hasBefore(reading, index, MINOR_WINDOW, "MINOR")) return true;
    if (reason === "context" && isContext(reading, index)) return true;
    if (reason === "settled" && isSettled(reading, index)) return true;
    if (reason === "external" && isAboutThirdParty(reading, index)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Scoring.

type Hit = { readonly evidence: readonly string[]; readonly confidence: number };

const distance = (a: Occurrence, b: Occurrence): number => (b.start > a.end ? b.start - a.end : a.start > b.end ? a.start - b.end : 0);

function nearest(list: readonly Occurrence[] | undefined, core: Occurrence, near: number | undefined): Occurrence | undefined {
  if (list === undefined) return undefined;
  let best: Occurrence | undefined;
  for (const occurrence of list) {
    const d = distance(core, occurrence);
    if (near !== undefined && d > near) continue;
    if (best === undefined || d < distance(core, best)) best = occurrence;
  }
  return best;
}

/** Confidence from the best sentence's score and how many sentences support the finding. */
function confidenceOf(score: number, supporting: number): number {
  const value = Math.min(0.95, 0.55 + 0.2 * score + 0.05 * (supporting - 1));
  return Math.round(value * 100) / 100;
}

function evaluate<Target extends string>(rule: Rule<Target>, reading: Reading): Hit | undefined {
  let best = 0;
  let supporting = 0;
  const spans: Occurrence[] = [];
  reading.sentences.forEach((sentence) => {
    let score = 0;
    const cores: Occurrence[] = [];
    const used: Occurrence[] = [];
    for (const signal of rule.signals) {
      if (signal.inText !== undefined && !signal.inText.some((c) => reading.inText.has(c))) continue;
      const [coreId, ...others] = signal.all;
      const blocked =
        signal.blockedBy !== undefined &&
        signal.blockedBy.some((c) => sentence.has(c)) &&
        !(signal.unless ?? []).some((c) => sentence.has(c));
      if (blocked) continue;
      for (const core of sentence.get(coreId) ?? []) {
        if (isSkipped(reading, core.start, rule.skip)) continue;
        const partners = others.map((id) => nearest(sentence.get(id), core, signal.near));
        if (partners.some((p) => p === undefined)) continue;
        score += signal.weight;
        cores.push(core);
        used.push(core, ...(partners as Occurrence[]));
        break;
      }
    }
    if (score < THRESHOLD) return;
    for (const guard of rule.guards) {
      if ((guard.unless ?? []).some((c) => sentence.has(c))) continue;
      const triggered = guard.any.some((id) =>
        (sentence.get(id) ?? []).some((occurrence) =>
          guard.near === undefined
            ? true
            : cores.some((core) => {
                if (guard.side === "after" && occurrence.start <= core.end) return false;
                if (guard.side === "before" && occurrence.end >= core.start) return false;
                return distance(core, occurrence) <= (guard.near ?? 0);
              }),
        ),
      );
      if (triggered) return;
    }
    supporting += 1;
    best = Math.max(best, score);
    spans.push(...used);
  });
  if (best < THRESHOLD) return undefined;
  return { evidence: evidenceOf(reading, spans), confidence: confidenceOf(best, supporting) };
}

const MAX_EVIDENCE = 6;

/** The quoted words, in text order, without duplicates. */
function evidenceOf(reading: Reading, spans: readonly Occurrence[]): readonly string[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const span of sorted) {
    const words = reading.tokens.slice(span.start, span.end + 1).map((t) => t.text).join(" ");
    const key = words.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(words);
    if (out.length >= MAX_EVIDENCE) break;
  }
  return out;
}
