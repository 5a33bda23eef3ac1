// The term schedule (timeline and table), the composition gaps, the recruitment plan, and publishing a vacancy from a gap.
import { CalendarDateSchema } from "@raadswerk/domain/calendar";
import { type Gap, checkComposition, planRecruitment, profileRoleFor, roleLabels, termSchedule } from "@raadswerk/domain/recruitment";
import { councilStore } from "@raadswerk/storage";
import { Hono } from "hono";
import * as z from "zod";
import { AppError } from "../errors.js";
import type { Locale } from "../i18n/index.js";
import type { AppDeps } from "../server.js";
import { type Html, html } from "../views/html.js";
import { type CouncilContext, type CouncilEnv, audit, councilOf, idParam, postedForm, render, seeOther } from "./context.js";
import { type CouncilText, councilText } from "./i18n/index.js";
import { domainCouncil, recruitmentWords, rulesOf } from "./model.js";
import { timelineSvg } from "./timeline.js";
import { type FieldErrors, button, csrfInput, date, errorSummary, field, heading1, heading2, link, notice, paragraph, table } from "./views.js";

const VacancyFormSchema = z.object({
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(2000),
  closesOn: z.union([z.literal(""), CalendarDateSchema]),
});

/** What a gap asks for, in words: a key role, a constituency, or simply a member. */
/** Which seat an action of the plan is for: the role and, when set, the location or group. */
function goalFor(goal: { readonly profile: keyof (typeof roleLabels)["nl"]; readonly constituencyId?: string } | undefined, locale: Locale, names: ReadonlyMap<string, string>): string {
  if (goal === undefined) return "";
  const place = goal.constituencyId === undefined ? undefined : names.get(goal.constituencyId);
  return [roleLabels[locale][goal.profile], place].filter((part) => part !== undefined && part !== "").join(" · ");
}

function gapWhat(gap: Gap, t: CouncilText, locale: Locale, names: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (gap.role !== undefined) parts.push(roleLabels[locale][gap.role]);
  if (gap.constituencyId !== undefined) parts.push(names.get(gap.constituencyId) ?? "");
  return parts.filter(Boolean).join(", ") || t.gapAnyone;
}

export function scheduleRoutes(deps: AppDeps): Hono<CouncilEnv> {
  const app = new Hono<CouncilEnv>();
  const db = councilStore(deps.store);

  async function load(c: CouncilContext) {
    const { organisation, council } = await councilOf(c, deps);
    const { rules } = rulesOf(organisation);
    const [groups, members] = await Promise.all([db.members.constituencies(council.id), db.members.members(council.id)]);
    const domain = domainCouncil(council, rules, groups, members);
    const today = deps.today();
    const names = new Map<string, string>([...members.map((m) => [m.id, m.name] as const), ...groups.map((g) => [g.id, g.name] as const)]);
    return { organisation, council, rules, groups, members, domain, today, names };
  }

  async function schedulePage(c: CouncilContext, errors: FieldErrors = {}, values: Record<string, string> = {}, errorRank?: number) {
    const locale = c.get("locale");
    const t = councilText(locale);
    const { council, domain, today, names } = await load(c);
    const schedule = termSchedule(domain, { today });
    const composition = checkComposition(domain, { today });
    const plan = planRecruitment({ council: domain, today });
    const vacancies = await deps.store.vacancies.listByCouncil(council.id);
    const token = c.get("csrfToken");
    const hasErrors = Object.keys(errors).length > 0;
    const warnings = [...schedule.warnings.map((w) => recruitmentWords(w, locale, names)), ...composition.issues.map((i) => recruitmentWords(i, locale, names))];

    const gapForm = (gap: Gap): Html => {
      const what = gapWhat(gap, t, locale, names);
      const role = roleLabels[locale][profileRoleFor(gap.role ?? "member")];
      const mine = errorRank === gap.rank;
      const v = (key: string, fallback: string) => (mine ? (values[key] ?? fallback) : fallback);
      const id = (key: string) => `${key}-${gap.rank}`;
      const e = (key: string) => (mine ? errors[key] : undefined);
      const defaultTitle = t.defaultVacancyTitle(role.charAt(0).toUpperCase() + role.slice(1), council.name);
      return html`<li class="rw-card">
<h3 class="utrecht-heading-3">${gap.rank}. ${what}</h3>
<p class="utrecht-paragraph">${t.gapNeededBy(date(gap.neededBy, locale))}</p>
<ul class="rw-list">${gap.reasons.map((reason) => html`<li>${recruitmentWords({ ...reason, params: { ...reason.params } }, locale, names)}</li>`)}</ul>
<details${mine ? html` open` : ""}><summary>${t.publishTitle}</summary>
${mine ? errorSummary(t, Object.fromEntries(Object.entries(errors).map(([k, text]) => [id(k), text]))) : ""}
<form method="post" action="/raad/raden/${council.id}/vacatures">${csrfInput(token)}
<input type="hidden" name="gap" value="${gap.rank}">
${field(
  { name: id("title"), label: t.vacancyTitle, error: e("title") },
  html`<input class="utrecht-textbox utrecht-textbox--html-input" id="f-${id("title")}" name="title" type="text" value="${v("title", defaultTitle)}"${e("title") === undefined ? "" : html` aria-invalid="true" aria-describedby="e-${id("title")}"`}>`,
)}
${field(
  { name: id("summary"), label: t.vacancySummary, hint: t.vacancySummaryHint, error: e("summary") },
  html`<textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="f-${id("summary")}" name="summary" rows="3" aria-describedby="h-${id("summary")}${e("summary") === undefined ? "" : ` e-${id("summary")}`}">${v("summary", t.defaultVacancySummary(what))}</textarea>`,
)}
${field(
  { name: id("closesOn"), label: t.vacancyClosesOn, hint: t.vacancyClosesOnHint, error: e("closesOn") },
  html`<input class="utrecht-textbox utrecht-textbox--html-input" id="f-${id("closesOn")}" name="closesOn" type="text" inputmode="numeric" value="${v("closesOn", "")}" aria-describedby="h-${id("closesOn")}${e("closesOn") === undefined ? "" : ` e-${id("closesOn")}`}"${e("closesOn") === undefined ? "" : html` aria-invalid="true"`}>`,
)}
${button(t.publish)}
</form></details></li>`;
    };

    const body = html`${heading1(t.scheduleTitle(council.name))}
${notice(c.req.query("ok") === "published" ? t.published(c.req.query("title") ?? "") : undefined)}
${link(`/raad/raden/${council.id}`, t.membersTitle)}
${heading2(t.timelineTitle)}
<div class="rw-timeline-wrap" tabindex="0" role="region" aria-label="${t.timelineTitle}">${timelineSvg(schedule, names, locale)}</div>
<ul class="rw-legend" aria-hidden="true">
<li><span class="rw-swatch rw-swatch--term"></span>${t.legendTerm}</li>
<li><span class="rw-swatch rw-swatch--future"></span>${t.legendFuture}</li>
<li><span class="rw-swatch rw-swatch--aspirant"></span>${t.legendAspirant}</li>
<li><span class="rw-swatch rw-swatch--vacant"></span>${t.legendVacant}</li>
<li><span class="rw-swatch rw-swatch--today"></span>${t.legendToday}</li>
</ul>
${heading2(t.tableTitle)}
${schedule.entries.length === 0
  ? paragraph(t.noMembers)
  : table(
      t.tableTitle,
      [t.colMember, t.colRole, t.colTerm, t.colTermEnds, t.colVacant, t.colStatus],
      schedule.entries.map((entry) => [
        names.get(entry.memberId) ?? entry.memberId,
        roleLabels[locale][entry.role],
        t.termOf(entry.termNumber, entry.maxTerms),
        date(entry.currentTermEndsOn, locale),
        entry.seatVacantOn === null ? t.noVacancy : date(entry.seatVacantOn, locale),
        t.status[entry.status],
      ]),
    )}
${warnings.length === 0 ? "" : html`<div class="rw-warning">${heading2(t.warningsTitle)}<ul class="rw-list">${warnings.map((w) => html`<li>${w}</li>`)}</ul></div>`}
${heading2(t.compositionTitle)}
${paragraph(t.compositionSize(composition.size.members, composition.size.minMembers, composition.size.maxMembers))}
${heading2(t.gapsTitle, "gaten")}
${errorRank !== undefined && errors.gap !== undefined ? html`<p class="rw-summary" role="alert">${errors.gap}</p>` : ""}
${composition.nextRecruit.length === 0 ? paragraph(t.noGaps) : html`<ol class="rw-plain rw-stack">${composition.nextRecruit.map(gapForm)}</ol>`}
${heading2(t.vacanciesTitle, "vacatures")}
${notice(c.req.query("ok") === "closed" ? t.vacancyClosedNotice : c.req.query("ok") === "reopened" ? t.vacancyReopenedNotice : undefined)}
${vacancies.length === 0
  ? paragraph(t.noVacancies)
  : html`<ul class="rw-list">${vacancies.map(
      (v) => html`<li><div class="rw-actions"><span>${v.title} (${v.status === "open" ? t.vacancyOpen : t.vacancyClosed}${v.closesOn === null ? "" : `, ${date(v.closesOn, locale)}`}) · ${link(`/vacatures/${v.slug}`, t.viewVacancy)}</span>
<form class="rw-inline-form" method="post" action="/raad/raden/${council.id}/vacatures/${v.id}/status">${csrfInput(token)}<input type="hidden" name="status" value="${v.status === "open" ? "closed" : "open"}">${button(
        v.status === "open" ? t.closeVacancy : t.reopenVacancy,
        "secondary",
        html` aria-label="${v.status === "open" ? t.closeVacancyLabel(v.title) : t.reopenVacancyLabel(v.title)}"`,
      )}</form></div></li>`,
    )}</ul>`}
${heading2(t.planTitle)}
${paragraph(t.planIntro)}
${plan.actions.length === 0
  ? paragraph(t.noActions)
  : table(
      t.planTitle,
      [t.colDate, t.colFor, t.colAction, t.colBy],
      plan.actions.map((action) => [
        html`${date(action.on, locale)}${action.late ? html` <span class="rw-badge">${t.late(date(action.idealOn, locale))}</span>` : ""}`,
        goalFor(plan.goals.find((goal) => goal.id === action.goalId), locale, names),
        recruitmentWords(action, locale, names),
        t.by[action.by],
      ]),
    )}`;
    return render(c, deps, { title: t.scheduleTitle(council.name), current: "overview", status: hasErrors ? 422 : 200, hasErrors }, body);
  }

  app.get("/raad/raden/:councilId/rooster", (c) => schedulePage(c));

  app.post("/raad/raden/:councilId/vacatures", async (c) => {
    const form = await postedForm(c, deps);
    const t = councilText(c.get("locale"));
    const { council, domain, today } = await load(c);
    const rank = Number(form.gap);
    const gap = checkComposition(domain, { today }).nextRecruit.find((g) => g.rank === rank);
    if (gap === undefined) return schedulePage(c, { gap: t.errors.gap }, form, -1);
    const parsed = VacancyFormSchema.safeParse({ title: form.title ?? "", summary: form.summary ?? "", closesOn: (form.closesOn ?? "").trim() });
    const errors: Record<string, string> = {};
    if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] = t.errors[String(issue.path[0]) as "title"];
    if (parsed.success && parsed.data.closesOn !== "" && parsed.data.closesOn <= today) errors.closesOn = t.errors.closesOn;
    if (!parsed.success || Object.keys(errors).length > 0) return schedulePage(c, errors, form, rank);
    const slug = `${council.slug}-${profileRoleFor(gap.role ?? "member")}-${Math.random().toString(36).slice(2, 8)}`.slice(0, 100);
    const vacancy = await deps.store.vacancies.create({
      councilId: council.id,
      slug,
      role: profileRoleFor(gap.role ?? "member"),
      title: parsed.data.title,
      summary: parsed.data.summary,
      publishedOn: today,
      closesOn: parsed.data.closesOn === "" ? null : parsed.data.closesOn,
      createdAt: deps.now(),
    });
    await audit(c, deps, "create", "vacancy", vacancy.id, { gapRank: rank });
    return seeOther(c, `/raad/raden/${council.id}/rooster?ok=published&title=${encodeURIComponent(vacancy.title)}`);
  });

  // Closing takes a vacancy off the public list (its page then says it is closed); reopening puts it back.
  app.post("/raad/raden/:councilId/vacatures/:vacancyId/status", async (c) => {
    const form = await postedForm(c, deps);
    const { organisation, council } = await councilOf(c, deps);
    const vacancy = await deps.store.vacancies.get(organisation.id, idParam(c, "vacancyId"));
    if (vacancy === undefined || vacancy.councilId !== council.id) throw new AppError("not_found", "vacancy not found");
    const status = z.enum(["open", "closed"]).safeParse(form.status);
    if (!status.success) throw new AppError("bad_request", "unknown vacancy status");
    if (status.data !== vacancy.status) {
      await deps.store.vacancies.setStatus(vacancy.id, status.data);
      await audit(c, deps, "update", "vacancy", vacancy.id, { from: vacancy.status, to: status.data });
    }
    return seeOther(c, `/raad/raden/${council.id}/rooster?ok=${status.data === "closed" ? "closed" : "reopened"}#vacatures`);
  });

  return app;
}
