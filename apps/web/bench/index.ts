// Figures, printed (never asserted): applications stored per second over HTTP on PGlite and on
// PostgreSQL with 20 at once, their p99 latency, and the gzipped bytes of a first visit to the form.
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";
import { startPostgres } from "@raadswerk/storage/testing";
import { DEMO_VACANCY_SLUG } from "../src/demo/seed.js";
import { contact, eligibleAnswers } from "../test/fixtures.js";
import { type RunningApp, startApp, testStore } from "../test/helpers.js";

const FORM = `/vacatures/${DEMO_VACANCY_SLUG}/aanmelden`;
const CONCURRENCY = 20;
const APPLICATIONS = 600;

type Raw = { status: number; bytes: number; body: string; headers: Record<string, string | string[] | undefined> };

function raw(url: string, init: { method?: string; headers?: Record<string, string>; body?: string; agent?: Agent } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? "GET", headers: init.headers, agent: init.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, bytes: body.length, body: body.toString("latin1"), headers: res.headers });
      });
    });
    req.on("error", reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

async function applications(label: string, app: RunningApp): Promise<void> {
  const cookie = (await visitorCookie(app.url)) ?? "";
  const token = /name="_csrf" value="([^"]+)"/.exec((await raw(`${app.url}${FORM}`, { headers: { cookie } })).body)?.[1] ?? "";
  const body = new URLSearchParams({ ...eligibleAnswers(), ...contact, _csrf: token }).toString();
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const headers = { cookie, "content-type": "application/x-www-form-urlencoded" };
  const send = () => raw(`${app.url}${FORM}`, { method: "POST", headers, body, agent });
  for (let i = 0; i < 40; i += 1) await send(); // warm-up
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < APPLICATIONS) {
        next += 1;
        const t0 = performance.now();
        const reply = await send();
        latencies.push(performance.now() - t0);
        if (reply.status !== 200) failures += 1;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  console.log(
    `applications over HTTP on ${label}: ${(APPLICATIONS / seconds).toFixed(0)} stored/s, p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms at ${CONCURRENCY} concurrent (${APPLICATIONS} runs, ${failures} not 200)`,
  );
}

async function visitorCookie(url: string): Promise<string | undefined> {
  const reply = await raw(`${url}/`);
  const set = reply.headers["set-cookie"];
  return Array.isArray(set) ? set.map((line) => line.split(";")[0]).join("; ") : undefined;
}

async function firstVisit(app: RunningApp): Promise<void> {
  const headers = { "accept-encoding": "gzip" };
  const html = await raw(`${app.url}${FORM}`, { headers });
  const { gunzipSync } = await import("node:zlib");
  const page = html.headers["content-encoding"] === "gzip" ? gunzipSync(Buffer.from(html.body, "latin1")).toString("utf8") : html.body;
  const assets = [...page.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1] ?? "");
  let total = html.bytes;
  const parts = [`HTML ${html.bytes}`];
  for (const path of assets) {
    const reply = await raw(`${app.url}${path}`, { headers });
    total += reply.bytes;
    parts.push(`${path.split("/").pop()?.split(".")[0] ?? path} ${reply.bytes}`);
  }
  console.log(`first visit to the form, gzipped: ${(total / 1024).toFixed(1)} KiB (${parts.join(", ")} bytes)`);
}

const unlimited = { APPLY_RATE_LIMIT: 100_000 };
const pglite = await startApp(await testStore(), unlimited);
await firstVisit(pglite);
await applications("PGlite", pglite);
await pglite.close();
await pglite.store.close();

const server = await startPostgres();
if (server !== undefined) {
  const pg = await startApp(await testStore(server), unlimited);
  await applications("PostgreSQL", pg);
  await pg.close();
  await pg.store.close();
  await server.stop();
}
