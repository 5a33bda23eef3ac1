/**
 * Creates the Bolt app. HTTP mode: an `HTTPReceiver` behind a small Node server that first rejects
 * requests outside Slack's 5-minute window in either direction (Bolt checks only the past), then
 * lets Bolt verify the signature. Socket Mode when an app token is given.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPModuleFunctions, HTTPReceiver, LogLevel, type Logger, type webApi } from "@slack/bolt";
import { registerCommands } from "./commands/index.js";
import type { AppSettings, Deps } from "./deps.js";
import { registerHome } from "./home/index.js";
import { createLocaleResolver } from "./locale.js";
import { createLogger } from "./log.js";
import { commonPractice, type OrganisationSettings } from "./organisation.js";
import type { CandidateRegistry } from "./persistence/candidates.js";
import type { FollowStore } from "./persistence/types.js";
import { registerFollow } from "./reminders/index.js";
import { registerWmczCheck } from "./shortcuts/wmcz-check.js";

/** The path Slack posts commands, interactions and events to. */
export const EVENTS_PATH = "/slack/events";
/** Slack's window for a request timestamp, in seconds. */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;
/**
 * Largest request body read (bytes). Slack's largest payloads, view submissions of a full modal,
 * stay far below it; anything bigger is refused with 413 before Bolt reads it or checks a signature.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Options for {@link createSlackApp}. */
export type SlackAppOptions = {
  readonly signingSecret: string;
  readonly botToken: string;
  /** When given, the app uses Socket Mode (no public URL needed). */
  readonly appToken?: string | undefined;
  readonly settings: AppSettings;
  readonly store: FollowStore;
  /** The organisation's settings; common practice when left out. */
  readonly organisation?: OrganisationSettings;
  readonly candidates: CandidateRegistry;
  readonly now?: () => Date;
  readonly logger?: Logger;
  /** Web API options, such as `slackApiUrl` for a local stand-in in tests. */
  readonly clientOptions?: webApi.WebClientOptions;
  /** Register no handlers: the bench's bare app that only acknowledges. */
  readonly bare?: boolean;
};

/** A created app, not yet listening. */
export type SlackApp = {
  readonly app: App;
  readonly deps: Deps;
  /** Starts the HTTP server (or Socket Mode). Resolves with the port (0 in Socket Mode). */
  start(port: number, host?: string): Promise<RunningSlackApp>;
};

/** A listening app. */
export type RunningSlackApp = { readonly port: number; close(): Promise<void> };

/**
 * Creates the app with every handler registered.
 *
 * @example
 * const { start } = createSlackApp({ signingSecret, botToken, settings, store });
 * const running = await start(3000); // listening on http://localhost:3000/slack/events
 */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const logger = options.logger ?? createLogger();
  const now = options.now ?? (() => new Date());
  const authorize = () => Promise.resolve({ botToken: options.botToken });
  const clientOptions: webApi.WebClientOptions = { logger, logLevel: LogLevel.WARN, ...options.clientOptions };
  const socketMode = options.appToken !== undefined;
  const receiver = socketMode ? undefined : new HTTPReceiver({ signingSecret: options.signingSecret, endpoints: [EVENTS_PATH], logger });
  const app = socketMode
    ? new App({ appToken: options.appToken, socketMode: true, authorize, logger, clientOptions })
    : new App({ receiver, authorize, logger, clientOptions });

  const deps: Deps = {
    settings: options.settings,
    store: options.store,
    organisation: options.organisation ?? commonPractice,
    candidates: options.candidates,
    now,
    logger,
    locale: createLocaleResolver(() => now().getTime()),
  };
  if (options.bare === true) {
    app.command(options.settings.command, async ({ ack }) => {
      await ack();
    });
  } else {
    registerCommands(app, deps);
    registerWmczCheck(app, deps);
    registerFollow(app, deps);
    registerHome(app, deps);
  }
  app.error((error) => {
    logger.error(`handler_failed code=${error.code ?? "unknown"}`);
    return Promise.resolve();
  });

  return {
    app,
    deps,
    async start(port, host = "0.0.0.0") {
      if (receiver === undefined) {
        await app.start();
        return { port: 0, close: () => app.stop().then(() => undefined) };
      }
      const server = createServer(listener(receiver, logger));
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve());
      });
      return { port: (server.address() as AddressInfo).port, close: () => close(server) };
    },
  };
}

function listener(receiver: HTTPReceiver, logger: Logger) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/healthz") {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    res.once("finish", () => {
      // Only the path and status: never headers or body, which may hold what people typed.
      if (res.statusCode === 401) logger.warn(`request_rejected status=401 path=${path ?? "/"}`);
    });
    const declared = req.headers["content-length"];
    if (declared !== undefined && Number(declared) > MAX_BODY_BYTES) {
      tooLarge(res, logger, path);
      return;
    }
    if (path === EVENTS_PATH && !withinWindow(req.headers["x-slack-request-timestamp"])) {
      req.resume();
      res.writeHead(401).end();
      return;
    }
    // Read the body here, at most MAX_BODY_BYTES (also when it is sent in chunks without a
    // length); Bolt uses the buffered `rawBody` instead of reading the stream itself.
    readCapped(req, MAX_BODY_BYTES)
      .then((body) => {
        if (body === undefined) {
          tooLarge(res, logger, path);
          return;
        }
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        receiver.requestListener(req, res);
      })
      .catch((error: unknown) => {
        HTTPModuleFunctions.defaultDispatchErrorHandler({ error: error as Error, logger, request: req, response: res });
      });
  };
}

/** Answers 413 and closes the connection, so the rest of the body is never read. */
function tooLarge(res: ServerResponse, logger: Logger, path: string | undefined): void {
  logger.warn(`request_rejected status=413 path=${path ?? "/"}`);
  res.writeHead(413, { connection: "close", "content-type": "text/plain" }).end("Payload Too Large");
}

/** The whole body, or undefined as soon as it grows past `limit` bytes (reading stops there). */
function readCapped(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks, size)));
    req.once("error", reject);
  });
}

// The real clock on purpose: the injected `now` is the council's calendar, which tests may fix.
function withinWindow(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^\d{1,12}$/.test(value)) return false;
  return Math.abs(Math.floor(Date.now() / 1000) - Number(value)) <= SIGNATURE_WINDOW_SECONDS;
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error === undefined ? resolve() : reject(error)));
    server.closeAllConnections();
  });
}
