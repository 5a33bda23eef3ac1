// The onboarding checklist of a new member: dates from the domain, who holds the check-in, steps done.
import { CalendarDateSchema, holidaySet } from "@raadswerk/domain/calendar";
import { type OnboardingStep, OnboardingInputSchema, onboardingProgramme } from "@raadswerk/domain/recruitment";
import { councilStore } from "@raadswerk/storage";
import { Hono } from "hono";
import { AppError } from "../errors.js";
import type { AppDeps } from "../server.js";
import { type Html, html } from "../views/html.js";
import { type CouncilContext, type CouncilEnv, audit, councilOf, idParam, postedForm, render, seeOther } from "./context.js";
import { councilText } from "./i18n/index.js";
import { domainCouncil, memberRole, recruitmentWords, rulesOf } from "./model.js";
import { type FieldErrors, button, csrfInput, date, errorSummary, field, heading1, heading2, link, notice, paragraph, select, table, textInput } from "./views.js";

/** A stable key per step (the first meetings share a code). */
const stepKey = (step: OnboardingStep): string => (step.code === "first_meeting" ? `first_meeting-${String(step.params.number ?? 1)}` : step.code);

export function onboardingRoutes(deps: AppDeps): Hono<CouncilEnv> {
  const app = new Hono<CouncilEnv>();
  const db = councilStore(deps.store);

  async function load(c: CouncilContext) {
    const { organisation, council } = await councilOf(c, deps);
    const memberId = idParam(c, "memberId");
    const [groups, members, onboarding] = await Promise.all([db.members.constituencies(council.id), db.members.members(council.id), db.members.onboarding(organisation.id, memberId)]);
    const member = members.find((m) => m.id === memberId);
    if (member === undefined) throw new AppError("not_found", "member not found");
    const domain = domainCouncil(council, rulesOf(organisation).rules, groups, members);
    return { council, member, members, onboarding, domain };
  }

  async function page(c: CouncilContext, errors: FieldErrors = {}, values: Record<string, string> = {}) {
    const locale = c.get("locale");
    const t = councilText(locale);
    const { council, member, members, onboarding, domain } = await load(c);
    const names = new Map(members.map((m) => [m.id, m.name]));
    const others = members.filter((m) => m.id !== member.id);
    const token = c.get("csrfToken");
    const hasErrors = Object.keys(errors).length > 0;
    let checklist: Html | "" = "";
    if (onboarding !== undefined) {
      const startsOn = onboarding.startsOn as never;
      const year = Number(onboarding.startsOn.slice(0, 4));
      const input = OnboardingInputSchema.safeParse({
        newMember: { id: member.id, role: memberRole(member.role) },
        startsOn,
        checkInBy: onboarding.checkInBy,
        council: domain,
        today: deps.today(),
        holidays: [...holidaySet(year, year + 2)],
      });
      if (input.success) {
        const programme = onboardingProgramme(input.data);
        const who = (step: OnboardingStep) => (step.responsible.memberId !== undefined ? (names.get(step.responsible.memberId) ?? t.responsible[step.responsible.kind]) : t.responsible[step.responsible.kind]);
        checklist = html`${heading2(t.checklistTitle)}
${table(
  t.checklistTitle,
  [t.colAction, t.colDate, t.colWho, t.colDone],
  programme.steps.map((step) => {
    const key = stepKey(step);
    const text = recruitmentWords(step, locale, names);
    const doneOn = onboarding.done[key];
    return [
      html`${text}${step.materials === undefined ? "" : html`<br><span class="rw-meta">${step.materials.join(", ")}</span>`}`,
      date(step.dueOn, locale),
      who(step),
      html`${doneOn === undefined ? "" : html`<span class="rw-done">${t.doneOn(date(doneOn, locale))}</span> `}<form class="rw-inline-form" method="post" action="/raad/raden/${council.id}/leden/${member.id}/inwerken/stap">${csrfInput(token)}<input type="hidden" name="key" value="${key}"><input type="hidden" name="done" value="${doneOn === undefined ? "yes" : "no"}">${button(doneOn === undefined ? t.markDone : t.markUndone, "secondary", html` aria-label="${doneOn === undefined ? t.markDoneLabel(text) : t.markUndoneLabel(text)}"`)}</form>`,
    ];
  }),
)}
${programme.retention.length === 0 ? "" : html`${heading2(t.retentionTitle)}<ul class="rw-list">${programme.retention.map((r) => html`<li>${date(r.askOn, locale)}: ${recruitmentWords(r, locale, names)}</li>`)}</ul>`}`;
      }
    }
    const body = html`${heading1(t.onboardingTitle(member.name))}
${notice(c.req.query("ok") === "saved" ? t.onboardingSaved : undefined)}
${paragraph(t.onboardingIntro)}
${link(`/raad/raden/${council.id}`, t.membersTitle)}
${others.length === 0
  ? paragraph(t.needOtherMember)
  : html`${errorSummary(t, errors)}<form method="post" action="/raad/raden/${council.id}/leden/${member.id}/inwerken" class="rw-card">${csrfInput(token)}
${field({ name: "startsOn", label: t.onboardingStart, hint: t.startedOnHint, error: errors.startsOn }, textInput("startsOn", values.startsOn ?? onboarding?.startsOn ?? member.startedOn, { error: errors.startsOn, hint: true, inputmode: "numeric" }))}
${field({ name: "checkInBy", label: t.checkInBy, hint: t.checkInByHint, error: errors.checkInBy }, select("checkInBy", values.checkInBy ?? onboarding?.checkInBy ?? others[0]?.id ?? "", others.map((m) => ({ value: m.id, label: m.name })), errors.checkInBy, true))}
${button(t.saveOnboarding)}</form>`}
${checklist}`;
    return render(c, deps, { title: t.onboardingTitle(member.name), current: "overview", status: hasErrors ? 422 : 200, hasErrors }, body);
  }

  app.get("/raad/raden/:councilId/leden/:memberId/inwerken", (c) => page(c));

  app.post("/raad/raden/:councilId/leden/:memberId/inwerken", async (c) => {
    const form = await postedForm(c, deps);
    const t = councilText(c.get("locale"));
    const { council, member, domain } = await load(c);
    const startsOn = CalendarDateSchema.safeParse((form.startsOn ?? "").trim());
    // The domain's schema checks that the check-in is held by another member of this council.
    const parsed = OnboardingInputSchema.safeParse({ newMember: { id: member.id, role: memberRole(member.role) }, startsOn: startsOn.success ? startsOn.data : form.startsOn, checkInBy: form.checkInBy ?? "", council: domain });
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === "startsOn") errors.startsOn = t.errors.startsOn;
        if (issue.path[0] === "checkInBy") errors.checkInBy = t.errors.checkInBy;
      }
      return page(c, Object.keys(errors).length === 0 ? { checkInBy: t.errors.checkInBy } : errors, form);
    }
    await db.members.setOnboarding(member.id, parsed.data.startsOn, parsed.data.checkInBy);
    await audit(c, deps, "update", "onboarding", member.id);
    return seeOther(c, `/raad/raden/${council.id}/leden/${member.id}/inwerken?ok=saved`);
  });

  app.post("/raad/raden/:councilId/leden/:memberId/inwerken/stap", async (c) => {
    const form = await postedForm(c, deps);
    const { council, member } = await load(c);
    const key = form.key ?? "";
    if (!/^[a-z_]{1,40}(-\d{1,2})?$/.test(key)) throw new AppError("bad_request", "unknown step key");
    await db.members.markOnboardingStep(member.id, key, form.done === "yes" ? deps.today() : null);
    await audit(c, deps, "update", "onboarding", member.id, { step: key, done: form.done === "yes" });
    return seeOther(c, `/raad/raden/${council.id}/leden/${member.id}/inwerken`);
  });

  return app;
}
