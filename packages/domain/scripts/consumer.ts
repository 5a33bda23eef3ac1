// The package as a consumer meets it: packs the tarball, installs it with zod in a scratch ESM project
// and a scratch CommonJS project (npm, as a consumer would), compiles the README's TypeScript
// examples there under `nodenext`, `node16` and `bundler` (strict), and runs an ESM import and a
// CommonJS `require()` that check real answers. Run after `build`: `pnpm --filter @raadswerk/domain consumer`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";

const root = join(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
const tsc = join(require.resolve("typescript/package.json"), "..", "bin", "tsc");
const zodVersion = (JSON.parse(readFileSync(require.resolve("zod/package.json"), "utf8")) as { version: string }).version;

/** The README's ```ts blocks, with the one name they leave to the reader declared. */
export function readmeExamples(readme: string): string[] {
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
}

const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });

const work = mkdtempSync(join(tmpdir(), "raadswerk-consumer-"));
try {
  run("pnpm", ["pack", "--pack-destination", work], root);
  const tarball = join(work, readdirSync(work).find((f) => f.endsWith(".tgz")) ?? "");

  // ESM project: README examples compiled under three module resolutions, then an import that runs.
  const esm = join(work, "esm");
  mkdirSync(esm);
  writeFileSync(join(esm, "package.json"), JSON.stringify({ name: "consumer-esm", private: true, type: "module", dependencies: { "@raadswerk/domain": `file:${tarball}`, zod: zodVersion } }));
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], esm);
  readmeExamples(readFileSync(join(root, "README.md"), "utf8")).forEach((code, index) => {
    writeFileSync(join(esm, `example-${index + 1}.ts`), `declare const formValues: Record<string, string>;\n${code}\nexport {};\n`);
  });
  const resolutions = [
    { module: "nodenext", moduleResolution: "nodenext" },
    { module: "node16", moduleResolution: "node16" },
    { module: "esnext", moduleResolution: "bundler" },
  ];
  for (const { module, moduleResolution } of resolutions) {
    run(process.execPath, [tsc, "--noEmit", "--strict", "--skipLibCheck", "false", "--target", "es2022", "--module", module, "--moduleResolution", moduleResolution, ...readdirSync(esm).filter((f) => f.endsWith(".ts"))], esm);
    console.log(`consumer: README examples compile (strict, ${moduleResolution})`);
  }
  writeFileSync(
    join(esm, "check.mjs"),
    `import { assessDecision } from "@raadswerk/domain/wmcz";
import { checkEligibility, commonPracticeRules } from "@raadswerk/domain/eligibility";
import { addMonths, parseCalendarDate } from "@raadswerk/domain/calendar";
const finding = assessDecision("We passen de huisregels aan: bezoek mag voortaan tot 20.00 uur.").findings[0];
if (finding?.right !== "consent") throw new Error("assessDecision: expected a consent finding, got " + JSON.stringify(finding));
const result = checkEligibility({ employee: "current" }, commonPracticeRules, { today: "2026-11-23" });
if (result.verdict !== "not_eligible") throw new Error("checkEligibility: a current employee must not be eligible, got " + result.verdict);
const parsed = parseCalendarDate("2026-01-31");
if (!parsed.success || addMonths(parsed.data, 1) !== "2026-02-28") throw new Error("calendar: wrong answer");
console.log("consumer: ESM import answers (" + finding.topic + ", " + result.verdict + ")");
`,
  );
  console.log(run(process.execPath, ["check.mjs"], esm).trim());

  // CommonJS project: require() through the `default` condition, on a Node that can require ES modules.
  const cjs = join(work, "cjs");
  mkdirSync(cjs);
  writeFileSync(join(cjs, "package.json"), JSON.stringify({ name: "consumer-cjs", private: true, type: "commonjs", dependencies: { "@raadswerk/domain": `file:${tarball}`, zod: zodVersion } }));
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], cjs);
  writeFileSync(
    join(cjs, "check.cjs"),
    `const { formatCalendarDate, todayInNetherlands } = require("@raadswerk/domain/calendar");
if (formatCalendarDate("2027-01-04", "nl") !== "4 januari 2027") throw new Error("formatCalendarDate: wrong answer");
if (todayInNetherlands(new Date("2027-01-01T23:30:00Z")) !== "2027-01-02") throw new Error("todayInNetherlands: wrong answer");
console.log("consumer: CommonJS require() answers");
`,
  );
  console.log(run(process.execPath, ["--no-warnings", "check.cjs"], cjs).trim());
} catch (error) {
  const failure = error as { stdout?: string; stderr?: string; message: string };
  console.error(`consumer: failed\n${failure.stdout ?? ""}${failure.stderr ?? ""}${failure.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
