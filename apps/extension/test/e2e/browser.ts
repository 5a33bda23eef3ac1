// Launches Debian's Chromium with the unpacked test build (dist/test-chromium).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumArgs, chromiumPath } from "@raadswerk/system";
import { type BrowserContext, chromium, type Worker } from "playwright-core";

/** The unpacked test build. */
export const TEST_BUILD = join(import.meta.dirname, "..", "..", "dist", "test-chromium");
/** Screenshots for people to look at (gitignored). */
export const ARTIFACTS = join(import.meta.dirname, "..", "..", "artifacts");

/**
 * The Chromium binary, or undefined when it is missing outside CI. Under CI=true a missing
 * Chromium or a missing build fails instead of skipping.
 */
export function requireChromium(): string | undefined {
  const path = chromiumPath();
  if (path === undefined && process.env.CI === "true") {
    throw new Error("CI=true but Chromium is missing: run `apt-get install -y chromium` (or set CHROMIUM_PATH).");
  }
  if (path !== undefined && !existsSync(join(TEST_BUILD, "manifest.json"))) {
    throw new Error(`No test build at ${TEST_BUILD}: run \`pnpm --filter @raadswerk/extension build\` first.`);
  }
  return path;
}

/** A browser with the extension loaded. */
export type ExtensionBrowser = {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  /** A page of the extension, e.g. `extensionUrl("popup.html")`. */
  extensionUrl(path: string): string;
  close(): Promise<void>;
};

/** A fresh profile folder; pass the same one again to test a restart. */
export function newProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), "raadswerk-ext-"));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Removes a profile folder. */
export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Launches Chromium headless with the test build and waits for its service worker.
 *
 * @example
 * const browser = await launchWithExtension(executablePath, newProfile());
 */
export async function launchWithExtension(executablePath: string, profile: string): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale: "nl-NL",
    viewport: { width: 1000, height: 800 },
    args: [...chromiumArgs, `--disable-extensions-except=${TEST_BUILD}`, `--load-extension=${TEST_BUILD}`, "--lang=nl-NL"],
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith("chrome-extension://")) ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    close: () => context.close(),
  };
}
