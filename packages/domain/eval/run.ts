// Prints how well assessDecision does on the evaluation sets: `pnpm --filter @raadswerk/domain eval`.
// `--misses` lists every decision that is not fully right.
import type { EvalCase } from "./cases.js";
import { allCases, evaluationSets } from "./sets.js";
import { type Counts, precision, recall, score } from "./score.js";

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const line = (label: string, c: Counts): string =>
  `  ${label.padEnd(28)} precision ${pct(precision(c)).padStart(6)}  recall ${pct(recall(c)).padStart(6)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;

function report(title: string, set: readonly EvalCase[], details: boolean): void {
  const result = score(set);
  console.log(`\n# ${title}: ${result.cases} decisions`);
  console.log(`Fully right (exact set of topics): ${result.fullyRight}/${result.cases} = ${pct(result.fullyRight / result.cases)}`);
  console.log(`Fully right (exact set of rights): ${result.rightsFullyRight}/${result.cases} = ${pct(result.rightsFullyRight / result.cases)}`);
  console.log(`Other procedures exactly right:    ${result.proceduresFullyRight}/${result.cases} = ${pct(result.proceduresFullyRight / result.cases)}`);
  console.log("Per right");
  for (const right of ["advice", "consent"] as const) console.log(line(right, result.perRight[right]));
  if (details) {
    console.log("Per topic");
    for (const [id, counts] of result.perTopic) console.log(line(id, counts));
  }
  if (process.argv.includes("--misses") && result.misses.length > 0) {
    console.log(`Not fully right (${result.misses.length})`);
    for (const miss of result.misses) {
      console.log(`- ${miss.text}\n    expected [${miss.expected.join(", ")}] [${miss.expectedProcedures.join(", ")}]\n    found    [${miss.found.join(", ")}] [${miss.foundProcedures.join(", ")}]`);
    }
  }
}

for (const set of evaluationSets) report(set.name, set.cases, false);
report("All sets", allCases, true);
