// Scores assessDecision against the evaluation set: precision and recall per right and per topic,
// and the share of decisions whose set of topics (and of rights) is exactly right.
import { assessDecision } from "../src/wmcz/assess-decision/index.js";
import { TOPIC_IDS, topicById } from "../src/wmcz/topics/index.js";
import type { ProcedureId, TopicId } from "../src/wmcz/topic-ids/index.js";
import type { EvalCase } from "./cases.js";

export type Counts = { tp: number; fp: number; fn: number };
export type CaseResult = { text: string; expected: readonly TopicId[]; found: readonly TopicId[]; expectedProcedures: readonly ProcedureId[]; foundProcedures: readonly ProcedureId[] };
export type Score = {
  cases: number;
  fullyRight: number;
  rightsFullyRight: number;
  proceduresFullyRight: number;
  perRight: Record<"advice" | "consent", Counts>;
  perTopic: Map<TopicId, Counts>;
  misses: CaseResult[];
};

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
export const precision = (c: Counts): number => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Counts): number => ratio(c.tp, c.tp + c.fn);

const sameSet = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

export function score(cases: readonly EvalCase[]): Score {
  const perTopic = new Map<TopicId, Counts>(TOPIC_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const perRight = { advice: { tp: 0, fp: 0, fn: 0 }, consent: { tp: 0, fp: 0, fn: 0 } };
  let fullyRight = 0;
  let rightsFullyRight = 0;
  let proceduresFullyRight = 0;
  const misses: CaseResult[] = [];
  for (const c of cases) {
    const assessment = assessDecision(c.text);
    const found = assessment.findings.map((f) => f.topic);
    const foundProcedures = assessment.procedures.map((p) => p.procedure);
    const expectedProcedures = c.procedures ?? [];
    for (const id of TOPIC_IDS) {
      const counts = perTopic.get(id);
      if (counts === undefined) continue;
      const e = c.topics.includes(id);
      const f = found.includes(id);
      if (e && f) counts.tp += 1;
      else if (f) counts.fp += 1;
      else if (e) counts.fn += 1;
    }
    const rightsOf = (ids: readonly TopicId[]) => [...new Set(ids.map((id) => topicById(id).right))];
    const expectedRights = rightsOf(c.topics);
    const foundRights = rightsOf(found);
    for (const right of ["advice", "consent"] as const) {
      const e = expectedRights.includes(right);
      const f = foundRights.includes(right);
      if (e && f) perRight[right].tp += 1;
      else if (f) perRight[right].fp += 1;
      else if (e) perRight[right].fn += 1;
    }
    const topicsOk = sameSet(found, c.topics);
    const proceduresOk = sameSet(foundProcedures, expectedProcedures);
    if (topicsOk) fullyRight += 1;
    if (sameSet(foundRights, expectedRights)) rightsFullyRight += 1;
    if (proceduresOk) proceduresFullyRight += 1;
    if (!topicsOk || !proceduresOk) misses.push({ text: c.text, expected: c.topics, found, expectedProcedures, foundProcedures });
  }
  return { cases: cases.length, fullyRight, rightsFullyRight, proceduresFullyRight, perRight, perTopic, misses };
}
