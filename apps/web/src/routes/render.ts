import type { Context } from "hono";
import type { AppError } from "../errors.js";
import type { AppDeps, AppEnv } from "../server.js";
import { ui } from "../i18n/index.js";
import { errorView } from "../views/error.js";
import type { Html } from "../views/html.js";
import { type PageOptions, layout } from "../views/layout.js";

/** Renders a page in the visitor's language. */
export function page(c: Context<AppEnv>, deps: AppDeps, options: Omit<PageOptions, "locale" | "assets" | "path">, body: Html, status: 200 | 422 = 200): Response | Promise<Response> {
  return c.html(layout({ ...options, locale: c.get("locale"), assets: deps.assets, path: c.req.path }, body), status);
}

/** The page for an expected failure: its status from the table, its text from the locale. */
export function renderError(c: Context<AppEnv>, deps: AppDeps, error: AppError): Response | Promise<Response> {
  const locale = c.get("locale") ?? "nl";
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.html(
    layout({ locale, assets: deps.assets, path: c.req.path, title: ui(locale).errorTitle[error.code] }, errorView(locale, error.code)),
    error.status,
  );
}
