// The evaluation sets, in the order they were written. Batches two to five were each written
// blind and scored before the rules were changed for them; set six was written by an independent
// evaluator; set seven by the rules' author (not blind); set eight by a second independent evaluator; set nine by a third, kept out of tuning. First scores are in eval/README.md.
import { cases, type EvalCase } from "./cases.js";
import { freshCases } from "./fresh.js";
import { fifthCases } from "./fifth.js";
import { fourthCases } from "./fourth.js";
import { independentOneCases } from "./independent-1.js";
import { independentTwoCases } from "./independent-2.js";
import { independentThreeCases } from "./independent-3.js";
import { seventhCases } from "./seventh.js";
import { thirdCases } from "./third.js";

export type EvalSet = { readonly name: string; readonly cases: readonly EvalCase[] };

export const evaluationSets: readonly EvalSet[] = [
  { name: "1 development set (eval/cases.ts)", cases },
  { name: "2 second batch (eval/fresh.ts)", cases: freshCases },
  { name: "3 reports, topic lists, rulings (eval/third.ts)", cases: thirdCases },
  { name: "4 long letters and hard negatives (eval/fourth.ts)", cases: fourthCases },
  { name: "5 rulings, reports, other sectors (eval/fifth.ts)", cases: fifthCases },
  { name: "6 independent evaluator, blind (eval/independent-1.json)", cases: independentOneCases },
  { name: "7 author's probes while generalising, not blind (eval/seventh.ts)", cases: seventhCases },
  { name: "8 second independent evaluator, blind (eval/independent-2.json)", cases: independentTwoCases },
  { name: "9 third independent evaluator, held out: never used to change a rule (eval/independent-3.json)", cases: independentThreeCases },
];

export const allCases: readonly EvalCase[] = evaluationSets.flatMap((set) => set.cases);
