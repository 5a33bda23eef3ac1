/**
 * Acknowledgement latency: 50 concurrent signed slash commands over loopback, against the full app
 * and, in the same run, a bare Bolt app that only acknowledges. Each app runs in its own process;
 * this process sends the requests and plays Slack's Web API and response_url. Prints p50/p99.
 *
 * Run: pnpm --filter @raadswerk/slack bench [rounds]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { slashCommandBody, sign, USER_EN, USER_NL } from "../test/harness.js";
import { startSlackApi } from "../test/slack-api.js";

const CONCURRENCY = 50;
const ROUNDS = Number(process.argv[2] ?? 20);
const TEXTS = [
  "help",
  "recht We willen de locatie aan de Dorpsstraat sluiten en gaan fuseren met zorggroep Noord",
  "termijn advies 15-12-2026",
  "training nieuwe leden",
  "aftreden",
  "onzin",
];

type Server = { port: number; child: ChildProcess };

function startServer(kind: "full" | "bare", apiUrl: string): Promise<Server> {
  const file = fileURLToPath(new URL("./server.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", file, kind, apiUrl], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${kind} server exited with ${code}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      const match = /port=(\d+)/.exec(chunk.toString());
      if (match !== null) resolve({ port: Number(match[1]), child });
    });
  });
}

async function send(port: number, text: string, user: string, responseUrl: string): Promise<number> {
  const body = slashCommandBody(text, { user_id: user }, responseUrl);
  const ts = Math.floor(Date.now() / 1000);
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": String(ts), "x-slack-signature": sign(body, ts) },
    body,
  });
  await response.text();
  if (response.status !== 200) throw new Error(`status ${response.status}`);
  return performance.now() - started;
}

function round(server: Server, offset: number, responseUrl: string): Promise<number[]> {
  return Promise.all(
    Array.from({ length: CONCURRENCY }, (_, i) => send(server.port, TEXTS[(offset + i) % TEXTS.length] ?? "help", i % 2 === 0 ? USER_NL : USER_EN, responseUrl)),
  );
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const api = await startSlackApi({ locales: { [USER_EN]: "en-US" } });
const servers = { full: await startServer("full", api.url), bare: await startServer("bare", api.url) };
const samples: Record<"full" | "bare", number[]> = { full: [], bare: [] };
try {
  for (const name of ["full", "bare"] as const) await round(servers[name], 0, api.responseUrl("warm"));
  for (let i = 0; i < ROUNDS; i++) {
    // Alternate the order so neither app always runs on a warmer machine.
    for (const name of i % 2 === 0 ? (["full", "bare"] as const) : (["bare", "full"] as const)) {
      samples[name].push(...(await round(servers[name], i, api.responseUrl(`${name}-${i}`))));
      // Let the full app's follow-up work (users.info, response_url) finish before the next round.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
} finally {
  for (const server of Object.values(servers)) server.child.kill("SIGTERM");
  await api.close();
}

console.log(`ack latency, ${CONCURRENCY} concurrent signed slash commands x ${ROUNDS} rounds over loopback (Node ${process.version})`);
console.log(`replies checked by the Web API stand-in: ${api.callsTo("response_url").length}, problems: ${api.problems.length}`);
console.log("app                      n      p50 ms   p99 ms   max ms");
for (const [name, label] of [
  ["full", "@raadswerk/slack"],
  ["bare", "bare Bolt (ack only)"],
] as const) {
  const sorted = [...samples[name]].sort((a, b) => a - b);
  console.log([label.padEnd(22), String(sorted.length).padStart(5), ...[50, 99, 100].map((p) => percentile(sorted, p).toFixed(1).padStart(8))].join(" "));
}
