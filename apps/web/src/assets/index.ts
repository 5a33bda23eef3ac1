// Static files: the NL Design System CSS (from node_modules), our own CSS and the built client
// script, read once at start-up, fingerprinted, gzipped and served with a long cache lifetime.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export type Asset = { readonly path: string; readonly type: string; readonly body: Buffer; readonly gzip: Buffer };

export type Assets = {
  readonly css: Asset;
  /** The client script, or undefined when it has not been built (forms still work without it). */
  readonly applyJs: Asset | undefined;
  readonly byPath: ReadonlyMap<string, Asset>;
};

/** The folder of this app (the one with its package.json), from source or from dist. */
export function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("apps/web: package.json not found above the running file");
    dir = parent;
  }
  return dir;
}

function asset(name: string, ext: string, type: string, body: Buffer): Asset {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  return { path: `/assets/${name}.${hash}.${ext}`, type, body, gzip: gzipSync(body, { level: 9 }) };
}

/** Reads and prepares every asset; call once per server. */
export function loadAssets(): Assets {
  const root = appRoot();
  const require = createRequire(join(root, "package.json"));
  const css = Buffer.concat(
    [
      require.resolve("@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css"),
      require.resolve("@utrecht/component-library-css/dist/index.css"),
      join(root, "src/assets/app.css"),
      join(root, "src/council/council.css"),
    ].map((file) => readFileSync(file)),
  );
  const jsFile = join(root, "dist/client/apply.js");
  const cssAsset = asset("app", "css", "text/css; charset=utf-8", css);
  const jsAsset = existsSync(jsFile) ? asset("apply", "js", "text/javascript; charset=utf-8", readFileSync(jsFile)) : undefined;
  const byPath = new Map<string, Asset>([[cssAsset.path, cssAsset]]);
  if (jsAsset !== undefined) byPath.set(jsAsset.path, jsAsset);
  return { css: cssAsset, applyJs: jsAsset, byPath };
}
