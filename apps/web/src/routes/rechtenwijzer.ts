// The Rechtenwijzer: verify → safeParse → assessDecision / planProcedure → render.
import { CalendarDateSchema } from "@raadswerk/domain/calendar";
import { assessDecision, explainFinding, explainNothingFound, explainPlan, explainProcedureFinding, planProcedure } from "@raadswerk/domain/wmcz";
import { type Context, Hono } from "hono";
import * as z from "zod";
import { readForm } from "../forms/read-form.js";
import { formatDate, ui } from "../i18n/index.js";
import { verifyCsrf } from "../security/csrf.js";
import type { AppDeps, AppEnv } from "../server.js";
import { type RightsModel, rightsView } from "../views/rechtenwijzer.js";
import { page } from "./render.js";

/** Longest decision text we check (characters). */
export const MAX_DECISION_LENGTH = 10_000;

const RightsFormSchema = z.object({
  text: z.string().trim().min(1, { error: "text_required" }).max(MAX_DECISION_LENGTH, { error: "text_too_long" }),
  // Three answers; "weet ik niet" (the default) keeps long-stay findings with their condition.
  longTermStay: z.enum(["yes", "no", "unknown"]).catch("unknown").default("unknown"),
  requestDate: CalendarDateSchema,
});

export function rightsRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const base = (c: Context<AppEnv>) => ({ title: ui(c.get("locale")).rightsTitle, current: "rights" as const });

  app.get("/rechtenwijzer", (c) =>
    page(
      c,
      deps,
      base(c),
      rightsView({ locale: c.get("locale"), csrfToken: c.get("csrfToken"), values: { text: "", longTermStay: "unknown", requestDate: deps.today() }, errors: [], maxLength: MAX_DECISION_LENGTH }),
    ),
  );

  app.post("/rechtenwijzer", async (c) => {
    const locale = c.get("locale");
    const t = ui(locale);
    const form = await readForm(c);
    verifyCsrf(c, form, { secret: deps.settings.SESSION_SECRET, publicOrigin: deps.settings.PUBLIC_ORIGIN });
    const stay = form.longTermStay === "yes" || form.longTermStay === "no" ? form.longTermStay : "unknown";
    const values = { text: form.text ?? "", longTermStay: stay, requestDate: form.requestDate ?? "" } as const;
    const model: Omit<RightsModel, "errors"> = { locale, csrfToken: c.get("csrfToken"), values, maxLength: MAX_DECISION_LENGTH };
    const parsed = RightsFormSchema.safeParse(values.text === "" ? { ...form, text: "" } : form);
    if (!parsed.success) {
      const errors: RightsModel["errors"][number][] = [];
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === "requestDate" ? "requestDate" : "text";
        if (errors.some((e) => e.field === field)) continue;
        const message = field === "requestDate" ? t.dateInvalid : issue.message === "text_too_long" ? t.textTooLong(MAX_DECISION_LENGTH) : t.textRequired;
        errors.push({ field, message });
      }
      return page(c, deps, { ...base(c), hasErrors: true }, rightsView({ ...model, errors }), 422);
    }
    const { text, longTermStay, requestDate } = parsed.data;
    const assessment = assessDecision(text, longTermStay === "unknown" ? {} : { longTermStay: longTermStay === "yes" });
    const findings = assessment.findings.map((finding) => {
      const words = explainFinding(finding, locale);
      const plan = explainPlan(planProcedure({ right: finding.right, sentOn: requestDate }), locale);
      return {
        ...words,
        steps: plan.steps.map((step) => ({ text: step.text, ...(step.citationText === undefined ? {} : { citationText: step.citationText }) })),
        ...(plan.inTimeText === undefined ? {} : { inTimeText: plan.inTimeText }),
      };
    });
    const procedures = assessment.procedures.map((p) => explainProcedureFinding(p, locale));
    // The council's own route, always open to it: unsolicited advice (art. 9).
    const nothing = explainNothingFound(locale);
    const unsolicitedPlan = explainPlan(planProcedure({ right: "unsolicited-advice", sentOn: requestDate }), locale);
    const unsolicited = {
      label: nothing.routeLabel,
      citationText: nothing.citationText,
      steps: unsolicitedPlan.steps.map((step) => ({ text: step.text, ...(step.citationText === undefined ? {} : { citationText: step.citationText }) })),
    };
    return page(
      c,
      deps,
      base(c),
      rightsView({ ...model, errors: [], result: { findings, procedures, requestDateText: formatDate(requestDate, locale), noneText: nothing.text, unsolicited } }),
    );
  });

  return app;
}
