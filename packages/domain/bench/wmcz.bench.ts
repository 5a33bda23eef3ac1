// assessDecision throughput and latency over 1,000 varied texts, and how cost grows with length.
import { assessDecision } from "../src/wmcz/assess-decision/index.js";
import { allCases } from "../eval/sets.js";
import { measure, report } from "./_measure.js";

const base = allCases.map((c) => c.text);
// 1,000 varied texts: the evaluation decisions, recombined in pairs and with changing numbers, so
// words repeat as in real letters but no two texts are the same.
const texts = Array.from({ length: 1000 }, (_, i) => {
  const a = base[i % base.length] ?? "";
  const b = base[(i * 7 + 3) % base.length] ?? "";
  return i % 3 === 0 ? `${a} (${i})` : `${a} Daarnaast: ${b} Kenmerk ${i}.`;
});
const averageLength = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;

const short = measure(texts, (t) => assessDecision(t));
report(`assessDecision, 1,000 texts (avg ${Math.round(averageLength)} chars)`, short);

const long = texts.map((t, i) => Array.from({ length: 10 }, (_, k) => `${t} ${base[(i + k * 13) % base.length] ?? ""}`).join(" "));
const averageLong = long.reduce((sum, t) => sum + t.length, 0) / long.length;
const tenfold = measure(long, (t) => assessDecision(t));
report(`assessDecision, 1,000 texts 10x longer (avg ${Math.round(averageLong)} chars)`, tenfold);
console.log(`cost growth for ${(averageLong / averageLength).toFixed(1)}x longer text: ${(tenfold.meanMs / short.meanMs).toFixed(1)}x mean time per text`);
