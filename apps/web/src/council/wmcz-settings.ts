// The organisation's Wmcz settings: whether the instelling is set up for long-term stay, and the
// answer periods from its participation regulation. Stored in `organisation_settings`
// (migration 150); the Slack app reads the same table. Validated with the domain's schemas.
import { type ProcedureSettings, ProcedureSettingsSchema, PeriodUnitSchema, COMMON_PRACTICE_ANSWER_PERIOD } from "@raadswerk/domain/wmcz";
import { organisationSettingsStore, type Organisation } from "@raadswerk/storage";
import { Hono } from "hono";
import * as z from "zod";
import type { AppDeps } from "../server.js";
import { html } from "../views/html.js";
import { type CouncilContext, type CouncilEnv, audit, currentOrganisation, postedForm, render, seeOther } from "./context.js";
import { councilText } from "./i18n/index.js";
import { type FieldErrors, button, csrfInput, errorSummary, field, heading1, notice, paragraph, select, textInput } from "./views.js";

/** The settings as the apps use them: `undefined` where the organisation has not said. */
export type WmczSettings = { readonly longTermStay: boolean | undefined; readonly procedureSettings: ProcedureSettings | undefined };

/**
 * The organisation's Wmcz settings: the settings table first; for the periods the older
 * `organisations.procedure_settings` column when the table has none. Invalid stored values fall
 * back to "not known" / common practice.
 */
export async function wmczSettingsOf(deps: AppDeps, organisation: Organisation): Promise<WmczSettings> {
  const stored = await organisationSettingsStore(deps.store).get(organisation.id);
  const periods = ProcedureSettingsSchema.safeParse(stored === undefined ? organisation.procedureSettings : stored.procedureSettings);
  return { longTermStay: stored?.longTermStay ?? undefined, procedureSettings: periods.success ? periods.data : undefined };
}

const UNITS = PeriodUnitSchema.options;
const AmountSchema = z.string().trim().regex(/^\d{0,3}$/);

/** Form → settings; both periods filled in, or both empty (common practice). */
function fromForm(form: Readonly<Record<string, string>>): { success: true; data: { longTermStay: boolean | null; procedureSettings: ProcedureSettings | null } } | { success: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const stay = form.longTermStay === "yes" ? true : form.longTermStay === "no" ? false : null;
  const advice = AmountSchema.safeParse(form.adviceAmount ?? "");
  const consent = AmountSchema.safeParse(form.consentAmount ?? "");
  if (!advice.success) errors.adviceAmount = "number";
  if (!consent.success) errors.consentAmount = "number";
  if (!advice.success || !consent.success) return { success: false, errors };
  if (advice.data === "" && consent.data === "") return { success: true, data: { longTermStay: stay, procedureSettings: null } };
  if (advice.data === "" || consent.data === "") {
    errors[advice.data === "" ? "adviceAmount" : "consentAmount"] = "both";
    return { success: false, errors };
  }
  const parsed = ProcedureSettingsSchema.safeParse({
    adviceAnswerPeriod: { amount: Number(advice.data), unit: form.adviceUnit },
    consentAnswerPeriod: { amount: Number(consent.data), unit: form.consentUnit },
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[issue.path[0] === "consentAnswerPeriod" ? "consentAmount" : "adviceAmount"] ??= "number";
    return { success: false, errors };
  }
  return { success: true, data: { longTermStay: stay, procedureSettings: parsed.data } };
}

export function wmczSettingsRoutes(deps: AppDeps): Hono<CouncilEnv> {
  const app = new Hono<CouncilEnv>();

  async function page(c: CouncilContext, errors: FieldErrors = {}, values?: Readonly<Record<string, string>>) {
    const locale = c.get("locale");
    const t = councilText(locale);
    const organisation = await currentOrganisation(c, deps);
    if (organisation === undefined) return seeOther(c, "/raad");
    const current = await wmczSettingsOf(deps, organisation);
    const stay = values?.longTermStay ?? (current.longTermStay === undefined ? "unknown" : current.longTermStay ? "yes" : "no");
    const period = (kind: "advice" | "consent") => (kind === "advice" ? current.procedureSettings?.adviceAnswerPeriod : current.procedureSettings?.consentAnswerPeriod);
    const amount = (kind: "advice" | "consent") => values?.[`${kind}Amount`] ?? String(period(kind)?.amount ?? "");
    const unit = (kind: "advice" | "consent") => values?.[`${kind}Unit`] ?? period(kind)?.unit ?? COMMON_PRACTICE_ANSWER_PERIOD.unit;
    const units = UNITS.map((u) => ({ value: u, label: t.settingsUnits[u] }));
    const hasErrors = Object.keys(errors).length > 0;
    const periodFields = (kind: "advice" | "consent") => html`<fieldset class="rw-fieldset"><legend>${kind === "advice" ? t.settingsAdvicePeriod : t.settingsConsentPeriod}</legend>
${field({ name: `${kind}Amount`, label: t.settingsAmount, hint: t.settingsAmountHint, error: errors[`${kind}Amount`] }, textInput(`${kind}Amount`, amount(kind), { error: errors[`${kind}Amount`], hint: true, inputmode: "numeric" }))}
${field({ name: `${kind}Unit`, label: t.settingsUnit }, select(`${kind}Unit`, unit(kind), units))}
</fieldset>`;
    const body = html`${heading1(t.settingsTitle)}
${paragraph(t.settingsIntro)}
${notice(c.req.query("ok") === "saved" ? t.settingsSaved : undefined)}
${errorSummary(t, errors)}
<form method="post" action="/raad/instellingen" class="rw-card">${csrfInput(c.get("csrfToken"))}
<fieldset class="rw-fieldset" aria-describedby="h-longTermStay"><legend>${t.settingsLongTermStay}</legend>
<span class="rw-hint" id="h-longTermStay">${t.settingsLongTermStayHint}</span>
${(["yes", "no", "unknown"] as const).map(
  (value) => html`<div class="rw-option"><input type="radio" id="f-longTermStay-${value}" name="longTermStay" value="${value}"${stay === value ? html` checked` : ""}><label for="f-longTermStay-${value}">${t.settingsLongTermStayOptions[value]}</label></div>`,
)}
</fieldset>
${periodFields("advice")}
${periodFields("consent")}
${button(t.settingsSave)}
</form>`;
    return render(c, deps, { title: t.settingsTitle, current: "settings", status: hasErrors ? 422 : 200, hasErrors }, body);
  }

  app.get("/raad/instellingen", (c) => page(c));

  app.post("/raad/instellingen", async (c) => {
    const form = await postedForm(c, deps);
    const t = councilText(c.get("locale"));
    const organisation = await currentOrganisation(c, deps);
    if (organisation === undefined) return seeOther(c, "/raad");
    const parsed = fromForm(form);
    if (!parsed.success) {
      const errors = Object.fromEntries(Object.entries(parsed.errors).map(([name, code]) => [name, code === "both" ? t.settingsBothPeriods : t.errors.number]));
      return page(c, errors, form);
    }
    await organisationSettingsStore(deps.store).save(organisation.id, { ...parsed.data, now: deps.now() });
    await audit(c, deps, "update", "rules", organisation.id, { what: "wmcz_settings" });
    return seeOther(c, "/raad/instellingen?ok=saved");
  });

  return app;
}
