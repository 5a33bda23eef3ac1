// Applications: the list, one application with its next step, export and erasure.
import { CalendarDateSchema, instantInNetherlands } from "@raadswerk/domain/calendar";
import {
  PipelineReasonSchema,
  type PipelineState,
  advanceCandidate,
  candidatePipeline,
  daysWaiting,
  pipelineReasonLabels,
  pipelineStateLabels,
  recruitmentText,
} from "@raadswerk/domain/recruitment";
import { type Application, type ApplicationStep, councilStore, reclaimErased } from "@raadswerk/storage";
import { Hono } from "hono";
import { AppError } from "../errors.js";
import type { Locale } from "../i18n/index.js";
import type { AppDeps } from "../server.js";
import { type Html, html } from "../views/html.js";
import { type CouncilContext, type CouncilEnv, audit, auditEntry, currentOrganisation, idParam, postedForm, render, seeOther } from "./context.js";
import { councilText } from "./i18n/index.js";
import { candidateOf, dayOf, pipelineState, reasonTexts } from "./model.js";
import { type FieldErrors, button, csrfInput, date, errorSummary, field, heading1, heading2, link, notice, paragraph, select, table, textInput } from "./views.js";

const stateLabel = (state: string, locale: Locale): string => pipelineStateLabels[locale][pipelineState(state)];

/** Everything stored about one applicant, for an export: the person's own data, the history, the audit lines about it. */
async function exportData(deps: AppDeps, organisationId: string, application: Application, steps: readonly ApplicationStep[]) {
  const vacancy = await deps.store.vacancies.get(organisationId, application.vacancyId);
  const auditLines = await councilStore(deps.store).audit.forSubject(organisationId, "application", application.id);
  return {
    exportedAt: deps.now().toISOString(),
    application: {
      id: application.id,
      vacancy: vacancy?.title ?? null,
      name: application.name,
      email: application.email,
      phone: application.phone,
      motivation: application.motivation,
      availability: application.availability,
      answers: application.answers,
      outcome: application.outcome,
      reasons: application.reasons,
      ruleSetVersion: application.ruleSetVersion,
      status: application.status,
      locale: application.locale,
      consentedAt: application.consentedAt.toISOString(),
      createdAt: application.createdAt.toISOString(),
    },
    history: steps.map((s) => ({ state: s.state, on: s.on, reason: s.reasonCode, note: s.reasonNote })),
    auditLog: auditLines.map((line) => ({ at: line.at.toISOString(), action: line.action, detail: line.detail })),
  };
}

export function applicationRoutes(deps: AppDeps): Hono<CouncilEnv> {
  const app = new Hono<CouncilEnv>();
  const db = councilStore(deps.store);

  /** An application of the signed-in account's organisation. @throws {AppError} `not_found` */
  async function find(c: CouncilContext): Promise<{ organisationId: string; application: Application; steps: ApplicationStep[] }> {
    const id = idParam(c, "applicationId");
    const organisation = await currentOrganisation(c, deps);
    const application = organisation === undefined ? undefined : await deps.store.applications.get(organisation.id, id);
    if (organisation === undefined || application === undefined) throw new AppError("not_found", "application not found");
    return { organisationId: organisation.id, application, steps: await db.pipeline.steps(organisation.id, id) };
  }

  app.get("/raad/aanmeldingen", async (c) => {
    const locale = c.get("locale");
    const t = councilText(locale);
    const organisation = await currentOrganisation(c, deps);
    const list = organisation === undefined ? [] : await db.pipeline.listByOrganisation(organisation.id);
    const today = deps.today();
    const rows = await Promise.all(
      list.map(async (item) => {
        const waiting = daysWaiting(candidateOf(item, await db.pipeline.steps(organisation?.id ?? "", item.id)), today);
        const reasons = reasonTexts(item.reasons, locale);
        return [
          link(`/raad/aanmeldingen/${item.id}`, item.name),
          `${item.vacancyTitle} (${item.councilName})`,
          stateLabel(item.status, locale),
          waiting === null ? t.waitingNone : t.waitingDays(waiting),
          t.outcome[item.outcome],
          reasons.length === 0 ? "" : html`<ul class="rw-list">${reasons.map((r) => html`<li>${r}</li>`)}</ul>`,
        ];
      }),
    );
    await audit(c, deps, "view", "application", null, { list: true });
    return render(
      c,
      deps,
      { title: t.applicationsTitle, current: "applications" },
      html`${heading1(t.applicationsTitle)}
${notice(c.req.query("ok") === "erased" ? t.erased : undefined)}
${paragraph(t.applicationsIntro)}
${rows.length === 0 ? paragraph(t.noApplications) : table(t.applicationsTitle, [t.colName, t.colVacancy, t.colStatus, t.colWaiting, t.colCheck, t.colReasons], rows)}`,
    );
  });

  async function detail(c: CouncilContext, errors: FieldErrors = {}, values: Record<string, string> = {}) {
    const locale = c.get("locale");
    const t = councilText(locale);
    const { organisationId, application, steps } = await find(c);
    const candidate = candidateOf(application, steps);
    const vacancy = await deps.store.vacancies.get(organisationId, application.vacancyId);
    const moves = candidatePipeline.transitions.filter((tr) => tr.from === candidate.state);
    const reasons = reasonTexts(application.reasons, locale);
    const token = c.get("csrfToken");
    const hasErrors = Object.keys(errors).length > 0;
    if (!hasErrors) await audit(c, deps, "view", "application", application.id);
    const reasonOptions = [
      { value: "", label: t.moveReasonNone },
      ...[...candidatePipeline.reasons.withdrawn.map((code) => ({ code, group: "withdrawn" as const })), ...candidatePipeline.reasons.rejected.map((code) => ({ code, group: "rejected" as const }))].map((r) => ({
        value: `${r.group}:${r.code}`,
        label: `${pipelineStateLabels[locale][r.group]}: ${pipelineReasonLabels[locale][r.code]}`,
      })),
    ];
    const body: Html = html`${heading1(t.applicationTitle(application.name))}
${notice(c.req.query("ok") === "moved" ? t.moved(stateLabel(application.status, locale)) : undefined)}
${heading2(t.detailsTitle)}
<dl class="rw-dl">
<dt>${t.vacancy}</dt><dd>${vacancy?.title ?? ""}</dd>
<dt>${t.appliedOn}</dt><dd>${date(dayOf(application.createdAt), locale)}</dd>
<dt>${t.colStatus}</dt><dd>${stateLabel(application.status, locale)}</dd>
<dt>${t.email}</dt><dd>${application.email}</dd>
<dt>${t.phone}</dt><dd>${application.phone}</dd>
<dt>${t.motivation}</dt><dd>${application.motivation}</dd>
<dt>${t.availability}</dt><dd>${application.availability}</dd>
</dl>
${heading2(t.reasonsTitle)}
<p class="utrecht-paragraph"><strong>${t.outcome[application.outcome]}</strong></p>
${reasons.length === 0 ? "" : html`<ul class="rw-list">${reasons.map((r) => html`<li>${r}</li>`)}</ul>`}
${heading2(t.historyTitle)}
<ol class="rw-list">${candidate.history.map(
      (step) =>
        html`<li>${date(step.on, locale)}: ${pipelineStateLabels[locale][step.state]}${step.reason === undefined ? "" : html` (${pipelineReasonLabels[locale][step.reason.code]}${step.reason.note === undefined ? "" : `: ${step.reason.note}`})`}</li>`,
    )}</ol>
${heading2(t.moveTitle, "stap")}
${moves.length === 0
  ? paragraph(t.noMoves)
  : html`${errorSummary(t, errors)}<form method="post" action="/raad/aanmeldingen/${application.id}/stap" class="rw-card">${csrfInput(token)}
<input type="hidden" name="seq" value="${steps.length + 1}">
${field({ name: "to", label: t.moveTo, error: errors.to }, select("to", values.to ?? moves[0]?.to ?? "", moves.map((m) => ({ value: m.to, label: pipelineStateLabels[locale][m.to] })), errors.to))}
${field({ name: "on", label: t.moveOn, hint: t.moveOnHint, error: errors.on }, textInput("on", values.on ?? deps.today(), { error: errors.on, hint: true, inputmode: "numeric" }))}
${field({ name: "reason", label: t.moveReason, hint: t.moveReasonHint, error: errors.reason }, select("reason", values.reason ?? "", reasonOptions, errors.reason, true))}
${field({ name: "note", label: t.moveNote, hint: t.moveNoteHint, error: errors.note }, textInput("note", values.note ?? "", { error: errors.note, hint: true }))}
${button(t.move)}
</form>`}
${heading2(t.privacyTitle)}
${paragraph(t.privacyIntro(deps.settings.RETENTION_DAYS))}
<ul class="rw-list">
<li>${link(`/raad/aanmeldingen/${application.id}/export.json`, t.exportJson)}</li>
<li>${link(`/raad/aanmeldingen/${application.id}/export.txt`, t.exportText)}</li>
</ul>
<div class="rw-danger">
${heading2(t.eraseTitle, "wissen")}
${paragraph(t.eraseIntro)}
<form method="post" action="/raad/aanmeldingen/${application.id}/wissen">${csrfInput(token)}
${errors.confirm === undefined ? "" : html`<p class="rw-error" id="e-confirm">${errors.confirm}</p>`}
<div class="rw-option"><input type="checkbox" id="f-confirm" name="confirm" value="yes"${errors.confirm === undefined ? "" : html` aria-invalid="true" aria-describedby="e-confirm"`}><label for="f-confirm">${t.eraseConfirm}</label></div>
${button(t.erase, "secondary")}
</form></div>`;
    return render(c, deps, { title: t.applicationTitle(application.name), current: "applications", status: hasErrors ? 422 : 200, hasErrors }, body);
  }

  app.get("/raad/aanmeldingen/:applicationId", (c) => detail(c));

  app.post("/raad/aanmeldingen/:applicationId/stap", async (c) => {
    const form = await postedForm(c, deps);
    const t = councilText(c.get("locale"));
    const { application, steps } = await find(c);
    const candidate = candidateOf(application, steps);
    const errors: Record<string, string> = {};
    const on = CalendarDateSchema.safeParse((form.on ?? "").trim());
    if (!on.success) errors.on = t.errors.on;
    const to = (candidatePipeline.states as readonly string[]).includes(form.to ?? "") ? (form.to as PipelineState) : undefined;
    if (to === undefined) errors.to = t.errors.to;
    const [, reasonCode] = (form.reason ?? "").split(":");
    const note = (form.note ?? "").trim();
    const reason = reasonCode === undefined ? undefined : PipelineReasonSchema.safeParse({ code: reasonCode, ...(note === "" ? {} : { note }) });
    if (reason !== undefined && !reason.success) {
      const noteIssue = reason.error.issues.find((issue) => issue.path[0] === "note");
      if (noteIssue === undefined) errors.reason = t.errors.reason;
      else errors.note = noteIssue.message === "text_unsafe_characters" ? recruitmentText({ code: "text_unsafe_characters" }, c.get("locale")) : t.errors.note;
    }
    if (Object.keys(errors).length > 0 || to === undefined || !on.success) return detail(c, errors, form);
    // The domain decides whether this step is allowed and whether a reason is needed.
    // No step after today: a date far ahead would defer the purge that counts from it.
    const result = advanceCandidate(candidate, to, { on: on.data, today: deps.today(), ...(reason?.success === true ? { reason: reason.data } : {}) });
    if (!result.success) {
      for (const issue of result.issues) {
        const key = issue.code === "date_before_last_change" || issue.code === "date_after_today" ? "on" : issue.code === "transition_not_allowed" ? "to" : "reason";
        errors[key] = issue.code === "date_after_today" ? recruitmentText(issue, c.get("locale")) : t.errors[key];
      }
      return detail(c, errors, form);
    }
    const step = result.data.history.at(-1);
    if (step === undefined || String(steps.length + 1) !== form.seq) return detail(c, { to: t.movedByOther }, form);
    const saved = await db.pipeline.addStep(application.id, {
      seq: steps.length + 1,
      state: step.state,
      on: step.on,
      reasonCode: step.reason?.code ?? null,
      reasonNote: step.reason?.note ?? null,
    }, instantInNetherlands(step.on));
    if (!saved) return detail(c, { to: t.movedByOther }, form);
    await audit(c, deps, "update", "application", application.id, { from: candidate.state, to: step.state, ...(step.reason === undefined ? {} : { reason: step.reason.code }) });
    return seeOther(c, `/raad/aanmeldingen/${application.id}?ok=moved`);
  });

  app.get("/raad/aanmeldingen/:applicationId/export.json", async (c) => {
    const { organisationId, application, steps } = await find(c);
    const data = await exportData(deps, organisationId, application, steps);
    await audit(c, deps, "export", "application", application.id, { format: "json" });
    c.header("Content-Disposition", `attachment; filename="aanmelding-${application.id}.json"`);
    c.header("Cache-Control", "no-store");
    return c.body(`${JSON.stringify(data, null, 2)}\n`, 200, { "Content-Type": "application/json; charset=utf-8" });
  });

  app.get("/raad/aanmeldingen/:applicationId/export.txt", async (c) => {
    const locale = c.get("locale");
    const t = councilText(locale);
    const { organisationId, application, steps } = await find(c);
    const data = await exportData(deps, organisationId, application, steps);
    const candidate = candidateOf(application, steps);
    const lines = [
      t.applicationTitle(application.name),
      "",
      `${t.vacancy}: ${data.application.vacancy ?? ""}`,
      `${t.appliedOn}: ${date(dayOf(application.createdAt), locale)}`,
      `${t.email}: ${application.email}`,
      `${t.phone}: ${application.phone}`,
      `${t.motivation}: ${application.motivation}`,
      `${t.availability}: ${application.availability}`,
      "",
      `${t.answersTitle}:`,
      ...Object.entries(application.answers).map(([k, v]) => `- ${k}: ${v}`),
      "",
      `${t.reasonsTitle}: ${t.outcome[application.outcome]}`,
      ...reasonTexts(application.reasons, locale).map((r) => `- ${r}`),
      "",
      `${t.historyTitle}:`,
      ...candidate.history.map(
        (s) =>
          `- ${date(s.on, locale)}: ${pipelineStateLabels[locale][s.state]}${s.reason === undefined ? "" : ` (${pipelineReasonLabels[locale][s.reason.code]}${s.reason.note === undefined ? "" : `: ${s.reason.note}`})`}`,
      ),
      "",
      `${t.auditTitle}:`,
      ...data.auditLog.map((line) => `- ${line.at}: ${t.actions[line.action]}`),
      "",
    ];
    await audit(c, deps, "export", "application", application.id, { format: "text" });
    c.header("Content-Disposition", `attachment; filename="aanmelding-${application.id}.txt"`);
    c.header("Cache-Control", "no-store");
    return c.body(lines.join("\n"), 200, { "Content-Type": "text/plain; charset=utf-8" });
  });

  app.post("/raad/aanmeldingen/:applicationId/wissen", async (c) => {
    const form = await postedForm(c, deps);
    const t = councilText(c.get("locale"));
    const { application } = await find(c);
    if (form.confirm !== "yes") return detail(c, { confirm: t.eraseNeedsConfirm }, form);
    // The erase and its audit line: both or neither.
    const erased = await deps.store.transaction(async (tx) => {
      const inTx = councilStore(tx);
      if (!(await inTx.pipeline.erase(application.id))) return false;
      await inTx.audit.record(auditEntry(c, deps, "erase", "application", null));
      return true;
    });
    // Erasure on request must leave no copy in the table files or (on PGlite) the WAL.
    if (erased) await reclaimErased(deps.store);
    return seeOther(c, "/raad/aanmeldingen?ok=erased");
  });

  return app;
}
