// The web app: Hono on Node. An adapter only: verify → safeParse → domain → store → render.
import { type ServerType, serve } from "@hono/node-server";
import { type CalendarDate, todayInNetherlands } from "@raadswerk/domain/calendar";
import type { Store } from "@raadswerk/storage";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { getCookie, setCookie } from "hono/cookie";
import { type Assets, loadAssets } from "./assets/index.js";
import type { Env } from "./env.js";
import { AppError } from "./errors.js";
import { type Locale, asLocale } from "./i18n/index.js";
import { type Logger, jsonLogger } from "./log.js";
import { assetRoutes } from "./routes/assets.js";
import { homeRoutes } from "./routes/home.js";
import { rightsRoutes } from "./routes/rechtenwijzer.js";
import { vacancyRoutes } from "./routes/vacancy.js";
import { councilRoutes } from "./council/index.js";
import { csrfCookie } from "./security/csrf.js";
import { securityHeaders } from "./security/csp.js";
import { renderError } from "./routes/render.js";

/** Largest form body we read (bytes): far above any honest application, far below harm. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The settings the routes use (a subset of {@link Env}, so tests can pass their own). */
export type AppSettings = Pick<Env, "SESSION_SECRET" | "PUBLIC_ORIGIN" | "TRUST_PROXY" | "APPLY_RATE_LIMIT" | "APPLY_RATE_WINDOW_SECONDS" | "NODE_ENV" | "RETENTION_DAYS" | "APPLICATION_MAX_AGE_DAYS">;

/** What the routes need from outside: the store, settings, clock and logger are arguments. */
export type AppDeps = {
  readonly store: Store;
  readonly settings: AppSettings;
  readonly assets: Assets;
  readonly log: Logger;
  /** The one clock: every time the app stores or decides on comes from here. */
  readonly now: () => Date;
  /** Today in the Netherlands, derived from {@link AppDeps.now}. */
  readonly today: () => CalendarDate;
};

/**
 * Whether the public address is https: then cookies are `Secure` (and the session cookie gets the
 * `__Host-` prefix) and responses carry HSTS. It follows PUBLIC_ORIGIN, not NODE_ENV: a production
 * server behind plain http would otherwise set cookies its browsers never send back, and a test
 * set-up behind https would go without them.
 */
export const httpsOnly = (settings: Pick<AppSettings, "PUBLIC_ORIGIN">): boolean => settings.PUBLIC_ORIGIN?.startsWith("https://") === true;

/** Variables every handler can read. */
export type AppEnv = { Variables: { locale: Locale; csrfToken: string } };

/** The real clock, read only at the edge (`main.ts`); tests pass their own. */
export const systemClock = (): Date => new Date();

/** Builds the app. `now` is the one clock (default: the system's); today is derived from it. */
export function createApp(input: Omit<AppDeps, "assets" | "log" | "today" | "now"> & Partial<Pick<AppDeps, "assets" | "log" | "now">>): Hono<AppEnv> {
  const now = input.now ?? systemClock;
  const deps: AppDeps = {
    assets: input.assets ?? loadAssets(),
    log: input.log ?? jsonLogger,
    now,
    today: () => todayInNetherlands(now()),
    store: input.store,
    settings: input.settings,
  };
  const secure = httpsOnly(deps.settings);
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    const start = performance.now();
    await next();
    // Route pattern, never the path or query: no personal data in logs.
    deps.log.info("request", { method: c.req.method, route: c.req.routePath, status: c.res.status, ms: Math.round(performance.now() - start) });
  });
  app.use(securityHeaders({ hsts: secure }));
  app.use(compress());
  app.use(async (c, next) => {
    const fromQuery = asLocale(c.req.query("lang"));
    if (fromQuery !== undefined) setCookie(c, "rw_lang", fromQuery, { path: "/", sameSite: "Lax", maxAge: 31_536_000, secure });
    c.set("locale", fromQuery ?? asLocale(getCookie(c, "rw_lang")) ?? "nl");
    await next();
    if (c.res.headers.get("content-type")?.startsWith("text/html") === true) c.header("Cache-Control", "no-store");
  });
  app.use(csrfCookie({ secret: deps.settings.SESSION_SECRET, secure }));
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => renderError(c as never, deps, new AppError("too_large", "request body over limit")),
    }),
  );

  app.route("/", assetRoutes(deps));
  app.route("/", homeRoutes(deps));
  app.route("/", vacancyRoutes(deps));
  app.route("/", rightsRoutes(deps));
  app.route("/", councilRoutes(deps));
  app.get("/health", (c) => c.json({ ok: true }));

  app.notFound((c) => renderError(c, deps, new AppError("not_found", "no route")));
  app.onError((error, c) => {
    if (error instanceof AppError) {
      deps.log.info("refused", { route: c.req.routePath, code: error.code, reason: error.logMessage });
      return renderError(c, deps, error);
    }
    // Only the error's kind: messages of database errors can contain what a person typed.
    const raw = (error as unknown as { code?: unknown }).code;
    const code = typeof raw === "string" ? raw : undefined;
    deps.log.error("unexpected error", { route: c.req.routePath, error: error.name, code });
    return renderError(c, deps, new AppError("internal", "unexpected"));
  });
  return app;
}

/** Starts listening; resolves with the server and its address once it accepts connections. */
export function listen(app: Hono<AppEnv>, options: { port: number; hostname: string }): Promise<{ server: ServerType; url: string; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.hostname }, (info) => {
      const host = info.address.includes(":") ? `[${info.address}]` : info.address;
      resolve({
        server,
        url: `http://${host === "0.0.0.0" ? "localhost" : host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive connections would hold the close open until they time out.
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
  });
}
