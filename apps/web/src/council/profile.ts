// Overview, councils, their members and their locations and client groups.
import { CalendarDateSchema } from "@raadswerk/domain/calendar";
import { commonPracticeRules } from "@raadswerk/domain/eligibility";
import { MemberRoleSchema, MemberSchema, PersonNameSchema, recruitmentText, roleLabels } from "@raadswerk/domain/recruitment";
import { type Council, type Organisation, councilStore } from "@raadswerk/storage";
import { Hono } from "hono";
import * as z from "zod";
import { AppError } from "../errors.js";
import type { AppDeps } from "../server.js";
import { type Html, html } from "../views/html.js";
import { type CouncilContext, type CouncilEnv, account, audit, councilOf, currentOrganisation, idParam, postedForm, render, seeOther } from "./context.js";
import { councilText } from "./i18n/index.js";
import { councilIssues, domainCouncil, rulesOf } from "./model.js";
import { type FieldErrors, button, csrfInput, date, errorSummary, field, heading1, heading2, link, notice, paragraph, select, table, textInput } from "./views.js";

/** Names of people, organisations, councils and groups: the domain's rule (no control or bidi characters, a visible letter). */
const NameSchema = PersonNameSchema;

/** The text for a refused name: the council's own for empty or too long, the domain's for the other codes. */
function nameError(result: { readonly error?: { readonly issues: readonly { readonly message: string }[] } | undefined }, c: CouncilContext): string {
  const code = result.error?.issues[0]?.message;
  return code === "name_without_letter" || code === "text_unsafe_characters"
    ? recruitmentText({ code }, c.get("locale"))
    : councilText(c.get("locale")).errors.name;
}
/** A placeholder id while a new member is checked (the store gives the real one). */
const NEW_MEMBER_ID = "00000000-0000-4000-8000-000000000000";

/** A slug from a name, with a random tail so two councils never clash. */
function slugFor(name: string): string {
  const base = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${base === "" ? "raad" : base}-${Math.random().toString(36).slice(2, 7)}`;
}

export function profileRoutes(deps: AppDeps): Hono<CouncilEnv> {
  const app = new Hono<CouncilEnv>();
  const db = councilStore(deps.store);

  async function overview(c: CouncilContext, errors: FieldErrors = {}, values: Record<string, string> = {}) {
    const locale = c.get("locale");
    const t = councilText(locale);
    const organisation = await currentOrganisation(c, deps);
    const token = c.get("csrfToken");
    if (organisation === undefined) {
      return render(
        c,
        deps,
        { title: t.overviewTitle, current: "overview", status: Object.keys(errors).length > 0 ? 422 : 200, hasErrors: Object.keys(errors).length > 0 },
        html`${heading1(t.noOrganisationTitle)}${errorSummary(t, errors)}
<form method="post" action="/raad/organisatie" class="rw-card">${csrfInput(token)}
${field({ name: "name", label: t.organisationName, error: errors.name }, textInput("name", values.name ?? "", { error: errors.name, autocomplete: "organization" }))}
${button(t.createOrganisation)}</form>`,
      );
    }
    const councils = await deps.store.councils.listByOrganisation(organisation.id);
    const counts = await Promise.all(councils.map(async (council) => (await db.members.members(council.id)).length));
    return render(
      c,
      deps,
      { title: t.overviewTitle, current: "overview", status: Object.keys(errors).length > 0 ? 422 : 200, hasErrors: Object.keys(errors).length > 0 },
      html`${heading1(`${t.overviewTitle}: ${organisation.name}`)}
${paragraph(t.overviewIntro)}
${notice(c.req.query("ok") === "council" ? t.addCouncil : undefined)}
${heading2(t.councilsTitle)}
${councils.length === 0
  ? paragraph(t.noCouncils)
  : html`<ul class="rw-list">${councils.map(
      (council, index) =>
        html`<li>${link(`/raad/raden/${council.id}`, council.name)} (${council.kind === "central" ? t.kindCentral : t.kindLocal}, ${t.membersCount(counts[index] ?? 0)}) · ${link(`/raad/raden/${council.id}/rooster`, t.scheduleLink)}</li>`,
    )}</ul>`}
${heading2(t.addCouncilTitle, "raad-toevoegen")}
${errorSummary(t, errors)}
<form method="post" action="/raad/raden" class="rw-card">${csrfInput(token)}
${field({ name: "name", label: t.councilName, error: errors.name }, textInput("name", values.name ?? "", { error: errors.name }))}
${field(
  { name: "kind", label: t.councilKind, error: errors.kind },
  select("kind", values.kind ?? "local", [
    { value: "central", label: t.kindCentral },
    { value: "local", label: t.kindLocal },
  ], errors.kind),
)}
${button(t.addCouncil)}</form>`,
    );
  }

  app.get("/raad", (c) => overview(c));

  app.post("/raad/organisatie", async (c) => {
    const form = await postedForm(c, deps);
    if ((await currentOrganisation(c, deps)) !== undefined) return seeOther(c, "/raad");
    const name = NameSchema.safeParse(form.name ?? "");
    if (!name.success) return overview(c, { name: nameError(name, c) }, form);
    const organisation = await deps.store.transaction(async (tx) => {
      const created = await tx.organisations.create({ slug: slugFor(name.data), name: name.data, membershipRules: commonPracticeRules });
      await councilStore(tx).accounts.setOrganisation(account(c).id, created.id);
      return created;
    });
    // The account now manages the new organisation: its audit line belongs there.
    c.set("account", { ...account(c), organisationId: organisation.id });
    await audit(c, deps, "create", "rules", organisation.id);
    return seeOther(c, "/raad");
  });

  app.post("/raad/raden", async (c) => {
    const form = await postedForm(c, deps);
    const t = councilText(c.get("locale"));
    const organisation = await currentOrganisation(c, deps);
    if (organisation === undefined) return seeOther(c, "/raad");
    const name = NameSchema.safeParse(form.name ?? "");
    const kind = z.enum(["central", "local"]).safeParse(form.kind);
    const errors: Record<string, string> = {};
    if (!name.success) errors.name = nameError(name, c);
    if (!kind.success) errors.kind = t.errors.kind;
    if (!name.success || !kind.success) return overview(c, errors, form);
    const council = await deps.store.councils.create({ organisationId: organisation.id, slug: slugFor(name.data), name: name.data, kind: kind.data });
    await audit(c, deps, "create", "council", council.id);
    return seeOther(c, `/raad/raden/${council.id}`);
  });

  async function councilPage(c: CouncilContext, errors: FieldErrors = {}, values: Record<string, string> = {}, form: "member" | "group" = "member") {
    const locale = c.get("locale");
    const t = councilText(locale);
    const { organisation, council } = await councilOf(c, deps);
    const { rules } = rulesOf(organisation);
    const [groups, members] = await Promise.all([db.members.constituencies(council.id), db.members.members(council.id)]);
    const groupName = new Map(groups.map((g) => [g.id, g.name]));
    const token = c.get("csrfToken");
    const hasErrors = Object.keys(errors).length > 0;
    const roles = MemberRoleSchema.options.map((value) => ({ value, label: roleLabels[locale][value] }));
    const memberErrors = form === "member" ? errors : {};
    const groupErrors = form === "group" ? errors : {};
    const body: Html = html`${heading1(t.councilTitle(council.name))}
<p class="utrecht-paragraph">${t.settingsFromRules(rules.minMembers, rules.maxMembers, rules.termYears, rules.maxReappointments + 1)} ${link("/raad/regels", t.navRules)}</p>
<p class="utrecht-paragraph">${link(`/raad/raden/${council.id}/rooster`, t.scheduleLink)}</p>
${notice(c.req.query("ok") === "member" ? t.memberSaved : undefined)}
${heading2(t.membersTitle)}
${members.length === 0
  ? paragraph(t.noMembers)
  : table(
      t.membersTitle,
      [t.name, t.role, t.startedOn, t.termNumber, t.represents, ""],
      members.map((member) => [
        member.name,
        roleLabels[locale][MemberRoleSchema.safeParse(member.role).data ?? "member"],
        date(member.startedOn, locale),
        String(member.termNumber),
        member.represents === null ? t.representsNobody : (groupName.get(member.represents) ?? ""),
        html`<div class="rw-actions">${link(`/raad/raden/${council.id}/leden/${member.id}/bewerken`, t.editMemberLink, html` aria-label="${t.editMemberLinkLabel(member.name)}"`)}
${link(`/raad/raden/${council.id}/leden/${member.id}/inwerken`, t.onboardingLink, html` aria-label="${t.onboardingLinkLabel(member.name)}"`)}
<form class="rw-inline-form" method="post" action="/raad/raden/${council.id}/leden/${member.id}/verwijderen">${csrfInput(token)}${button(t.remove, "secondary", html` aria-label="${t.removeMemberLabel(member.name)}"`)}</form></div>`,
      ]),
    )}
${heading2(t.addMemberTitle, "lid-toevoegen")}
${errorSummary(t, memberErrors)}
<form method="post" action="/raad/raden/${council.id}/leden" class="rw-card">${csrfInput(token)}
${field({ name: "name", label: t.name, error: memberErrors.name }, textInput("name", form === "member" ? (values.name ?? "") : "", { error: memberErrors.name, autocomplete: "off" }))}
${field({ name: "role", label: t.role, error: memberErrors.role }, select("role", form === "member" ? (values.role ?? "member") : "member", roles, memberErrors.role))}
${field(
  { name: "startedOn", label: t.startedOn, hint: t.startedOnHint, error: memberErrors.startedOn },
  textInput("startedOn", form === "member" ? (values.startedOn ?? "") : "", { error: memberErrors.startedOn, hint: true, inputmode: "numeric" }),
)}
${field(
  { name: "termNumber", label: t.termNumber, hint: t.termNumberHint, error: memberErrors.termNumber },
  textInput("termNumber", form === "member" ? (values.termNumber ?? "1") : "1", { error: memberErrors.termNumber, hint: true, inputmode: "numeric" }),
)}
${field(
  { name: "represents", label: t.represents, error: memberErrors.represents },
  select("represents", form === "member" ? (values.represents ?? "") : "", [{ value: "", label: t.representsNobody }, ...groups.map((g) => ({ value: g.id, label: g.name }))], memberErrors.represents),
)}
${button(t.addMember)}</form>
${heading2(t.constituenciesTitle)}
${groups.length === 0
  ? paragraph(t.noConstituencies)
  : html`<ul class="rw-list">${groups.map(
      (group) =>
        html`<li><div class="rw-actions"><span>${group.name} (${group.kind === "location" ? t.kindLocation : t.kindClientGroup})</span>
<form class="rw-inline-form" method="post" action="/raad/raden/${council.id}/groepen/${group.id}/verwijderen">${csrfInput(token)}${button(t.remove, "secondary", html` aria-label="${t.removeConstituencyLabel(group.name)}"`)}</form></div></li>`,
    )}</ul>`}
${heading2(t.addConstituencyTitle, "groep-toevoegen")}
${errorSummary(t, groupErrors)}
<form method="post" action="/raad/raden/${council.id}/groepen" class="rw-card">${csrfInput(token)}
${field({ name: "groupName", label: t.constituencyName, error: groupErrors.groupName }, textInput("groupName", form === "group" ? (values.groupName ?? "") : "", { error: groupErrors.groupName }))}
${field(
  { name: "groupKind", label: t.constituencyKind, error: groupErrors.groupKind },
  select("groupKind", form === "group" ? (values.groupKind ?? "location") : "location", [
    { value: "location", label: t.kindLocation },
    { value: "client_group", label: t.kindClientGroup },
  ], groupErrors.groupKind),
)}
${button(t.addConstituency)}</form>`;
    return render(c, deps, { title: council.name, current: "overview", status: hasErrors ? 422 : 200, hasErrors }, body);
  }

  app.get("/raad/raden/:councilId", (c) => councilPage(c));

  /**
   * Checks a posted member form with the domain's `MemberSchema`, and the whole council with the
   * member added or replaced (e.g. an unknown group). Returns field errors, or the member to store.
   */
  async function checkMember(c: CouncilContext, organisation: Organisation, council: Council, form: Record<string, string>, memberId?: string) {
    const t = councilText(c.get("locale"));
    const errors: Record<string, string> = {};
    const name = NameSchema.safeParse(form.name ?? "");
    if (!name.success) errors.name = nameError(name, c);
    const startedOn = CalendarDateSchema.safeParse((form.startedOn ?? "").trim());
    const termNumber = /^\d{1,3}$/.test((form.termNumber ?? "").trim()) ? Number(form.termNumber) : Number.NaN;
    const represents = (form.represents ?? "") === "" ? undefined : form.represents;
    const candidate = { id: memberId ?? NEW_MEMBER_ID, role: form.role, startedOn: startedOn.success ? startedOn.data : form.startedOn, termNumber, ...(represents === undefined ? {} : { represents }) };
    const parsed = MemberSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "");
        if (key in t.errors && errors[key] === undefined) errors[key] = t.errors[key as keyof typeof t.errors];
      }
    }
    if (parsed.success) {
      const [groups, members] = await Promise.all([db.members.constituencies(council.id), db.members.members(council.id)]);
      const whole = domainCouncil(council, rulesOf(organisation).rules, groups, members);
      const others = whole.members.filter((member) => member.id !== memberId);
      for (const issue of councilIssues({ ...whole, members: [...others, parsed.data] })) {
        if (issue.path.at(-1) === "represents") errors.represents = t.errors.represents;
      }
    }
    if (Object.keys(errors).length > 0 || !parsed.success || !name.success) return { ok: false as const, errors };
    return {
      ok: true as const,
      member: { name: name.data, role: parsed.data.role, startedOn: parsed.data.startedOn, termNumber: parsed.data.termNumber, represents: parsed.data.represents ?? null },
    };
  }

  app.post("/raad/raden/:councilId/leden", async (c) => {
    const form = await postedForm(c, deps);
    const { organisation, council } = await councilOf(c, deps);
    const checked = await checkMember(c, organisation, council, form);
    if (!checked.ok) return councilPage(c, checked.errors, form, "member");
    const member = await db.members.addMember({ councilId: council.id, ...checked.member });
    await audit(c, deps, "create", "member", member.id);
    return seeOther(c, `/raad/raden/${council.id}`);
  });

  /** A member of the council in the path. @throws {AppError} `not_found` */
  async function memberOf(c: CouncilContext) {
    const { organisation, council } = await councilOf(c, deps);
    const member = await db.members.member(organisation.id, idParam(c, "memberId"));
    if (member === undefined || member.councilId !== council.id) throw new AppError("not_found", "member not found");
    return { organisation, council, member };
  }

  async function editPage(c: CouncilContext, errors: FieldErrors = {}, values?: Record<string, string>) {
    const locale = c.get("locale");
    const t = councilText(locale);
    const { council, member } = await memberOf(c);
    const groups = await db.members.constituencies(council.id);
    const token = c.get("csrfToken");
    const hasErrors = Object.keys(errors).length > 0;
    const roles = MemberRoleSchema.options.map((value) => ({ value, label: roleLabels[locale][value] }));
    // Typed values after an error; otherwise the stored ones.
    const v = values ?? { name: member.name, role: member.role, startedOn: member.startedOn, termNumber: String(member.termNumber), represents: member.represents ?? "" };
    const body: Html = html`${heading1(t.editMemberTitle(member.name))}
${paragraph(t.editMemberIntro)}
${errorSummary(t, errors)}
<form method="post" action="/raad/raden/${council.id}/leden/${member.id}/bewerken" class="rw-card">${csrfInput(token)}
${field({ name: "name", label: t.name, error: errors.name }, textInput("name", v.name ?? "", { error: errors.name, autocomplete: "off" }))}
${field({ name: "role", label: t.role, error: errors.role }, select("role", v.role ?? "member", roles, errors.role))}
${field({ name: "startedOn", label: t.startedOn, hint: t.startedOnHint, error: errors.startedOn }, textInput("startedOn", v.startedOn ?? "", { error: errors.startedOn, hint: true, inputmode: "numeric" }))}
${field({ name: "termNumber", label: t.termNumber, hint: t.termNumberHint, error: errors.termNumber }, textInput("termNumber", v.termNumber ?? "", { error: errors.termNumber, hint: true, inputmode: "numeric" }))}
${field(
  { name: "represents", label: t.represents, error: errors.represents },
  select("represents", v.represents ?? "", [{ value: "", label: t.representsNobody }, ...groups.map((g) => ({ value: g.id, label: g.name }))], errors.represents),
)}
<div class="rw-actions">${button(t.saveMember)} ${link(`/raad/raden/${council.id}`, t.backToMembers)}</div></form>`;
    return render(c, deps, { title: t.editMemberTitle(member.name), current: "overview", status: hasErrors ? 422 : 200, hasErrors }, body);
  }

  app.get("/raad/raden/:councilId/leden/:memberId/bewerken", (c) => editPage(c));

  app.post("/raad/raden/:councilId/leden/:memberId/bewerken", async (c) => {
    const form = await postedForm(c, deps);
    const { organisation, council, member } = await memberOf(c);
    const checked = await checkMember(c, organisation, council, form, member.id);
    if (!checked.ok) return editPage(c, checked.errors, form);
    const next = checked.member;
    // Field names only, never the values: the log holds no personal data.
    const changed = (["name", "role", "startedOn", "termNumber", "represents"] as const).filter((key) => next[key] !== member[key]);
    if (changed.length > 0) {
      await db.members.updateMember(member.id, next);
      await audit(c, deps, "update", "member", member.id, { fields: changed });
    }
    return seeOther(c, `/raad/raden/${council.id}?ok=member`);
  });

  app.post("/raad/raden/:councilId/leden/:memberId/verwijderen", async (c) => {
    await postedForm(c, deps);
    const { council } = await councilOf(c, deps);
    const memberId = idParam(c, "memberId");
    // Another council's (or organisation's) member: not found, like every other route.
    if (!(await db.members.removeMember(council.id, memberId))) throw new AppError("not_found", "member not found");
    await audit(c, deps, "delete", "member", memberId);
    return seeOther(c, `/raad/raden/${council.id}`);
  });

  app.post("/raad/raden/:councilId/groepen", async (c) => {
    const form = await postedForm(c, deps);
    const t = councilText(c.get("locale"));
    const { council } = await councilOf(c, deps);
    const name = NameSchema.safeParse(form.groupName ?? "");
    const kind = z.enum(["location", "client_group"]).safeParse(form.groupKind);
    const errors: Record<string, string> = {};
    if (!name.success) errors.groupName = nameError(name, c);
    if (!kind.success) errors.groupKind = t.errors.kind;
    if (!name.success || !kind.success) return councilPage(c, errors, form, "group");
    const group = await db.members.addConstituency({ councilId: council.id, kind: kind.data, name: name.data });
    await audit(c, deps, "create", "constituency", group.id);
    return seeOther(c, `/raad/raden/${council.id}`);
  });

  app.post("/raad/raden/:councilId/groepen/:groupId/verwijderen", async (c) => {
    await postedForm(c, deps);
    const { council } = await councilOf(c, deps);
    const groupId = idParam(c, "groupId");
    if (!(await db.members.removeConstituency(council.id, groupId))) throw new AppError("not_found", "group not found");
    await audit(c, deps, "delete", "constituency", groupId);
    return seeOther(c, `/raad/raden/${council.id}`);
  });

  return app;
}

