#!/usr/bin/env node
// Tests that never age: runs the test suites of every package that touches dates under a shifted
// system clock (Debian's libfaketime), so a test that leans on the real date fails today instead of
// next month. Three clocks: 400 days ahead; 23:59:30 in Amsterdam (midnight passes during the run);
// a minute before the clocks go back. Times are given as UTC instants and turned into an offset,
// because faketime reads a bare date-time in the machine's own zone.
//
// Usage: node tooling/system/shifted-clock.mjs [--only <name>]   (from the repository root)
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { faketimePath } from "./index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The clocks: a fixed offset, or an instant each suite starts at. */
export const CLOCKS = [
  { name: "+400 days", offset: () => "+400d" },
  { name: "24 Oct 2026 23:59:30 Amsterdam (midnight passes)", startAt: "2026-10-24T21:59:30Z" },
  { name: "25 Oct 2026 02:59:30 summer time (clocks go back)", startAt: "2026-10-25T00:59:30Z" },
];

// Long property suites and the rights-engine evaluation are skipped under the shifted clocks: they
// test input handling and text recognition, not dates, and run in the normal `pnpm test`.
const SKIP = ["--exclude", "**/property.test.ts", "--exclude", "**/eval.test.ts"];

/** Every suite that reads or stores a date, with the vitest configs it has. */
export const SUITES = [
  { name: "domain", dir: "packages/domain", configs: ["vitest.config.ts"] },
  { name: "storage", dir: "packages/storage", configs: ["vitest.config.ts"] },
  { name: "web", dir: "apps/web", configs: ["vitest.config.ts"] },
  { name: "slack", dir: "apps/slack", configs: ["vitest.config.ts"] },
  { name: "extension", dir: "apps/extension", configs: ["vitest.config.ts", "vitest.e2e.config.ts"] },
];

/** The faketime offset spec for a clock, computed now (so each suite starts at the instant). */
function offsetSpec(clock) {
  if (clock.offset !== undefined) return clock.offset();
  const seconds = Math.round((Date.parse(clock.startAt) - Date.now()) / 1000);
  return `${seconds >= 0 ? "+" : ""}${seconds}s`;
}

function run(faketime, clock, suite, config) {
  return new Promise((resolve) => {
    const started = Date.now();
    const vitest = join(root, suite.dir, "node_modules", "vitest", "vitest.mjs");
    const args = ["-f", offsetSpec(clock), process.execPath, vitest, "run", "-c", config, ...SKIP];
    const child = spawn(faketime, args, { cwd: join(root, suite.dir), env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ ok: code === 0, seconds: (Date.now() - started) / 1000, output }));
  });
}

/** Runs `jobs` with at most `limit` at a time, in order. */
async function pool(jobs, limit) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

async function main() {
  const faketime = faketimePath();
  if (faketime === undefined) {
    console.error("shifted clock: faketime is missing. Install it with:\n\n  sudo apt-get install -y faketime\n");
    process.exit(1);
  }
  const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
  const started = Date.now();
  // Each job is its own process tree with its own clock, so two run side by side (2 cores).
  const jobs = CLOCKS.flatMap((clock) =>
    SUITES.filter((s) => only === undefined || s.name === only).flatMap((suite) =>
      suite.configs.map((config) => async () => {
        const result = await run(faketime, clock, suite, config);
        const tests = /Tests\s+(.*)/.exec(result.output)?.[1]?.trim() ?? "no summary";
        console.log(`shifted clock [${clock.name}] ${suite.name} (${config}): ${result.ok ? "ok" : "FAILED"}, ${tests}, ${result.seconds.toFixed(1)} s`);
        if (!result.ok) console.log(result.output);
        return { label: `${clock.name} / ${suite.name} / ${config}`, ...result };
      }),
    ),
  );
  const results = await pool(jobs, 2);
  const failures = results.filter((r) => !r.ok).map((r) => r.label);
  console.log(`shifted clock: ${jobs.length} runs under ${CLOCKS.length} clocks in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  if (failures.length > 0) {
    console.error(`shifted clock: ${failures.length} run(s) failed under a shifted clock:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
}

await main();
