/**
 * Starts the real Bolt app on a free local port with a local Web API stand-in, and sends signed
 * requests to it over real HTTP, the way Slack does.
 */
import { createHmac } from "node:crypto";
import { createSlackApp, type SlackAppOptions } from "../src/app.js";
import { createLogger } from "../src/log.js";
import { IN_MEMORY, openStore, type Store } from "@raadswerk/storage";
import { storageCandidates } from "../src/persistence/candidates.js";
import { storageFollowStore } from "../src/persistence/storage.js";
import type { FollowStore } from "../src/persistence/types.js";
import { startSlackApi, type SlackApi, type SlackApiOptions } from "./slack-api.js";

export const SIGNING_SECRET = "test-signing-secret-8f3a";
export const BOT_TOKEN = "xoxb-test";
export const TEAM = "T0TEST";
export const CHANNEL = "C0RAAD";
export const USER_NL = "U0NL";
export const USER_EN = "U0EN";

/**
 * Signs a body as Slack does: `v0=` + HMAC-SHA256 of `v0:TS:BODY` with the signing secret.
 *
 * @example
 * sign("a=b", 1700000000, "secret").startsWith("v0="); // true
 */
export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** A form body for a slash command. */
export function slashCommandBody(text: string, fields: Partial<Record<string, string>> = {}, responseUrl = "http://127.0.0.1:1/none"): string {
  return new URLSearchParams({
    token: "deprecated",
    team_id: TEAM,
    team_domain: "raad",
    channel_id: CHANNEL,
    channel_name: "clientenraad",
    user_id: USER_NL,
    user_name: "tester",
    command: "/raad",
    text,
    api_app_id: "A0TEST",
    response_url: responseUrl,
    trigger_id: "1337.42.trigger",
    ...Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined)),
  }).toString();
}

/** A form body for an interaction payload (block action, view submission, shortcut). */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Options for {@link sendSigned}. */
export type SendOptions = {
  readonly contentType?: string;
  /** Seconds to add to the real clock for the timestamp header. */
  readonly skewSeconds?: number;
  readonly secret?: string;
  readonly signature?: string | null;
  readonly timestamp?: string | null;
};

/** A running app with its stand-in and captured log lines. */
export type TestApp = {
  readonly url: string;
  readonly port: number;
  readonly api: SlackApi;
  readonly logs: string[];
  readonly store: FollowStore;
  send(body: string, options?: SendOptions): Promise<{ status: number; text: string; ms: number }>;
  command(text: string, fields?: Partial<Record<string, string>>): Promise<{ status: number; text: string; ms: number }>;
  interaction(payload: Record<string, unknown>): Promise<{ status: number; text: string; ms: number }>;
  close(): Promise<void>;
};

/** Options for {@link startTestApp}. */
export type TestAppOptions = {
  /** A database to share between apps in one file; without it the app opens its own in memory. */
  readonly database?: Store;
  readonly now?: () => Date;
  readonly api?: SlackApiOptions;
  readonly overrides?: Partial<SlackAppOptions>;
};

/** An embedded PostgreSQL (PGlite) in memory with every migration applied; about 4 s to open. */
export function openTestDatabase(): Promise<Store> {
  return openStore({ dataDir: IN_MEMORY });
}

/** Starts the stand-in and the real app. */
export async function startTestApp(options: TestAppOptions): Promise<TestApp> {
  const api = await startSlackApi({ locales: { [USER_EN]: "en-US", [USER_NL]: "nl-NL" }, ...options.api });
  const database = options.database ?? (await openTestDatabase());
  const store = storageFollowStore(database);
  const logs: string[] = [];
  const slack = createSlackApp({
    signingSecret: SIGNING_SECRET,
    botToken: BOT_TOKEN,
    settings: { command: "/raad", reminderDaysBefore: [7, 1], reminderHour: 9 },
    store,
    candidates: storageCandidates(database),
    ...(options.now === undefined ? {} : { now: options.now }),
    logger: createLogger("info", (line) => logs.push(line)),
    clientOptions: { slackApiUrl: api.url, retryConfig: { retries: 0 } },
    ...options.overrides,
  });
  const running = await slack.start(0, "127.0.0.1");
  const url = `http://127.0.0.1:${running.port}/slack/events`;
  let counter = 0;

  async function send(body: string, o: SendOptions = {}) {
    const ts = Math.floor(Date.now() / 1000) + (o.skewSeconds ?? 0);
    const headers: Record<string, string> = { "content-type": o.contentType ?? "application/x-www-form-urlencoded" };
    const timestamp = o.timestamp === undefined ? String(ts) : o.timestamp;
    if (timestamp !== null) headers["x-slack-request-timestamp"] = timestamp;
    const signature = o.signature === undefined ? sign(body, Number(timestamp), o.secret) : o.signature;
    if (signature !== null) headers["x-slack-signature"] = signature;
    const started = performance.now();
    const response = await fetch(url, { method: "POST", headers, body });
    const text = await response.text();
    return { status: response.status, text, ms: performance.now() - started };
  }

  return {
    url,
    port: running.port,
    api,
    logs,
    store,
    send,
    command(text, fields = {}) {
      counter += 1;
      return send(slashCommandBody(text, fields, api.responseUrl(String(fields.response_id ?? counter))));
    },
    interaction: (payload) => send(interactionBody(payload)),
    async close() {
      await running.close();
      await api.close();
      if (options.database === undefined) await database.close();
    },
  };
}
