import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../server.js";

/** Fingerprinted CSS and JS: cached for a year, gzipped once at start-up. */
export function assetRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/assets/:file", (c) => {
    const asset = deps.assets.byPath.get(c.req.path);
    if (asset === undefined) return c.notFound();
    const gzip = /\bgzip\b/.test(c.req.header("accept-encoding") ?? "");
    c.header("Content-Type", asset.type);
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    c.header("Vary", "Accept-Encoding");
    if (gzip) c.header("Content-Encoding", "gzip");
    return c.body(new Uint8Array(gzip ? asset.gzip : asset.body));
  });
  return app;
}
