// Bench: time to mark a 1 MB Dutch page and a page of 5,000 paragraphs in Debian's Chromium (the real
// content-script modules and the domain's glossary), the longest single task, and each bundle's size.
// Run `pnpm build` first; prints figures, asserts nothing.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromiumArgs, chromiumPath } from "@raadswerk/system";
import { chromium } from "playwright-core";
import { build } from "tsup";
import { largeDutchPage, manyParagraphsPage } from "./pages.js";

const root = join(import.meta.dirname, "..");
const benchDir = join(root, "dist", ".bench");

async function bundleBench(): Promise<string> {
  await build({
    config: false,
    entry: { marking: "bench/page-entry.ts" },
    outDir: benchDir,
    format: ["iife"],
    platform: "browser",
    target: ["chrome116"],
    noExternal: [/.*/],
    minify: true,
    silent: true,
    outExtension: () => ({ js: ".js" }),
    esbuildOptions(options) {
      options.conditions = ["@raadswerk/source"];
    },
  });
  return readFileSync(join(benchDir, "marking.js"), "utf8");
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;

const executablePath = chromiumPath();
if (executablePath === undefined) throw new Error("bench: Chromium not found (apt-get install -y chromium).");
const script = await bundleBench();
const pages: Record<string, string> = { "/large.html": largeDutchPage(), "/paragraphs.html": manyParagraphsPage() };
const server = createServer((request, response) => {
  const body = pages[request.url ?? ""];
  response.writeHead(body === undefined ? 404 : 200, { "content-type": "text/html; charset=utf-8" });
  response.end(body ?? "");
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
const load = (await import("node:os")).loadavg()[0]!.toFixed(1);
console.log(`marking bench — Chromium (headless), real content-script modules, the domain's glossary; load average ${load}`);
for (const [path, label] of [
  ["/large.html", "1 MB Dutch page"],
  ["/paragraphs.html", "5,000 paragraphs"],
] as const) {
  const runs = [];
  for (let run = 0; run < 5; run++) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}${path}`);
    await page.addScriptTag({ content: script });
    runs.push(await page.evaluate(() => window.runMarkingBench()));
    await page.close();
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const first = runs[0]!;
  const longTasks = runs.map((r) => r.longTasks.length);
  console.log(
    `${label} (${kib(Buffer.byteLength(pages[path]!))}, ${first.textNodes} text nodes, ${first.marks} marks, 5 runs)\n` +
      `  total      median ${ms(median(runs.map((r) => r.totalMs)))}, best ${ms(Math.min(...runs.map((r) => r.totalMs)))}\n` +
      `  slices     median ${median(runs.map((r) => r.chunks))}; longest slice median ${ms(median(runs.map((r) => r.longestChunkMs)))}, max ${ms(Math.max(...runs.map((r) => r.longestChunkMs)))}\n` +
      `  long tasks (>50 ms, PerformanceObserver) per run: ${longTasks.join(", ")}`,
  );
}
await browser.close();
server.close();
rmSync(benchDir, { recursive: true, force: true });

console.log("\nbundle sizes (dist/chromium, minified; gzip for comparison)");
const dist = join(root, "dist", "chromium");
if (!existsSync(dist)) console.log("  no build: run `pnpm build` first");
else {
  for (const name of readdirSync(dist).filter((file) => /\.(js|css|html)$/.test(file)).sort()) {
    const bytes = readFileSync(join(dist, name));
    console.log(`  ${name.padEnd(16)} ${kib(statSync(join(dist, name)).size).padStart(10)}  gzip ${kib(gzipSync(bytes).length).padStart(9)}`);
  }
}
