// The organisation's membership rules, edited in a form and validated by the domain's schema.
import { CLIENT_RELATIONS, MembershipRulesSchema, RELATION_KINDS, type MembershipRules, describeRules } from "@raadswerk/domain/eligibility";
import { Hono } from "hono";
import type { AppDeps } from "../server.js";
import { html } from "../views/html.js";
import { type CouncilContext, type CouncilEnv, audit, currentOrganisation, postedForm, render, seeOther } from "./context.js";
import { councilText } from "./i18n/index.js";
import { rulesOf } from "./model.js";
import { type FieldErrors, button, csrfInput, errorSummary, field, heading1, heading2, notice, paragraph, select, textInput } from "./views.js";

const NUMBER_FIELDS = ["minMembers", "maxMembers", "termYears", "maxReappointments", "aspirantMonths", "formerEmployeeYears", "formerClientYears"] as const;

/** Form values → the shape of the domain's rules (strings become numbers where a number is asked). */
function fromForm(form: Readonly<Record<string, string>>): unknown {
  const number = (name: string) => (/^\d{1,3}$/.test((form[name] ?? "").trim()) ? Number(form[name]) : Number.NaN);
  const since = (form.clientsOnlySince ?? "").trim();
  return {
    whoMayJoin: form.whoMayJoin,
    representativeRelations: CLIENT_RELATIONS.filter((relation) => form[`rel_${relation}`] === "yes"),
    exclusions: Object.fromEntries(RELATION_KINDS.map((kind) => [kind, form[`ex_${kind}`]])),
    coolingOff: { formerEmployeeYears: number("formerEmployeeYears"), formerClientYears: number("formerClientYears") },
    certificateOfConductRequired: form.certificateOfConductRequired === "yes",
    minMembers: number("minMembers"),
    maxMembers: number("maxMembers"),
    termYears: number("termYears"),
    maxReappointments: number("maxReappointments"),
    aspirantMonths: number("aspirantMonths"),
    ...(since === "" ? {} : { clientsOnlySince: since }),
  };
}

/** The form's field for a zod issue path. */
function fieldOf(path: readonly PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === "exclusions" && second !== undefined) return `ex_${second}`;
  if (first === "coolingOff" && second !== undefined) return second;
  return first ?? "whoMayJoin";
}

export function rulesRoutes(deps: AppDeps): Hono<CouncilEnv> {
  const app = new Hono<CouncilEnv>();

  async function page(c: CouncilContext, errors: FieldErrors = {}, values?: Readonly<Record<string, string>>) {
    const locale = c.get("locale");
    const t = councilText(locale);
    const organisation = await currentOrganisation(c, deps);
    if (organisation === undefined) return seeOther(c, "/raad");
    const { rules, valid } = rulesOf(organisation);
    const token = c.get("csrfToken");
    const hasErrors = Object.keys(errors).length > 0;
    const value = (name: string, fallback: string) => values?.[name] ?? fallback;
    const checked = (name: string, on: boolean) => ((values === undefined ? on : values[name] === "yes") ? html` checked` : "");
    const numberField = (name: (typeof NUMBER_FIELDS)[number], current: number) =>
      field({ name, label: t[name], error: errors[name] }, textInput(name, value(name, String(current)), { error: errors[name], inputmode: "numeric" }));
    const body = html`${heading1(t.rulesTitle)}
${paragraph(t.rulesIntro)}
${notice(c.req.query("ok") === "saved" ? t.rulesSaved : undefined)}
${valid ? "" : html`<p class="rw-warning">${t.rulesInvalid}</p>`}
${heading2(t.rulesNow)}
<ul class="rw-list">${describeRules(rules, locale).map((line) => html`<li>${line}</li>`)}</ul>
${errorSummary(t, errors)}
<form method="post" action="/raad/regels" class="rw-card">${csrfInput(token)}
${field(
  { name: "whoMayJoin", label: t.whoMayJoin, error: errors.whoMayJoin },
  select("whoMayJoin", value("whoMayJoin", rules.whoMayJoin), (["clients_only", "clients_and_representatives", "anyone_without_conflict"] as const).map((v) => ({ value: v, label: t.whoMayJoinOptions[v] })), errors.whoMayJoin),
)}
<fieldset class="rw-fieldset"><legend>${t.representativeRelations}</legend>
${CLIENT_RELATIONS.map((relation) => html`<div class="rw-option"><input type="checkbox" id="f-rel_${relation}" name="rel_${relation}" value="yes"${checked(`rel_${relation}`, rules.representativeRelations.includes(relation))}><label for="f-rel_${relation}">${t.relations[relation]}</label></div>`)}
</fieldset>
<fieldset class="rw-fieldset"><legend>${t.exclusionsTitle}</legend>
${RELATION_KINDS.map((kind) =>
  field(
    { name: `ex_${kind}`, label: t.exclusionKinds[kind], error: errors[`ex_${kind}`] },
    select(`ex_${kind}`, value(`ex_${kind}`, rules.exclusions[kind]), (["allowed", "excluded", "needs_review"] as const).map((v) => ({ value: v, label: t.policies[v] })), errors[`ex_${kind}`]),
  ),
)}
</fieldset>
${numberField("formerEmployeeYears", rules.coolingOff.formerEmployeeYears)}
${numberField("formerClientYears", rules.coolingOff.formerClientYears)}
<div class="rw-option"><input type="checkbox" id="f-certificateOfConductRequired" name="certificateOfConductRequired" value="yes"${checked("certificateOfConductRequired", rules.certificateOfConductRequired)}><label for="f-certificateOfConductRequired">${t.certificateOfConductRequired}</label></div>
${numberField("minMembers", rules.minMembers)}
${numberField("maxMembers", rules.maxMembers)}
${numberField("termYears", rules.termYears)}
${numberField("maxReappointments", rules.maxReappointments)}
${numberField("aspirantMonths", rules.aspirantMonths)}
${field({ name: "clientsOnlySince", label: t.clientsOnlySince, hint: t.startedOnHint, error: errors.clientsOnlySince }, textInput("clientsOnlySince", value("clientsOnlySince", rules.clientsOnlySince ?? ""), { error: errors.clientsOnlySince, hint: true, inputmode: "numeric" }))}
${button(t.saveRules)}
</form>`;
    return render(c, deps, { title: t.rulesTitle, current: "rules", status: hasErrors ? 422 : 200, hasErrors }, body);
  }

  app.get("/raad/regels", (c) => page(c));

  app.post("/raad/regels", async (c) => {
    const form = await postedForm(c, deps);
    const t = councilText(c.get("locale"));
    const organisation = await currentOrganisation(c, deps);
    if (organisation === undefined) return seeOther(c, "/raad");
    const parsed = MembershipRulesSchema.safeParse(fromForm(form));
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const name = fieldOf(issue.path);
        errors[name] ??= issue.message === "max_below_min" ? t.errors.maxMembers : (NUMBER_FIELDS as readonly string[]).includes(name) ? t.errors.number : t.errors.rules;
      }
      return page(c, errors, form);
    }
    const rules: MembershipRules = parsed.data;
    await deps.store.organisations.updateRules(organisation.id, rules);
    await audit(c, deps, "update", "rules", organisation.id);
    return seeOther(c, "/raad/regels?ok=saved");
  });

  return app;
}
