// The third set written by an independent evaluator who never saw the rules: 100 decisions with
// (where the evaluator says so) whether the provider is set up for long-term stay, the topics, the
// other procedures. Kept as the evaluator wrote it
// (eval/independent-3.json); labels we disagree with are listed in eval/README.md. When
// `longTermStay` is absent, assessDecision gets no option. This set was scored once against rule
// set 2026.2 (93%) and 2026.3 (95%) and never used to change a rule: it is the held-out measure.
import * as z from "zod";
import { ADVICE_TOPIC_IDS, CONSENT_TOPIC_IDS, PROCEDURE_IDS } from "../src/wmcz/topic-ids/index.js";
import type { EvalCase } from "./cases.js";
import raw from "./independent-3.json" with { type: "json" };

const IndependentCaseSchema = z.object({
  text: z.string(),
  longTermStay: z.boolean().optional(),
  topics: z.array(z.enum([...ADVICE_TOPIC_IDS, ...CONSENT_TOPIC_IDS])),
  procedures: z.array(z.enum(PROCEDURE_IDS)),
});

export const independentThreeCases: readonly EvalCase[] = z
  .array(IndependentCaseSchema)
  .parse(raw)
  .map(({ text, longTermStay, topics, procedures }) => (longTermStay === undefined ? { text, topics, procedures } : { text, longTermStay, topics, procedures }));
