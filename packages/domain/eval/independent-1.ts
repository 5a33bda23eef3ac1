// The first set written by an independent evaluator who never saw the rules: 100 decisions with
// whether the provider is set up for long-term stay, the topics and the other procedures. Kept as
// the evaluator wrote it (eval/independent-1.json); labels we disagree with are listed in eval/README.md.
import * as z from "zod";
import { ADVICE_TOPIC_IDS, CONSENT_TOPIC_IDS, PROCEDURE_IDS } from "../src/wmcz/topic-ids/index.js";
import type { EvalCase } from "./cases.js";
import raw from "./independent-1.json" with { type: "json" };

const IndependentCaseSchema = z.object({
  text: z.string(),
  longTermStay: z.boolean(),
  topics: z.array(z.enum([...ADVICE_TOPIC_IDS, ...CONSENT_TOPIC_IDS])),
  procedures: z.array(z.enum(PROCEDURE_IDS)),
});

export const independentOneCases: readonly EvalCase[] = z.array(IndependentCaseSchema).parse(raw);
