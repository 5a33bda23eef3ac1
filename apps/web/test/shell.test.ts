import { IN_MEMORY, openStore } from "@raadswerk/storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryLogger } from "../src/log.js";
import { createApp, listen } from "../src/server.js";
import { TEST_NOW } from "./helpers.js";

describe("the app shell over HTTP", () => {
  let url = "";
  let close: () => Promise<void> = () => Promise.resolve();
  const store = openStore({ dataDir: IN_MEMORY });
  beforeAll(async () => {
    const s = await store;
    const organisation = await s.organisations.create({ slug: "o", name: "Zorg & Co", isDemo: true, membershipRules: {} });
    const council = await s.councils.create({ organisationId: organisation.id, slug: "c", name: "Centrale raad", kind: "central" });
    await s.vacancies.create({ councilId: council.id, slug: "v", role: "member", title: "Lid <nieuw>", createdAt: TEST_NOW });
    const app = createApp({
      store: s,
      log: memoryLogger(),
      now: () => TEST_NOW,
      settings: { SESSION_SECRET: "x".repeat(32), PUBLIC_ORIGIN: undefined, TRUST_PROXY: 0, APPLY_RATE_LIMIT: 5, APPLY_RATE_WINDOW_SECONDS: 60, NODE_ENV: "test", RETENTION_DAYS: 90, APPLICATION_MAX_AGE_DAYS: 365 },
    });
    ({ url, close } = await listen(app, { port: 0, hostname: "127.0.0.1" }));
  });
  afterAll(async () => {
    await close();
    await (await store).close();
  });

  it("lists open vacancies with every value escaped", async () => {
    const page = await (await fetch(`${url}/`)).text();
    expect(page).toContain("Lid &lt;nieuw&gt;");
  });

  it("links the language switch of a page at //evil.example/x to this site, not to evil.example", async () => {
    const response = await fetch(`${url}//evil.example/x`);
    const page = await response.text();
    const switchLink = /href="([^"]*)\?lang=en"/.exec(page)?.[1];
    expect({ status: response.status, switchLink, protocolRelative: page.includes('href="//') }).toEqual({ status: 404, switchLink: "/evil.example/x", protocolRelative: false });
  });

  it("sends the security headers on every page", async () => {
    const response = await fetch(`${url}/`);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("serves the stylesheet gzipped with a long cache lifetime", async () => {
    const page = await (await fetch(`${url}/`)).text();
    const css = /href="(\/assets\/app\.[0-9a-f]+\.css)"/.exec(page)?.[1] ?? "";
    const response = await fetch(`${url}${css}`);
    expect({ status: response.status, cache: response.headers.get("cache-control") }).toEqual({ status: 200, cache: "public, max-age=31536000, immutable" });
  });

  it("answers an unknown address with a 404 page", async () => {
    expect((await fetch(`${url}/nergens`)).status).toBe(404);
  });
});
