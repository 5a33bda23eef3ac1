/**
 * A local stand-in for Slack's Web API and for `response_url`: records every call, answers like
 * Slack, and checks each call against the limits Slack enforces (so a message Slack would refuse
 * fails the test here).
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import * as z from "zod";

/** One recorded call. */
export type RecordedCall = {
  /** A Web API method such as `chat.postMessage`, or `response_url`. */
  readonly method: string;
  readonly body: Record<string, unknown>;
  readonly authorization: string | undefined;
  readonly path: string;
};

const text = (max: number) => z.object({ type: z.enum(["plain_text", "mrkdwn"]), text: z.string().min(1).max(max) }).loose();
const plainText = (max: number) => z.object({ type: z.literal("plain_text"), text: z.string().min(1).max(max) }).loose();
const element = z
  .object({ type: z.string(), action_id: z.string().max(255).optional(), text: plainText(75).optional(), value: z.string().max(2000).optional() })
  .loose();
const block = z.discriminatedUnion("type", [
  z.object({ type: z.literal("section"), block_id: z.string().max(255).optional(), text: text(3000).optional(), fields: z.array(text(2000)).max(10).optional(), accessory: element.optional() }).loose(),
  z.object({ type: z.literal("header"), text: plainText(150) }).loose(),
  z.object({ type: z.literal("divider") }).loose(),
  z.object({ type: z.literal("context"), elements: z.array(z.union([text(3000), z.object({ type: z.literal("image") }).loose()])).min(1).max(10) }).loose(),
  z.object({ type: z.literal("actions"), block_id: z.string().max(255).optional(), elements: z.array(element).min(1).max(25) }).loose(),
  z
    .object({
      type: z.literal("input"),
      block_id: z.string().max(255).optional(),
      label: plainText(2000),
      hint: plainText(2000).optional(),
      optional: z.boolean().optional(),
      element: element.extend({
        options: z.array(z.object({ text: text(75), value: z.string().max(150) }).loose()).max(100).optional(),
      }),
    })
    .loose(),
]);
const messageBlocks = z.array(block).max(50);
const view = z
  .object({
    type: z.enum(["modal", "home"]),
    title: plainText(24).optional(),
    submit: plainText(24).optional(),
    close: plainText(24).optional(),
    callback_id: z.string().max(255).optional(),
    private_metadata: z.string().max(3000).optional(),
    blocks: z.array(block).max(100),
  })
  .loose()
  .refine((v) => v.type === "home" || v.title !== undefined, "a modal needs a title")
  .refine((v) => !v.blocks.some((b) => b.type === "input") || v.type === "home" || v.submit !== undefined, "a modal with inputs needs a submit button");
const message = z.object({ text: z.string().min(1).max(40_000), blocks: messageBlocks.optional() }).loose();

const CHECKS: Record<string, z.ZodType> = {
  "chat.postMessage": message.extend({ channel: z.string().min(1) }),
  "chat.postEphemeral": message.extend({ channel: z.string().min(1), user: z.string().min(1) }),
  "chat.scheduleMessage": message.extend({ channel: z.string().min(1), post_at: z.coerce.number().int() }),
  "views.open": z.object({ trigger_id: z.string().min(1), view }).loose(),
  "views.update": z.object({ view }).loose(),
  "views.push": z.object({ trigger_id: z.string().min(1), view }).loose(),
  "views.publish": z.object({ user_id: z.string().min(1), view }).loose(),
  "users.info": z.object({ user: z.string().min(1) }).loose(),
  response_url: message.extend({ response_type: z.enum(["ephemeral", "in_channel"]).optional() }),
};

/** Options for the stand-in. */
export type SlackApiOptions = {
  /** The Slack locale `users.info` reports per user id; default `nl-NL`. */
  readonly locales?: Readonly<Record<string, string>>;
  /** Instant the stand-in treats as now, for checking `post_at` (seconds). Default: real time. */
  readonly nowSeconds?: () => number;
  readonly token?: string;
  /** Slack errors to answer per method (`{ ok: false, error }`), such as `not_in_channel`. */
  readonly errors?: Readonly<Record<string, string>>;
  /** Milliseconds to wait before answering a method, to show that the app acknowledges first. */
  readonly delays?: Readonly<Record<string, number>>;
};

/** A running stand-in. */
export type SlackApi = {
  /** Base URL to pass as `slackApiUrl`. */
  readonly url: string;
  /** A `response_url` on the stand-in. */
  responseUrl(id: string): string;
  readonly calls: RecordedCall[];
  /** Every call Slack would have refused, with the reason. */
  readonly problems: string[];
  callsTo(method: string): RecordedCall[];
  /** Resolves when a call matching the predicate has arrived. */
  waitFor(method: string | readonly string[], predicate?: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  reset(): void;
  close(): Promise<void>;
};

/**
 * Starts the stand-in on a free local port.
 *
 * @example
 * const api = await startSlackApi(); // api.url === "http://127.0.0.1:PORT/api/"
 */
export async function startSlackApi(options: SlackApiOptions = {}): Promise<SlackApi> {
  const calls: RecordedCall[] = [];
  const problems: string[] = [];
  const waiters: { methods: readonly string[]; predicate: (call: RecordedCall) => boolean; resolve: (call: RecordedCall) => void }[] = [];
  let counter = 0;
  const token = options.token ?? "xoxb-test";
  const nowSeconds = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      const isResponseUrl = path.startsWith("/respond/");
      const method = isResponseUrl ? "response_url" : path.replace(/^\/api\//, "");
      const body = parseBody(raw, req.headers["content-type"]);
      const call: RecordedCall = { method, body, authorization: req.headers.authorization, path };
      calls.push(call);
      check(call);
      for (const waiter of [...waiters]) {
        if (waiter.methods.includes(method) && waiter.predicate(call)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(call);
        }
      }
      const delay = options.delays?.[method] ?? 0;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer(call)));
    })();
  });

  function check(call: RecordedCall): void {
    if (call.method !== "response_url" && call.authorization !== `Bearer ${token}`) problems.push(`${call.method}: wrong or missing token`);
    const schema = CHECKS[call.method];
    if (schema === undefined) {
      problems.push(`${call.method}: a method the app is not expected to call`);
      return;
    }
    const result = schema.safeParse(call.body);
    if (!result.success) problems.push(`${call.method}: ${result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
    if (call.method === "chat.scheduleMessage") {
      const postAt = Number(call.body.post_at);
      if (!(postAt > nowSeconds())) problems.push("chat.scheduleMessage: post_at is not in the future");
      if (postAt > nowSeconds() + 120 * 86_400) problems.push("chat.scheduleMessage: post_at more than 120 days ahead");
    }
  }

  function answer(call: RecordedCall): Record<string, unknown> {
    counter += 1;
    const error = options.errors?.[call.method];
    if (error !== undefined) return { ok: false, error };
    switch (call.method) {
      case "users.info": {
        const id = String(call.body.user);
        return { ok: true, user: { id, locale: options.locales?.[id] ?? "nl-NL" } };
      }
      case "chat.postMessage":
        return { ok: true, channel: call.body.channel, ts: `1700000000.${String(counter).padStart(6, "0")}` };
      case "chat.scheduleMessage":
        return { ok: true, channel: call.body.channel, scheduled_message_id: `Q${String(counter).padStart(8, "0")}`, post_at: Number(call.body.post_at) };
      case "views.open":
      case "views.update":
      case "views.push":
      case "views.publish":
        return { ok: true, view: { id: `V${counter}`, ...(call.body.view as object) } };
      default:
        return { ok: true };
    }
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id}`,
    calls,
    problems,
    callsTo: (method) => calls.filter((c) => c.method === method),
    waitFor(method, predicate = () => true, timeoutMs = 5000) {
      const methods = typeof method === "string" ? [method] : method;
      const found = calls.find((c) => methods.includes(c.method) && predicate(c));
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${methods.join("/")} call within ${timeoutMs} ms (saw: ${calls.map((c) => c.method).join(", ") || "nothing"})`)), timeoutMs);
        waiters.push({
          methods,
          predicate,
          resolve: (call) => {
            clearTimeout(timer);
            resolve(call);
          },
        });
      });
    },
    reset() {
      calls.length = 0;
      problems.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

// The Web API client sends forms whose object fields (blocks, view) are JSON strings; response_url gets JSON.
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json") === true) return JSON.parse(raw) as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    result[key] = ["blocks", "view", "attachments"].includes(key) ? (JSON.parse(value) as unknown) : value;
  }
  return result;
}
