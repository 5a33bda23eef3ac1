import { Hono } from "hono";
import { ui } from "../i18n/index.js";
import type { AppDeps, AppEnv } from "../server.js";
import { homeView } from "../views/home.js";
import { page } from "./render.js";

/** The list of open vacancies. */
export function homeRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/", async (c) => {
    const locale = c.get("locale");
    const vacancies = await deps.store.vacancies.listOpen();
    return page(c, deps, { title: ui(locale).homeTitle, current: "vacancies", demo: vacancies.some((v) => v.organisation.isDemo) }, homeView(locale, vacancies));
  });
  return app;
}
