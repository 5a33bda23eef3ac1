// The second set written by an independent evaluator who never saw the rules: 120 decisions with
// (where the evaluator says so) whether the provider is set up for long-term stay, the topics, the
// other procedures and a kind (single, multi, negative). Kept as the evaluator wrote it
// (eval/independent-2.json); labels we disagree with are listed in eval/README.md. When
// `longTermStay` is absent, assessDecision gets no option.
import * as z from "zod";
import { ADVICE_TOPIC_IDS, CONSENT_TOPIC_IDS, PROCEDURE_IDS } from "../src/wmcz/topic-ids/index.js";
import type { EvalCase } from "./cases.js";
import raw from "./independent-2.json" with { type: "json" };

const IndependentCaseSchema = z.object({
  text: z.string(),
  longTermStay: z.boolean().optional(),
  topics: z.array(z.enum([...ADVICE_TOPIC_IDS, ...CONSENT_TOPIC_IDS])),
  procedures: z.array(z.enum(PROCEDURE_IDS)),
  kind: z.enum(["single", "multi", "negative"]),
});

export const independentTwoCases: readonly EvalCase[] = z
  .array(IndependentCaseSchema)
  .parse(raw)
  .map(({ text, longTermStay, topics, procedures }) => (longTermStay === undefined ? { text, topics, procedures } : { text, longTermStay, topics, procedures }));
