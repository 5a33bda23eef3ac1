// Bundle budgets: what a browser downloads when it imports the smallest useful part of each subpath.
// Bundles the built `dist/` with esbuild (minified, tree-shaken, as a browser app's bundler would),
// gzips at level 9 and fails when a budget is exceeded. Run after `build`: `pnpm --filter @raadswerk/domain size`.
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { build } from "esbuild";

const root = join(import.meta.dirname, "..");

/** One import a consumer makes, with its budget in KB (1,000 bytes) gzipped. */
export const BUDGETS = [
  { subpath: "wmcz", name: "assessDecision", budgetKb: 60 },
  { subpath: "eligibility", name: "checkEligibility", budgetKb: 35 },
  { subpath: "calendar", name: "todayInNetherlands", budgetKb: 30 },
  { subpath: "calendar", name: "formatCitation", budgetKb: 30 },
  { subpath: "recruitment", name: "planRecruitment", budgetKb: 60 },
  { subpath: "training", name: "recommendTraining", budgetKb: 60 },
] as const;

async function sizeOf(subpath: string, name: string): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: { contents: `export { ${name} } from "./dist/${subpath}/index.js";`, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
let over = 0;
for (const { subpath, name, budgetKb } of BUDGETS) {
  const { raw, gzip } = await sizeOf(subpath, name);
  const ok = gzip <= budgetKb * 1000;
  if (!ok) over += 1;
  console.log(`size: ${`@raadswerk/domain/${subpath}`.padEnd(32)} ${name.padEnd(20)} ${kb(raw).padStart(7)} KB min, ${kb(gzip).padStart(6)} KB gzip (budget ${budgetKb} KB) ${ok ? "ok" : "OVER BUDGET"}`);
}
if (over > 0) {
  console.error(`size: ${over} import(s) over budget. Import zod as a namespace (import * as z from "zod") and keep rule data compact.`);
  process.exit(1);
}
