// Small timing helpers shared by the benches (wall clock; figures are printed, never asserted).
import { performance } from "node:perf_hooks";

export type Stats = { runs: number; perSecond: number; p50Ms: number; p99Ms: number; meanMs: number };

/** Times `fn` once per input after a warm-up and returns throughput and latency percentiles. */
export function measure<T>(inputs: readonly T[], fn: (input: T) => unknown, warmup = 200): Stats {
  for (let i = 0; i < Math.min(warmup, inputs.length); i += 1) fn(inputs[i] as T);
  const times: number[] = [];
  const start = performance.now();
  for (const input of inputs) {
    const t0 = performance.now();
    fn(input);
    times.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { runs: inputs.length, perSecond: (inputs.length / total) * 1000, p50Ms: at(0.5), p99Ms: at(0.99), meanMs: total / inputs.length };
}

/** One line of figures. */
export function report(label: string, stats: Stats): void {
  console.log(
    `${label}: ${Math.round(stats.perSecond).toLocaleString("en")} /s, p50 ${stats.p50Ms.toFixed(3)} ms, p99 ${stats.p99Ms.toFixed(3)} ms (${stats.runs} runs)`,
  );
}
