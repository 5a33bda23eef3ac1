// The built packages: what ships, and what only the test build may carry.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const dist = join(import.meta.dirname, "..", "..", "dist");
const read = (target: string, file: string) => readFileSync(join(dist, target, file), "utf8");
const manifest = (target: string) => JSON.parse(read(target, "manifest.json")) as Record<string, unknown>;

describe("the builds", () => {
  it.each(["chromium", "firefox"])("ships %s without the test hook or host access", (target) => {
    expect(read(target, "background.js")).not.toContain("raadswerkTest");
    expect(manifest(target).host_permissions).toBeUndefined();
  });

  it("gives only the test build the local test site and the test hook", () => {
    expect(manifest("test-chromium").host_permissions).toEqual(["http://127.0.0.1/*"]);
    expect(read("test-chromium", "background.js")).toContain("raadswerkTest");
  });

  it.each(["chromium", "firefox"])("loads no code from elsewhere in %s", (target) => {
    for (const page of ["popup.html", "sidepanel.html", "options.html"]) {
      const scripts = [...read(target, page).matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts.every((src) => !/^(https?:)?\/\//.test(src!)), page).toBe(true);
    }
    expect(read(target, "content.js")).not.toMatch(/https?:\/\/[^"'\s]*\.js/);
  });

  it.each(["popup.js", "background.js"])("keeps %s within its budget of 120 KB gzipped", (file) => {
    const gzipped = gzipSync(readFileSync(join(dist, "chromium", file)), { level: 9 }).byteLength;
    console.log(`size: extension ${file} ${(gzipped / 1000).toFixed(1)} KB gzip (budget 120 KB)`);
    expect(gzipped).toBeLessThanOrEqual(120_000);
  });

  it("keeps the script that runs on every allowed page small (the domain stays in the background)", () => {
    expect(read("chromium", "content.js").length).toBeLessThan(80_000);
  });

  it("has a Dutch and an English name", () => {
    expect(JSON.parse(read("chromium", "_locales/nl/messages.json"))).toMatchObject({ extName: { message: "Raadswerk: de Wmcz bij de hand" } });
    expect(JSON.parse(read("chromium", "_locales/en/messages.json"))).toMatchObject({ extName: { message: "Raadswerk: the Wmcz at hand" } });
  });
});
