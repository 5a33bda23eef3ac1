// Builds the extension into dist/chromium, dist/firefox and dist/test-chromium (test build: holds
// access to the local test site and exposes the context-menu handler to the e2e tests).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "tsup";
import { uiMessages } from "../src/i18n/index.js";
import { buildManifest, TARGETS, type Target } from "../src/manifest/index.js";
import { drawIcon } from "./icon.js";

const root = join(import.meta.dirname, "..");
const dist = join(root, "dist");
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
const releaseVersion = version === "0.0.0" ? "0.1.0" : version;

/** Entry points: each only wires browser events to the modules in src/. */
const entries = {
  background: "src/background/index.ts",
  sidepanel: "src/sidepanel/index.ts",
  popup: "src/popup/index.ts",
  options: "src/options/index.ts",
  content: "src/content/index.ts",
};

/** Options for {@link buildAll}. */
export type BuildOptions = {
  /** Module aliases for esbuild (e.g. a benchmark harness); none in a normal build. */
  alias?: Record<string, string>;
};

async function bundle(outDir: string, target: Target, buildOptions: BuildOptions): Promise<void> {
  await build({
    config: false,
    entry: entries,
    outDir,
    format: ["iife"],
    platform: "browser",
    target: ["chrome116", "firefox142"],
    noExternal: [/.*/],
    splitting: false,
    sourcemap: false,
    minify: true,
    clean: true,
    silent: true,
    dts: false,
    outExtension: () => ({ js: ".js" }),
    // Per browser: code for the other browser's APIs is left out (web-ext lint checks the Firefox build).
    define: {
      __RW_TEST_HOOKS__: String(target === "test-chromium"),
      __RW_BROWSER__: JSON.stringify(target === "firefox" ? "firefox" : "chromium"),
    },
    esbuildOptions(options) {
      options.conditions = ["@raadswerk/source"];
      options.legalComments = "none";
      options.charset = "utf8";
      if (buildOptions.alias !== undefined) options.alias = buildOptions.alias;
    },
  });
}

function assemble(target: Target, bundleDir: string): void {
  const out = join(dist, target);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(bundleDir, out, { recursive: true });
  cpSync(join(root, "static"), out, { recursive: true });
  mkdirSync(join(out, "icons"), { recursive: true });
  for (const size of [16, 32, 48, 128]) writeFileSync(join(out, "icons", `${size}.png`), drawIcon(size));
  for (const locale of ["nl", "en"] as const) {
    const texts = uiMessages[locale];
    const messages = Object.fromEntries(
      (["extName", "extDescription", "actionTitle", "sidepanelTitle", "contextMenuTitle"] as const).map((key) => [key, { message: texts[key] }]),
    );
    mkdirSync(join(out, "_locales", locale), { recursive: true });
    writeFileSync(join(out, "_locales", locale, "messages.json"), `${JSON.stringify(messages, null, 2)}\n`);
  }
  writeFileSync(join(out, "manifest.json"), `${JSON.stringify(buildManifest(target, releaseVersion), null, 2)}\n`);
}

/** Builds every target into dist/. */
export async function buildAll(options: BuildOptions = {}): Promise<void> {
  const started = performance.now();
  rmSync(dist, { recursive: true, force: true });
  const staging = join(dist, ".bundle");
  for (const target of TARGETS) {
    await bundle(join(staging, target), target, options);
    assemble(target, join(staging, target));
  }
  rmSync(staging, { recursive: true, force: true });
  console.log(`extension: built ${TARGETS.map((t) => `dist/${t}`).join(", ")} in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await buildAll();
