/**
 * Acknowledgement latency: 50 concurrent signed slash commands over loopback, against the full app
 * and, in the same run, a bare Bolt app that only acknowledges. Prints p50/p99 per app.
 *
 * Run: pnpm --filter @raadswerk/slack bench
 */
import { memoryFollowStore } from "../src/persistence/memory.js";
import { startTestApp, USER_EN, USER_NL, type TestApp } from "../test/harness.js";

const CONCURRENCY = 50;
const ROUNDS = Number(process.argv[2] ?? 20);
const TEXTS = ["help", "recht We willen de locatie aan de Dorpsstraat sluiten en gaan fuseren", "termijn advies 15-12-2026", "training nieuw lid", "aftreden", "onzin"];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function round(app: TestApp, offset: number): Promise<number[]> {
  const requests = Array.from({ length: CONCURRENCY }, (_, i) =>
    app.command(TEXTS[(offset + i) % TEXTS.length] ?? "help", { user_id: i % 2 === 0 ? USER_NL : USER_EN }).then((r) => {
      if (r.status !== 200) throw new Error(`status ${r.status}`);
      return r.ms;
    }),
  );
  return Promise.all(requests);
}

const full = await startTestApp({ store: memoryFollowStore() });
const bare = await startTestApp({ store: memoryFollowStore(), overrides: { bare: true } });
const samples: Record<"full" | "bare", number[]> = { full: [], bare: [] };
try {
  // Warm-up: JIT, connection pools, locale cache.
  await round(full, 0);
  await round(bare, 0);
  for (let i = 0; i < ROUNDS; i++) {
    // Alternate the order so neither app always runs on a warmer machine.
    const order = i % 2 === 0 ? (["full", "bare"] as const) : (["bare", "full"] as const);
    for (const name of order) samples[name].push(...(await round(name === "full" ? full : bare, i)));
    // Let the full app's follow-up work (response_url, views.open) finish between rounds.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
} finally {
  await full.close();
  await bare.close();
}

console.log(`ack latency, ${CONCURRENCY} concurrent signed slash commands x ${ROUNDS} rounds over loopback (Node ${process.version})`);
console.log("app                      n      p50 ms   p99 ms   max ms");
for (const [name, label] of [
  ["full", "@raadswerk/slack"],
  ["bare", "bare Bolt (ack only)"],
] as const) {
  const sorted = [...samples[name]].sort((a, b) => a - b);
  const row = [label.padEnd(22), String(sorted.length).padStart(5), ...[50, 99, 100].map((p) => percentile(sorted, p).toFixed(1).padStart(8))];
  console.log(row.join(" "));
}
