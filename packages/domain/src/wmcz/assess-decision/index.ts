import * as z from "zod";
import type { Citation } from "../../_lib/citation/index.js";
import { type Token, tokenise, withinOneEdit } from "../../_lib/dutch-text/index.js";
import { procedureById } from "../procedures/index.js";
import { RULE_SET_VERSION } from "../rule-set/index.js";
import type { ProcedureId, TopicId } from "../topic-ids/index.js";
import { type Condition, type ConditionCode, type Right, topicById } from "../topics/index.js";
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
 * assessDecision("Nieuwe printers").ruleSetVersion; // "wmcz-2018/2026.4"
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
 * Art. 7 h and i, the social plan and the room layout apply only to an *instelling* set up for
 * long-term stay: with `longTermStay` unknown the finding carries that condition, with `false` it
 * is left out. The consent topics on quality, admission and daily life carry "only if this is
 * general policy"; an *ambtelijk secretaris* alone carries "only if this person gives the
 * independent support". Conditions are legal doubt, never lower confidence.
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
    // Conditions the caller already settled are dropped; conditions of the reading itself are added.
    const fromReading = hit.conditions.map((code): Condition => ({ code, citation: topic.citation }));
    const conditions = [...topic.conditions.filter((c) => !(c.code === "long_term_stay_only" && options.longTermStay === true)), ...fromReading];
    findings.push({
      right: topic.right,
      topic: topic.id,
      citation: topic.citation,
      conditions,
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
  /** Per clause (see `Token.clause`), the concepts in it. */
  readonly clauses: ReadonlyMap<number, ReadonlySet<ConceptId>>;
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
  const forms = [norm];
  if (norm.includes("-")) {
    // "huis-regels" is read as "huisregels" too.
    forms.push(norm.replaceAll("-", ""));
    // "concept-medezeggenschapsregeling", "nieuw-huisregels": a general modifier before a hyphen
    // is read on its own and the rest as the word it modifies.
    const [head = "", ...rest] = norm.split("-");
    if (HYPHEN_MODIFIERS.has(head) && rest.length > 0) forms.push(head, rest.join("-"), rest.join(""));
  }
  const exact = WORD_CONCEPTS.filter((c) => forms.some((form) => c.word?.test(form) === true)).map((c) => c.id);
  const found = exact.length === 0 ? conceptsOfMisspelling(norm) : exact;
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(norm, found);
  return found;
}

/**
 * Long key terms read despite one typing error ("begrooting", "jaarekening", "conceptbegrotng"),
 * also at the end of a compound. Only a word that matches no concept at all is tried, and only
 * against these terms, so a real word is never read as another one.
 */
const TYPO_TOLERANT_TERMS: readonly string[] = [
  "begroting", "jaarrekening", "reorganisatie", "medezeggenschapsregeling", "klachtenregeling", "klachtenfunctionaris",
  "huisregels", "huisreglement", "profielschets", "kwaliteitsplan", "samenwerking", "verbouwing", "renovatie", "nieuwbouw", "huisvesting",
];
const TYPO_MIN_LENGTH = 8;

function conceptsOfMisspelling(norm: string): readonly ConceptId[] {
  if (norm.length < TYPO_MIN_LENGTH || !/^[a-z]+$/.test(norm)) return [];
  for (const term of TYPO_TOLERANT_TERMS) {
    for (let length = term.length - 1; length <= term.length + 1; length += 1) {
      const head = norm.slice(0, norm.length - length);
      const tail = norm.slice(norm.length - length);
      if (tail.length !== length || tail[0] !== term[0] || !withinOneEdit(tail, term)) continue;
      const read = WORD_CONCEPTS.filter((c) => c.word?.test(head + term) === true).map((c) => c.id);
      if (read.length > 0) return read;
    }
  }
  return [];
}

/** Modifiers that can stand before a hyphen without changing what the word is about. */
const HYPHEN_MODIFIERS = new Set(["concept", "ontwerp", "nieuw", "nieuwe", "herzien", "herziene", "gewijzigd", "gewijzigde", "voorlopig", "definitief", "pilot", "proef", "interim", "tijdelijk", "tijdelijke", "model", "standaard", "totaal", "eind", "jaar"]);

/**
 * Separable verbs: Dutch splits "instellen" into "stellen … in" ("wij stellen een cliëntenraad in")
 * and writes "op te heffen". A particle at the end of a clause (or before a time or linking word)
 * is joined to a verb form earlier in the clause, and a particle before "te" to the verb after it;
 * the joined word adds the concepts the verb alone lacks, at the verb's place.
 */
const PARTICLES = new Set(["onder", "op", "in", "aan", "af", "over", "uit", "voor", "mee", "dicht", "samen", "terug", "bij", "toe", "weg", "door", "om", "vast", "los", "open", "neer"]);
/** Words that may follow a separated particle inside the clause: "stellen wij een raad in per 1 maart". */
const AFTER_PARTICLE = new Set([
  "en", "of", "maar", "per", "met", "vanaf", "zodra", "omdat", "zodat", "want", "als", "wanneer", "na", "nadat", "tot", "zoals",
  // a prepositional phrase after the particle: "richten een stichting op voor de kraamzorg"
  "voor", "bij", "in", "op", "aan", "van", "naar", "om", "door", "tijdens", "binnen", "zonder",
  // a reason after the particle: "schaffen de bingo af wegens te weinig belangstelling"
  "wegens", "vanwege", "ivm", "sinds", "ter",
]);
/** "over te laten nemen": a verb between "te" and the verb the particle belongs to. */
const LINK_VERBS = new Set(["laten", "doen", "gaan", "komen", "willen"]);
const VERB_FORM = /(?:t|en|de|te|d)$/;
const PARTICLE_REACH = 12;

function joinParticles(tokens: readonly Token[], conceptsAt: readonly (readonly ConceptId[])[], add: (id: ConceptId, start: number, end: number) => void): void {
  const gains = (particle: string, verb: Token): readonly ConceptId[] => {
    const own = conceptsAt[verb.index] ?? [];
    return conceptsOfWord(particle + verb.norm).filter((id) => !own.includes(id));
  };
  tokens.forEach((token, j) => {
    if (!PARTICLES.has(token.norm)) return;
    // "op te heffen", "in te stellen", "over te dragen", "over te laten nemen".
    const te = tokens[j + 1];
    const verb = LINK_VERBS.has(tokens[j + 2]?.norm ?? "") ? tokens[j + 3] : tokens[j + 2];
    if (te?.norm === "te" && verb !== undefined && verb.clause === token.clause) {
      for (const id of gains(token.norm, verb)) add(id, j, verb.index);
      return;
    }
    const next = tokens[j + 1];
    const endsClause = next === undefined || next.clause !== token.clause || AFTER_PARTICLE.has(next.norm);
    if (!endsClause) return;
    for (let i = j - 1; i >= Math.max(0, j - PARTICLE_REACH); i -= 1) {
      const candidate = tokens[i];
      if (candidate === undefined || candidate.clause !== token.clause) break;
      if (!VERB_FORM.test(candidate.norm)) continue;
      const gained = gains(token.norm, candidate);
      for (const id of gained) add(id, i, i);
      if (gained.length > 0) break;
    }
  });
}

const OWN_NEW = new Set(["nieuwe", "nieuw", "eigen", "aparte", "apart", "gezamenlijke"]);
const COUNCIL_ADJECTIVES = new Set(["centrale", "lokale", "uw", "onze"]);
const COUNCIL_DETERMINERS = new Set(["de", "deze", "die", "onze", "uw", "hun", "zijn", "dezelfde", "betreffende"]);

/** "externe deelnemers", "externe cliënten": people from outside are not the provider's clients. */
const OUTSIDE = /^extern\w*$/;

type Phrase = { readonly id: ConceptId; readonly phrase: readonly RegExp[] };
const ALL_PHRASES: readonly Phrase[] = PHRASE_CONCEPTS.flatMap((c) => c.phrases.map((phrase) => ({ id: c.id, phrase })));
const phraseCache = new Map<string, readonly Phrase[]>();

/** The phrases whose first word matches: cached per folded word, like `conceptsOfWord`. */
function phrasesStartingWith(norm: string): readonly Phrase[] {
  const cached = phraseCache.get(norm);
  if (cached !== undefined) return cached;
  const found = ALL_PHRASES.filter((p) => p.phrase[0]?.test(norm) === true);
  if (phraseCache.size >= WORD_CACHE_LIMIT) phraseCache.clear();
  phraseCache.set(norm, found);
  return found;
}

/** A participle used as an adjective after an article: "op de gesloten afdeling" is a locked ward, not a closing. */
const ATTRIBUTIVE_PARTICIPLE = /^ge\w+(?:en|de|te)$/;
const DESTINATION = new Set(["naar", "bij"]);
const ARTICLE_LIKE = new Set(["de", "het", "een", "deze", "die", "dit", "onze", "hun"]);
const DROP = (list: readonly ConceptId[], ids: readonly ConceptId[]): readonly ConceptId[] => list.filter((id) => !ids.includes(id));

/**
 * Word senses that depend on the neighbours of a word:
 * - "de gesloten afdeling": an adjective before a unit describes it; nothing is closed;
 * - "de afdeling planning", "afdeling HR": a support department, not a unit of care;
 * - "sociaal plan voor de bewoners die moeten verhuizen": a move named after the plan it is arranged by
 *   is what the plan is for, not a building decision of its own ("verhuizing van de bewoners …, met
 *   een sociaal plan" still is);
 * - "het secretariaat verhuist naar locatie De Hoven": a location that is only where a support office
 *   goes is no care;
 * - "wij dragen de cliënten over aan Buurtzorg": a name after "aan" is the party that receives, not
 *   the care that is handed over.
 */
function adjustWordSenses(tokens: readonly Token[], conceptsAt: (readonly ConceptId[])[]): void {
  // Where each sentence first names a social plan or move arrangements.
  const movePlanAt = new Map<number, number>();
  tokens.forEach((token, i) => {
    const own = conceptsAt[i] ?? [];
    const next = tokens[i + 1];
    const names = own.includes("SOCIAL_PLAN") || own.includes("MOVE_ARRANGEMENT") || (/^sociaa?le?$/.test(token.norm) && next?.norm === "plan");
    if (names && !movePlanAt.has(token.sentence)) movePlanAt.set(token.sentence, i);
  });
  const backOfficeAt = new Map<number, number>();
  tokens.forEach((token, i) => {
    const own = conceptsAt[i] ?? [];
    if ((own.includes("BACKOFFICE") || own.includes("STAFF_SPACE")) && !backOfficeAt.has(token.sentence)) backOfficeAt.set(token.sentence, i);
  });
  tokens.forEach((token, i) => {
    const own = conceptsAt[i] ?? [];
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const nextConcepts = next === undefined ? [] : (conceptsAt[i + 1] ?? []);
    const sameClause = (t: Token | undefined): boolean => t !== undefined && t.clause === token.clause;
    if (own.includes("ENDING_VERB") && ATTRIBUTIVE_PARTICIPLE.test(token.norm) && sameClause(prev) && ARTICLE_LIKE.has(prev?.norm ?? "") && sameClause(next) && nextConcepts.includes("UNIT")) {
      conceptsAt[i] = DROP(own, ["ENDING_VERB", "ENDING_CARE"]);
    }
    if (own.includes("UNIT") && /^afdeling(?:en)?$/.test(token.norm) && sameClause(next) && nextConcepts.includes("BACKOFFICE")) {
      conceptsAt[i] = DROP(own, ["UNIT", "CARE"]);
    }
    const office = backOfficeAt.get(token.sentence);
    if ((own.includes("CARE") || own.includes("UNIT")) && office !== undefined && office < i && DESTINATION.has(prev?.norm ?? "") && !own.includes("CLIENT")) {
      conceptsAt[i] = DROP(conceptsAt[i] ?? own, ["CARE", "UNIT"]);
    }
    if (prev?.norm === "aan" && /^\p{Lu}/u.test(token.text) && (own.includes("CARE_SERVICE") || own.includes("UNIT"))) {
      conceptsAt[i] = [...DROP(conceptsAt[i] ?? own, ["CARE_SERVICE", "CARE", "UNIT"]), "PARTNER"];
    }
    const plan = movePlanAt.get(token.sentence);
    if (own.includes("BUILD") && /^verhui(?!zing)/.test(token.norm) && plan !== undefined && plan < i) conceptsAt[i] = DROP(conceptsAt[i] ?? own, ["BUILD"]);
  });
}

function read(text: string): Reading {
  const tokens = tokenise(text);
  const at = tokens.map(() => new Set<ConceptId>());
  const sentenceCount = tokens.length === 0 ? 0 : (tokens[tokens.length - 1]?.sentence ?? 0) + 1;
  const sentences = Array.from({ length: sentenceCount }, () => new Map<ConceptId, Occurrence[]>());
  const inText = new Set<ConceptId>();
  const clauses = new Map<number, Set<ConceptId>>();
  const add = (id: ConceptId, start: number, end: number): void => {
    const token = tokens[start];
    const bucket = token === undefined ? undefined : sentences[token.sentence];
    if (bucket === undefined || token === undefined) return;
    at[start]?.add(id);
    inText.add(id);
    const inClause = clauses.get(token.clause);
    if (inClause === undefined) clauses.set(token.clause, new Set([id]));
    else inClause.add(id);
    const list = bucket.get(id);
    if (list === undefined) bucket.set(id, [{ start, end }]);
    else list.push({ start, end });
  };
  const conceptsAt: (readonly ConceptId[])[] = tokens.map((token, i): readonly ConceptId[] => {
    const own = conceptsOfWord(token.norm);
    if (token.before.includes("€") && /^\d/.test(token.norm)) return [...own, "AMOUNT"];
    if (i > 0 && own.includes("CLIENT") && OUTSIDE.test(tokens[i - 1]?.norm ?? "")) return [...own.filter((id) => id !== "CLIENT"), "NONCLIENT"];
    return own;
  });
  adjustWordSenses(tokens, conceptsAt);
  // "adviesaanvraag cliëntenraad", "ter instemming aan de cliëntenraad": the council is asked, it does not act.
  tokens.forEach((token, i) => {
    if (!(conceptsAt[i] ?? []).includes("COUNCIL")) return;
    for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
      const before = tokens[k];
      if (before === undefined || before.sentence !== token.sentence) break;
      const concepts = conceptsOfWord(before.norm);
      if (concepts.includes("ADDRESS")) {
        conceptsAt[i] = [...(conceptsAt[i] ?? []).filter((id) => id !== "COUNCIL"), "COUNCIL_ADDRESSED"];
        break;
      }
      if (!concepts.includes("ARTICLE") && !COUNCIL_ADJECTIVES.has(before.norm)) break;
    }
  });
  tokens.forEach((token, i) => {
    for (const id of conceptsAt[i] ?? []) add(id, i, i);
    for (const { id, phrase } of phrasesStartingWith(token.norm)) {
      const end = i + phrase.length - 1;
      const last = tokens[end];
      if (last === undefined || last.sentence !== token.sentence) continue;
      if (phrase.every((pattern, k) => k === 0 || pattern.test(tokens[i + k]?.norm ?? ""))) add(id, i, end);
    }
  });
  joinParticles(tokens, conceptsAt, add);
  // "in één nieuwe stichting", "een eigen BV": an entity the provider sets up itself.
  tokens.forEach((_token, i) => {
    if (at[i]?.has("PARTNER") !== true && at[i]?.has("ORG_ENTITY") !== true) return;
    const before = tokens[i - 1]?.norm ?? "";
    if (OWN_NEW.has(before) && tokens[i - 1]?.sentence === tokens[i]?.sentence) add("OWN_NEW_ENTITY", i - 1, i);
  });
  // "bij locatie Deventer", "naar de afdeling Oost": a destination inside the provider.
  tokens.forEach((token, i) => {
    if (token.norm !== "bij" && token.norm !== "naar") return;
    let k = i + 1;
    while (at[k]?.has("ARTICLE") === true || tokens[k]?.norm === "onze") k += 1;
    if (tokens[k]?.sentence === token.sentence && at[k]?.has("UNIT") === true && at[k]?.has("PARTNER") !== true) add("OWN_UNIT_DEST", i, k);
  });
  // "deze raad", "de raad" after the council was named: the same council (for installing or dissolving it).
  let councilNamed = false;
  tokens.forEach((_token, i) => {
    if (councilNamed && at[i]?.has("COUNCIL_BARE") === true && at[i]?.has("BOARD") !== true && COUNCIL_DETERMINERS.has(tokens[i - 1]?.norm ?? "")) {
      const next = tokens[i + 1]?.norm;
      if (next !== "van") add("COUNCIL_REF", i, i);
    }
    if (at[i]?.has("COUNCIL") === true || at[i]?.has("COUNCIL_ADDRESSED") === true) councilNamed = true;
  });
  return { tokens, sentences, at, inText, clauses };
}

// ---------------------------------------------------------------------------------------------
// Local modifiers of a core word.

const NEGATION_WINDOW = 4;

/** Whether the clause of the word at `index` holds the concept. */
function clauseHas(reading: Reading, index: number, concept: ConceptId): boolean {
  const clause = reading.tokens[index]?.clause;
  return clause !== undefined && reading.clauses.get(clause)?.has(concept) === true;
}
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
  // "doelstelling en grondslag blijven ongewijzigd": the clause says nothing changes.
  if (clauseHas(reading, index, "NO_CHANGE")) return true;
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
  // "in verband met", "naar aanleiding van", "als gevolg van" count as one preposition.
  const prepositionAt = (i: number): boolean =>
    same(i) && (reading.at[i]?.has("CONTEXT_PREP") === true || (["met", "van"].includes(reading.tokens[i]?.norm ?? "") && COMPOUND_PREPOSITION_HEADS.has(reading.tokens[i - 1]?.norm ?? "")));
  const weak = (i: number): boolean => ["in", "naar", "binnen"].includes(reading.tokens[i]?.norm ?? "");
  // "bij verbouw of verhuizing": the setting carries over "of" and "en".
  if (same(index - 1) && ["of", "en"].includes(reading.tokens[index - 1]?.norm ?? "") && index >= 2 && isContext(reading, index - 2)) return true;
  // "bij verbouw, nieuwbouw of verhuizing": a list of words of the same kind shares the setting.
  if (same(index - 1) && sharesConcept(reading, index, index - 1) && isContext(reading, index - 1)) return true;
  if (prepositionAt(index - 1) && !weak(index - 1)) return true;
  if (same(index - 1) && reading.at[index - 1]?.has("ARTICLE") === true && prepositionAt(index - 2)) return true;
  // "in de nieuwe gebouwen", "na de grote verbouwing": an adjective between article and word.
  const adjective = reading.tokens[index - 1];
  return (
    adjective !== undefined &&
    same(index - 2) &&
    /e$/.test(adjective.norm) &&
    !reading.at[index - 1]?.has("ARTICLE") &&
    reading.at[index - 2]?.has("ARTICLE") === true &&
    prepositionAt(index - 3)
  );
}

const COMPOUND_PREPOSITION_HEADS = new Set(["verband", "aanleiding", "gevolg", "gevolge", "vanwege", "kader"]);

const SETTLED_WINDOW = 8;

/** "de nieuwbouw die vorig jaar is besloten": a decision already taken is mentioned, not asked. */
function isSettled(reading: Reading, index: number): boolean {
  // "De fusie is per 1 januari afgerond": done and over ("wordt afgerond" is still to come).
  if (clauseHas(reading, index, "COMPLETED") && clauseHas(reading, index, "PERFECT_AUX") && !clauseHas(reading, index, "FUTURE_AUX")) return true;
  // "Wij hebben de klachtenregeling vorig jaar aangepast": what the provider did before.
  if (clauseOpensWithWeHave(reading, index) && clauseHas(reading, index, "PAST") && !clauseHas(reading, index, "FUTURE_AUX")) return true;
  // "(het besluit over de verhuizing zelf is vorig jaar met uw advies genomen)": the whole clause tells what was decided before.
  if (clauseHas(reading, index, "SETTLED") && clauseHas(reading, index, "PAST")) return true;
  const sentence = reading.tokens[index]?.sentence;
  let settled = false;
  let past = false;
  for (let i = index + 1; i <= index + SETTLED_WINDOW; i += 1) {
    if (reading.tokens[i]?.sentence !== sentence) break;
    if (reading.at[i]?.has("SETTLED") === true) settled = true;
    if (reading.at[i]?.has("PAST") === true) past = true;
  }
  if (settled && past) return true;
  // "de verbouwing, die in 2024 is besloten": a decision already taken, in the perfect.
  for (let i = index + 1; i <= index + SETTLED_WINDOW && reading.tokens[i]?.sentence === sentence; i += 1) {
    if (reading.at[i]?.has("SETTLED") !== true) continue;
    if ([i - 1, i + 1].some((k) => reading.tokens[k]?.sentence === sentence && reading.at[k]?.has("PERFECT_AUX") === true)) return true;
  }
  return false;
}

/** The clause starts with "wij hebben" / "we hebben". */
function clauseOpensWithWeHave(reading: Reading, index: number): boolean {
  const clause = reading.tokens[index]?.clause;
  let first = index;
  while (first > 0 && reading.tokens[first - 1]?.clause === clause) first -= 1;
  return ["wij", "we"].includes(reading.tokens[first]?.norm ?? "") && ["hebben", "heeft"].includes(reading.tokens[first + 1]?.norm ?? "");
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
  // "Zorggroep Noord en Zorggroep Zuid, twee andere aanbieders in de regio, gaan fuseren".
  if (sentenceHasOtherOrgs(reading, index)) return true;
  // "De ondernemingsraad wordt om advies gevraagd over …": the works council's right, not the client council's.
  const concepts = sentence === undefined ? undefined : reading.sentences[sentence];
  if (concepts?.has("WORKS_COUNCIL_ONLY") === true && concepts.has("REQUEST") && !concepts.has("COUNCIL") && !concepts.has("COUNCIL_ADDRESSED") && !concepts.has("CLIENT")) return true;
  if (reading.at[subject]?.has("EXTERNAL") !== true || subject === index) return false;
  // "Het ziekenhuis legt u ter instemming voor …": a request to the council with no "wij" for
  // another party is the provider writing about itself in the third person.
  if (reading.inText.has("REQUEST") && !reading.inText.has("OWN")) return false;
  // "Het ziekenhuis verruimt de bezoektijden": a hospital as subject in a text without "wij" is the
  // provider itself; next to "wij" it is another party ("het ziekenhuis sluit …; wij passen … aan").
  if (reading.at[subject]?.has("PROVIDER_KIND") === true && !reading.inText.has("FIRST_PERSON")) return false;
  // Naming the provider itself, or its council, shows the provider's own decision.
  for (let i = first; reading.tokens[i]?.sentence === sentence; i += 1) {
    const at = reading.at[i];
    // "naast ons verpleeghuis" places the other party's decision; it does not make it ours.
    const located = LOCATIVE.has(reading.tokens[i - 1]?.norm ?? "");
    if (i !== subject && ((at?.has("OWN") === true && !located) || at?.has("COUNCIL") === true || at?.has("COUNCIL_ADDRESSED") === true)) return false;
  }
  return true;
}

/**
 * "De cliëntenraad past zijn huishoudelijk reglement aan": a possessive before the word, with the
 * council as the subject of the sentence, makes it the council's own rulebook or money.
 */
function isCouncilOwn(reading: Reading, index: number): boolean {
  if (!hasBefore(reading, index, 2, "POSSESSIVE")) return false;
  const sentence = reading.tokens[index]?.sentence;
  let subject = index;
  while (reading.tokens[subject - 1]?.sentence === sentence) subject -= 1;
  while (reading.at[subject]?.has("ARTICLE") === true || COUNCIL_ADJECTIVES.has(reading.tokens[subject]?.norm ?? "")) subject += 1;
  return reading.at[subject]?.has("COUNCIL") === true || reading.at[subject]?.has("COUNCIL_BARE") === true;
}

const LOCATIVE = new Set(["naast", "tegenover", "achter", "nabij", "rond", "rondom", "dichtbij"]);
const PARTNER_PREPOSITIONS = new Set(["met", "aan", "naar", "bij", "voor", "van", "door"]);

/** The sentence is about other organisations ("twee andere aanbieders") and does not name the provider or its council. */
function sentenceHasOtherOrgs(reading: Reading, index: number): boolean {
  const sentence = reading.tokens[index]?.sentence;
  if (sentence === undefined) return false;
  const concepts = reading.sentences[sentence];
  // "samenwerking met drie andere aanbieders": the others are partners of the provider.
  const others = (concepts?.get("OTHER_ORGS") ?? []).filter(
    (o) => ![1, 2].some((k) => PARTNER_PREPOSITIONS.has(reading.tokens[o.start - k]?.norm ?? "") && reading.tokens[o.start - k]?.sentence === sentence),
  );
  if (concepts === undefined || others.length === 0) return false;
  return !(["OWN", "FIRST_PERSON", "COUNCIL", "COUNCIL_ADDRESSED"] as const).some((id) => concepts.has(id));
}

function isSkipped(reading: Reading, index: number, skip: readonly Skip[]): boolean {
  for (const reason of skip) {
    if (reason === "negated" && isNegated(reading, index)) return true;
    if (reason === "reference" && hasBefore(reading, index, REFERENCE_WINDOW, "REFERENCE")) return true;
    if (reason === "minor" && hasBefore(reading, index, MINOR_WINDOW, "MINOR")) return true;
    if (reason === "context" && isContext(reading, index)) return true;
    if (reason === "settled" && isSettled(reading, index)) return true;
    if (reason === "external" && isAboutThirdParty(reading, index)) return true;
    if (reason === "council-own" && isCouncilOwn(reading, index)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Scoring.

/** `conditions`: legal conditions carried by the signals that found the topic (see `Signal.condition`). */
type Hit = { readonly evidence: readonly string[]; readonly confidence: number; readonly conditions: readonly ConditionCode[] };

/**
 * How far apart two occurrences stand, in content words (see `Token.position`): function words
 * and inserted clauses do not count, so Dutch word order with the verb far from its object, or a
 * relative clause in between, keeps them close. Across a clause boundary every word counts.
 */
/** How far apart two occurrences stand, in words: for guards, which look at the words right around a core. */
const tokenDistance = (a: Occurrence, b: Occurrence): number => (b.start > a.end ? b.start - a.end : a.start > b.end ? a.start - b.end : 0);

function distance(reading: Reading, a: Occurrence, b: Occurrence): number {
  if (reading.tokens[a.start]?.clause !== reading.tokens[b.start]?.clause) return tokenDistance(a, b);
  const pos = (i: number): number => reading.tokens[i]?.position ?? 0;
  if (b.start > a.end) return Math.max(0, pos(b.start) - pos(a.end));
  if (a.start > b.end) return Math.max(0, pos(a.start) - pos(b.end));
  return 0;
}

function nearest(reading: Reading, list: readonly Occurrence[] | undefined, core: Occurrence, near: number | undefined): Occurrence | undefined {
  if (list === undefined) return undefined;
  let best: Occurrence | undefined;
  for (const occurrence of list) {
    const d = distance(reading, core, occurrence);
    if (near !== undefined && d > near) continue;
    if (best === undefined || d < distance(reading, core, best)) best = occurrence;
  }
  return best;
}

/**
 * Whether a word found by a guard without a distance governs a core word: it stands in the same
 * clause; or in a heading ("Voor medewerkers: …") that governs the sentence; or the core is the
 * heading that the rest explains ("Ontslagbeleid: hoe wij omgaan met boventallige medewerkers"); or it
 * stands in brackets right after the core ("de ondersteunende diensten (HR, ICT)"). A word in
 * another clause ("en de bezoekregeling (… bij de receptie)") says nothing about the core.
 */
function governs(reading: Reading, occurrence: Occurrence, core: Occurrence): boolean {
  const guard = reading.tokens[occurrence.start];
  const coreToken = reading.tokens[core.start];
  if (guard === undefined || coreToken === undefined) return false;
  if (guard.heading || guard.clause === coreToken.clause) return true;
  if (coreToken.heading) {
    // The clause right after the heading explains it.
    let next = core.end + 1;
    while (reading.tokens[next]?.heading === true) next += 1;
    return reading.tokens[next]?.clause === guard.clause;
  }
  if (!guard.bracketed || coreToken.bracketed) return false;
  let open = occurrence.start;
  while (reading.tokens[open - 1]?.bracketed === true && reading.tokens[open - 1]?.clause === guard.clause) open -= 1;
  if (open <= core.end || open - core.end > BRACKET_REACH) return false;
  // "het kwaliteitsplan en de bezoekregeling (…)": after "en" the bracket explains the other word.
  return !reading.tokens.slice(core.end + 1, open).some((t) => COORDINATORS.has(t.norm));
}

const COORDINATORS = new Set(["en", "of", "maar", "noch"]);

/** How far after a core word a bracket may open and still explain it. */
const BRACKET_REACH = 5;

/**
 * Whether a word only qualifies another: "de wachtlijst voor de woonvorm", "de cliëntenraad van
 * locatie Zuid" — a preposition, then the head word before it has one of the concepts.
 */
function qualifiesHead(reading: Reading, occurrence: Occurrence, heads: readonly ConceptId[]): boolean {
  let k = occurrence.start - 1;
  while (k >= 0 && (reading.at[k]?.has("ARTICLE") === true || /e$/.test(reading.tokens[k]?.norm ?? "")) && occurrence.start - k <= 3) k -= 1;
  if (!QUALIFYING_PREPOSITIONS.has(reading.tokens[k]?.norm ?? "")) return false;
  const head = k - 1;
  if (reading.tokens[head]?.sentence !== reading.tokens[occurrence.start]?.sentence) return false;
  return heads.some((id) => reading.at[head]?.has(id) === true);
}

const QUALIFYING_PREPOSITIONS = new Set(["van", "voor", "op", "bij"]);

/** Whether an occurrence of one of the concepts stands between two occurrences. */
function standsBetween(sentence: ReadonlyMap<ConceptId, readonly Occurrence[]>, concepts: readonly ConceptId[], a: Occurrence, b: Occurrence): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return concepts.some((id) => (sentence.get(id) ?? []).some((o) => o.start > from && o.end < to));
}

/** Confidence from the best sentence's score and how many sentences support the finding. */
function confidenceOf(score: number, supporting: number): number {
  const value = Math.min(0.95, 0.55 + 0.2 * score + 0.05 * (supporting - 1));
  return Math.round(value * 100) / 100;
}

/** Words that open a clause giving a reason: "…, omdat de gemeente het contract niet heeft verlengd". */
const REASON_OPENERS = new Set(["omdat", "want", "doordat", "aangezien"]);

/** The word stands in a clause that gives a reason for the decision; its words do not block a signal. */
function inReasonClause(reading: Reading, index: number): boolean {
  const clause = reading.tokens[index]?.clause;
  let first = index;
  while (first > 0 && reading.tokens[first - 1]?.clause === clause) first -= 1;
  return REASON_OPENERS.has(reading.tokens[first]?.norm ?? "");
}

function evaluate<Target extends string>(rule: Rule<Target>, reading: Reading): Hit | undefined {
  let best = 0;
  let supporting = 0;
  const spans: Occurrence[] = [];
  let unconditional = false;
  const signalConditions = new Set<ConditionCode>();
  reading.sentences.forEach((sentence) => {
    let score = 0;
    const cores: Occurrence[] = [];
    const used: Occurrence[] = [];
    const fired: (ConditionCode | undefined)[] = [];
    for (const signal of rule.signals) {
      if (signal.inText !== undefined && !signal.inText.some((c) => reading.inText.has(c))) continue;
      if (signal.notInText?.some((c) => reading.inText.has(c)) === true) continue;
      const [coreId, ...others] = signal.all;
      const blocked =
        signal.blockedBy !== undefined &&
        signal.blockedBy.some((c) => (sentence.get(c) ?? []).some((o) => !inReasonClause(reading, o.start))) &&
        !(signal.unless ?? []).some((c) => sentence.has(c));
      if (blocked) continue;
      for (const core of sentence.get(coreId) ?? []) {
        if (isSkipped(reading, core.start, rule.skip)) continue;
        const clause = reading.tokens[core.start]?.clause;
        const candidates = (id: ConceptId): readonly Occurrence[] | undefined =>
          signal.sameClause === true ? sentence.get(id)?.filter((o) => reading.tokens[o.start]?.clause === clause) : sentence.get(id);
        const partners = others.map((id) => nearest(reading, candidates(id), core, signal.near));
        if (partners.some((p) => p === undefined)) continue;
        if (signal.partnerNotOf !== undefined && partners.some((p, k) => (others[k] === "UNIT" || others[k] === "ORG_ENTITY") && p !== undefined && qualifiesHead(reading, p, signal.partnerNotOf ?? []))) continue;
        if (signal.notBetween !== undefined && partners.some((p) => p !== undefined && standsBetween(sentence, signal.notBetween ?? [], core, p))) continue;
        score += signal.weight;
        fired.push(signal.condition);
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
            ? cores.some((core) =>
                guard.ownClause === true ? reading.tokens[occurrence.start]?.clause === reading.tokens[core.start]?.clause : governs(reading, occurrence, core),
              )
            : cores.some((core) => {
                if (guard.ownClause === true && reading.tokens[occurrence.start]?.clause !== reading.tokens[core.start]?.clause) return false;
                if (guard.side === "after" && occurrence.start <= core.end) return false;
                if (guard.side === "before" && occurrence.end >= core.start) return false;
                return tokenDistance(core, occurrence) <= (guard.near ?? 0);
              }),
        ),
      );
      if (triggered) return;
    }
    supporting += 1;
    best = Math.max(best, score);
    spans.push(...used);
    for (const condition of fired) {
      if (condition === undefined) unconditional = true;
      else signalConditions.add(condition);
    }
  });
  if (best < THRESHOLD) return undefined;
  return { evidence: evidenceOf(reading, spans), confidence: confidenceOf(best, supporting), conditions: unconditional ? [] : [...signalConditions] };
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
