// The audit log page: who viewed or changed what, when (ids and codes only).
import { councilStore } from "@raadswerk/storage";
import { Hono } from "hono";
import type { AppDeps } from "../server.js";
import { html } from "../views/html.js";
import { type CouncilEnv, audit, currentOrganisation, render } from "./context.js";
import { councilText } from "./i18n/index.js";
import { heading1, paragraph, table } from "./views.js";

/** Lines shown on one page of the log. */
export const AUDIT_PAGE_SIZE = 200;

export function auditRoutes(deps: AppDeps): Hono<CouncilEnv> {
  const app = new Hono<CouncilEnv>();
  app.get("/raad/logboek", async (c) => {
    const locale = c.get("locale");
    const t = councilText(locale);
    const organisation = await currentOrganisation(c, deps);
    const lines = organisation === undefined ? [] : await councilStore(deps.store).audit.recent(organisation.id, AUDIT_PAGE_SIZE);
    await audit(c, deps, "view", "audit_log", null);
    const when = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
    return render(
      c,
      deps,
      { title: t.auditTitle, current: "audit" },
      html`${heading1(t.auditTitle)}
${paragraph(t.auditIntro)}
${table(
  t.auditTitle,
  [t.colWhen, t.colWhoAudit, t.colWhat, t.colSubject],
  lines.map((line) => [
    when.format(line.at),
    line.accountName ?? (line.action === "purge" ? t.systemActor : t.unknownActor),
    t.actions[line.action],
    `${t.subjects[line.subjectKind]} ${line.detail.erased === true ? t.erasedSubject : line.subjectId === null ? "" : line.subjectId.slice(0, 8)}`.trim(),
  ]),
)}`,
    );
  });
  return app;
}
