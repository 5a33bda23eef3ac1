// Test set-up: the real app on a free port over a real database (PGlite in memory, or a database
// on the throwaway PostgreSQL server), and a small HTTP client that keeps cookies like a browser.
import { instantInNetherlands } from "@raadswerk/domain/calendar";
import { IN_MEMORY, type Store, openStore } from "@raadswerk/storage";
import type { PostgresServer } from "@raadswerk/storage/testing";
import { seedDemo } from "../src/demo/seed.js";
import { type Logger, memoryLogger } from "../src/log.js";
import { type AppSettings, createApp, listen } from "../src/server.js";

export const TEST_SECRET = "test-secret-test-secret-test-secret-0123";

export const testSettings = (overrides: Partial<AppSettings> = {}): AppSettings => ({
  SESSION_SECRET: TEST_SECRET,
  PUBLIC_ORIGIN: undefined,
  TRUST_PROXY: 0,
  APPLY_RATE_LIMIT: 1000,
  APPLY_RATE_WINDOW_SECONDS: 600,
  NODE_ENV: "test",
  APPLICATION_MAX_AGE_DAYS: 365,
  RETENTION_DAYS: 90,
  ...overrides,
});

export type RunningApp = { readonly url: string; readonly store: Store; readonly log: Logger & { lines: string[] }; close(): Promise<void> };

/** Opens a store: PGlite in memory, or a fresh database on `server`. */
export async function testStore(server?: PostgresServer): Promise<Store> {
  return server === undefined ? openStore({ dataDir: IN_MEMORY }) : openStore({ databaseUrl: await server.createDatabase(), dataDir: IN_MEMORY });
}

/** The tests' clock: 11:00 in Amsterdam on 23 November 2026, in every layer; never the real date. */
export const TEST_NOW = instantInNetherlands("2026-11-23", 11);

/** Starts the app with the demo data on a free port, its clock fixed at `now`. */
export async function startApp(store: Store, overrides: Partial<AppSettings> = {}, now: Date = TEST_NOW): Promise<RunningApp> {
  await seedDemo(store, now);
  const log = memoryLogger();
  const app = createApp({ store, settings: testSettings(overrides), log, now: () => now });
  const { url, close } = await listen(app, { port: 0, hostname: "127.0.0.1" });
  return { url, store, log, close };
}

export type Reply = { readonly status: number; readonly text: string; readonly headers: Headers };

/** A visitor: keeps cookies, reads the CSRF token of the last page with a form. */
export class Visitor {
  private readonly cookies = new Map<string, string>();
  csrf = "";
  constructor(private readonly base: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private async send(path: string, init: RequestInit): Promise<Reply> {
    const response = await fetch(new URL(path, this.base), { ...init, redirect: "manual", headers: { cookie: this.cookieHeader(), ...(init.headers as Record<string, string> | undefined) } });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...rest] = (pair ?? "").split("=");
      if (name !== undefined && name !== "") this.cookies.set(name.trim(), rest.join("="));
    }
    const text = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token !== undefined) this.csrf = token;
    return { status: response.status, text, headers: response.headers };
  }

  get(path: string): Promise<Reply> {
    return this.send(path, { method: "GET" });
  }

  /** Posts a urlencoded form with the current CSRF token (unless `_csrf` is given). */
  post(path: string, form: Readonly<Record<string, string>>, headers: Record<string, string> = {}): Promise<Reply> {
    const body = new URLSearchParams({ _csrf: this.csrf, ...form });
    return this.send(path, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded", ...headers } });
  }
}

/** Text of a page without tags, whitespace collapsed (for readable assertions). */
export const textOf = (html: string): string =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
