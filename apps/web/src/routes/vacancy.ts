// Vacancy page, application form and its outcome: verify → safeParse → domain → store → render.
import {
  type MembershipRules,
  MembershipRulesSchema,
  checkEligibility,
  decisiveReasons,
  eligibilityRuleSetVersion,
  describeRules,
  explainReason,
  nextStepText,
  questionsFor,
} from "@raadswerk/domain/eligibility";
import { todayInNetherlands } from "@raadswerk/domain/calendar";
import { firstYearCommitment, roleProfiles } from "@raadswerk/domain/recruitment";
import type { VacancyPage } from "@raadswerk/storage";
import { type Context, Hono } from "hono";
import { AppError } from "../errors.js";
import { type FieldError, validateApplication } from "../forms/application.js";
import { readForm } from "../forms/read-form.js";
import { type Locale, ui } from "../i18n/index.js";
import { verifyCsrf } from "../security/csrf.js";
import { clientAddress } from "../security/client-address.js";
import { enforceRateLimit } from "../security/rate-limit.js";
import type { AppDeps, AppEnv } from "../server.js";
import { applyFormView } from "../views/apply.js";
import { outcomeView } from "../views/outcome.js";
import { roleSections, vacancyView } from "../views/vacancy.js";
import { page } from "./render.js";

/** The organisation's rules, validated: stored rules that no longer parse are our fault, not the visitor's. */
function rulesOf(vacancyPage: VacancyPage): MembershipRules {
  const parsed = MembershipRulesSchema.safeParse(vacancyPage.organisation.membershipRules);
  if (!parsed.success) throw new AppError("internal", "stored membership rules do not parse");
  return parsed.data;
}

function isOpen(vacancyPage: VacancyPage, today: string): boolean {
  const { status, closesOn } = vacancyPage.vacancy;
  return status === "open" && (closesOn === null || today <= closesOn);
}

export function vacancyRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const load = async (slug: string): Promise<VacancyPage> => {
    const found = await deps.store.vacancies.page(slug);
    if (found === undefined) throw new AppError("not_found", "unknown vacancy");
    return found;
  };

  const renderForm = (c: Context<AppEnv>, vacancyPage: VacancyPage, rules: MembershipRules, values: Readonly<Record<string, string | undefined>>, errors: readonly FieldError[]) => {
    const locale: Locale = c.get("locale");
    return page(
      c,
      deps,
      { title: ui(locale).applyTitle(vacancyPage.vacancy.title), current: "vacancies", demo: vacancyPage.organisation.isDemo, script: true, hasErrors: errors.length > 0 },
      applyFormView({
        locale,
        vacancy: vacancyPage.vacancy,
        questions: questionsFor(rules),
        rulesJson: JSON.stringify(rules),
        csrfToken: c.get("csrfToken"),
        values,
        errors,
        retentionDays: deps.settings.RETENTION_DAYS,
        maxAgeDays: deps.settings.APPLICATION_MAX_AGE_DAYS,
      }),
      errors.length > 0 ? 422 : 200,
    );
  };

  app.get("/vacatures/:slug", async (c) => {
    const locale = c.get("locale");
    const vacancyPage = await load(c.req.param("slug"));
    const rules = rulesOf(vacancyPage);
    const profile = roleProfiles.find((p) => p.role === vacancyPage.vacancy.role);
    const commitment = profile === undefined ? undefined : firstYearCommitment(profile);
    return page(
      c,
      deps,
      { title: vacancyPage.vacancy.title, current: "vacancies", demo: vacancyPage.organisation.isDemo },
      vacancyView({
        locale,
        page: vacancyPage,
        roleSections: commitment === undefined ? [] : roleSections(commitment.text[locale]),
        whoMayJoin: describeRules(rules, locale),
        isOpen: isOpen(vacancyPage, deps.today()),
      }),
    );
  });

  app.get("/vacatures/:slug/aanmelden", async (c) => {
    const vacancyPage = await load(c.req.param("slug"));
    if (!isOpen(vacancyPage, deps.today())) throw new AppError("vacancy_closed", "form of closed vacancy");
    return renderForm(c, vacancyPage, rulesOf(vacancyPage), {}, []);
  });

  app.post("/vacatures/:slug/aanmelden", async (c) => {
    const locale = c.get("locale");
    const form = await readForm(c);
    verifyCsrf(c, form, { secret: deps.settings.SESSION_SECRET, publicOrigin: deps.settings.PUBLIC_ORIGIN });
    const vacancyPage = await load(c.req.param("slug"));
    // One reading of the clock per application: the day checked, the limit counted and the row stamped agree.
    const now = deps.now();
    const today = todayInNetherlands(now);
    if (!isOpen(vacancyPage, today)) throw new AppError("vacancy_closed", "application for closed vacancy");
    await enforceRateLimit(deps.store, {
      bucket: "apply",
      address: clientAddress(c, deps.settings.TRUST_PROXY),
      secret: deps.settings.SESSION_SECRET,
      limit: { max: deps.settings.APPLY_RATE_LIMIT, windowSeconds: deps.settings.APPLY_RATE_WINDOW_SECONDS },
      now,
    });
    const rules = rulesOf(vacancyPage);
    const checked = validateApplication(rules, questionsFor(rules), form, locale);
    if (!checked.ok) return renderForm(c, vacancyPage, rules, form, checked.errors);

    const result = checkEligibility(checked.candidate, rules, { today });
    await deps.store.applications.create({
      vacancyId: vacancyPage.vacancy.id,
      outcome: result.verdict,
      reasons: result.reasons,
      ruleSetVersion: eligibilityRuleSetVersion(rules),
      answers: checked.answers,
      name: checked.contact.name,
      email: checked.contact.email,
      phone: checked.contact.phone,
      motivation: checked.contact.motivation,
      availability: checked.contact.availability,
      locale,
      consentedAt: now,
      createdAt: now,
    });
    deps.log.info("application stored", { outcome: result.verdict, reasons: result.reasons.length });
    return page(
      c,
      deps,
      { title: ui(locale).outcomeTitle[result.verdict], current: "vacancies", demo: vacancyPage.organisation.isDemo },
      outcomeView({
        locale,
        vacancyTitle: vacancyPage.vacancy.title,
        verdict: result.verdict,
        reasons: decisiveReasons(result).map((reason) => explainReason(reason, locale)),
        nextStep: nextStepText(result.verdict, locale),
      }),
    );
  });

  return app;
}
