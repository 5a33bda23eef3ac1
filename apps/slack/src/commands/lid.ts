/**
 * `lid`: opens a modal with exactly the questions the membership rules need (`questionsFor`). On
 * submit the answers are parsed (`parseAnswers`) and checked (`checkEligibility`); the outcome
 * replaces the modal, so only the user sees it. Nothing is stored.
 */
import type { Locale } from "@raadswerk/domain/calendar";
import {
  checkEligibility,
  decisiveReasons,
  eligibilityRuleSetVersion,
  describeRules,
  explainAnswerIssue,
  explainReason,
  nextStepText,
  parseAnswers,
  questionsFor,
  MembershipRulesSchema,
  type MembershipRules,
  type Question,
} from "@raadswerk/domain/eligibility";
import { PersonNameSchema, recruitmentText } from "@raadswerk/domain/recruitment";
import type { App, BlockAction, ButtonAction, types } from "@slack/bolt";
import * as z from "zod";
import { actions, button, bullets, context, escapeMrkdwn, header, plain, section, truncate, type Block, type View } from "../blocks/index.js";
import { today, type Deps } from "../deps.js";
import { texts, type Texts } from "../i18n/index.js";
import type { Subcommand } from "./types.js";

const TEXT_MAX = 500;

/** The modal's callback id. */
export const LID_SUBMIT = "lid_submit";
/** The "register candidate" button in the outcome view. */
export const LID_REGISTER = "lid_register";
/** The registration modal's callback id. */
export const LID_REGISTER_SUBMIT = "lid_register_submit";
const NAME_MAX = 100;
const EmailSchema = z.email().max(200);
const AnswersMetadataSchema = z.record(z.string().max(40), z.string().max(TEXT_MAX));

function element(question: Question, locale: Locale): types.InputBlockElement {
  const options = (question.options ?? []).map((o) => ({ text: plain(o.label[locale], 75), value: o.value }));
  switch (question.kind) {
    case "yes_no":
    case "choice":
      return options.length <= 10 ? { type: "radio_buttons", action_id: "value", options } : { type: "static_select", action_id: "value", options };
    case "date":
      return { type: "datepicker", action_id: "value" };
    case "text":
      return { type: "plain_text_input", action_id: "value", multiline: true, max_length: TEXT_MAX };
  }
}

/**
 * The modal with the questions. Questions shown only after another answer (`showIf`) are optional
 * in the modal; `parseAnswers` asks for them when they apply.
 *
 * @example
 * lidModal(commonPracticeRules, "nl").blocks.length; // one intro section plus one input per question
 */
export function lidModal(rules: MembershipRules, locale: Locale): View {
  const t = texts(locale);
  const inputs: types.InputBlock[] = questionsFor(rules).map((q) => {
    const hint = [q.showIf === undefined ? undefined : t.lid.onlyIf, q.help?.[locale]].filter((h): h is string => h !== undefined).join(" ");
    return {
      type: "input",
      block_id: q.id,
      label: plain(q.label[locale], 2000),
      optional: q.showIf !== undefined || !q.required,
      element: element(q, locale),
      ...(hint.length > 0 ? { hint: plain(hint, 2000) } : {}),
    };
  });
  return {
    type: "modal",
    callback_id: LID_SUBMIT,
    title: plain(t.lid.modalTitle, 24),
    submit: plain(t.lid.submit, 24),
    close: plain(t.lid.close, 24),
    blocks: [section(t.lid.intro), ...inputs],
  };
}

/** The outcome view that replaces the modal; it carries the answers only for the register button. */
export function resultView(t: Texts, locale: Locale, rules: MembershipRules, result: ReturnType<typeof checkEligibility>, answers: Record<string, string>): View {
  const reasons = decisiveReasons(result).map((r) => escapeMrkdwn(explainReason(r, locale)));
  const blocks: Block[] = [
    header(t.lid.verdict[result.verdict]),
    ...(reasons.length > 0 ? [section(bullets(reasons))] : []),
    section(escapeMrkdwn(nextStepText(result.verdict, locale))),
    context(`${t.lid.rules} ${describeRules(rules, locale).map(escapeMrkdwn).join(" ")}`),
    actions("lid_register", [button(t.lid.register, LID_REGISTER, "register")]),
  ];
  return { type: "modal", title: plain(t.lid.resultTitle, 24), close: plain(t.lid.close, 24), private_metadata: JSON.stringify(answers), blocks };
}

function registerModal(t: Texts, vacancies: readonly { id: string; label: string }[], answers: string): View {
  if (vacancies.length === 0) {
    return { type: "modal", title: plain(t.lid.register, 24), close: plain(t.lid.close, 24), blocks: [section(t.lid.noVacancies)] };
  }
  return {
    type: "modal",
    callback_id: LID_REGISTER_SUBMIT,
    title: plain(t.lid.register, 24),
    submit: plain(t.lid.registerSubmit, 24),
    close: plain(t.lid.close, 24),
    private_metadata: answers,
    blocks: [
      section(t.lid.registerIntro),
      {
        type: "input",
        block_id: "vacancy",
        label: plain(t.lid.vacancyLabel, 2000),
        element: { type: "static_select", action_id: "value", options: vacancies.slice(0, 100).map((v) => ({ text: plain(v.label, 75), value: v.id })) },
      },
      { type: "input", block_id: "name", label: plain(t.lid.nameLabel, 2000), element: { type: "plain_text_input", action_id: "value", max_length: NAME_MAX } },
      { type: "input", block_id: "email", label: plain(t.lid.emailLabel, 2000), element: { type: "email_text_input", action_id: "value" } },
      {
        type: "input",
        block_id: "consent",
        label: plain(t.lid.consentLabel, 2000),
        element: { type: "checkboxes", action_id: "value", options: [{ text: plain(t.lid.consentOption, 75), value: "yes" }] },
      },
    ],
  };
}

type RegisterState = Record<
  string,
  Record<string, { value?: string | null; selected_option?: { value: string } | null; selected_options?: { value: string }[] | null }> | undefined
>;

function cleanAnswers(answers: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(answers).filter((e): e is [string, string] => e[1] !== undefined));
}

function safeJson(value: string | undefined): unknown {
  try {
    return JSON.parse(value ?? "") as unknown;
  } catch {
    return undefined;
  }
}

type StateValues = Record<string, Record<string, { value?: string | null; selected_date?: string | null; selected_option?: { value: string } | null }>>;

/**
 * Flat form values from a modal's state, as `parseAnswers` takes them.
 *
 * @example
 * flatAnswers({ volunteer: { value: { selected_option: { value: "no" } } } }); // { volunteer: "no" }
 */
export function flatAnswers(state: StateValues): Record<string, string | undefined> {
  const answers: Record<string, string | undefined> = {};
  for (const [block, actions] of Object.entries(state)) {
    const entry = actions.value;
    const value = entry?.selected_option?.value ?? entry?.selected_date ?? entry?.value ?? undefined;
    if (value !== undefined && value !== null) answers[block] = truncate(value, TEXT_MAX);
  }
  return answers;
}

/** `lid`. */
export const lid: Subcommand = {
  name: "lid",
  async run({ client, triggerId, locale, deps }) {
    await client.views.open({ trigger_id: triggerId, view: lidModal(await deps.organisation.membershipRules(), locale) });
    return undefined;
  },
  register(app: App, deps: Deps) {
    app.view(LID_SUBMIT, async ({ ack, view, body, client }) => {
      const rules = await deps.organisation.membershipRules();
      const locale = await deps.locale(client, body.user.id);
      const t = texts(locale);
      const parsed = parseAnswers(rules, flatAnswers(view.state.values));
      if (!parsed.success) {
        const errors = Object.fromEntries(parsed.issues.map((issue) => [issue.field, truncate(explainAnswerIssue(issue, locale), 150)]));
        await ack({ response_action: "errors", errors });
        return;
      }
      const result = checkEligibility(parsed.data, rules, { today: today(deps) });
      await ack({ response_action: "update", view: resultView(t, locale, rules, result, cleanAnswers(flatAnswers(view.state.values))) });
    });

    app.action<BlockAction<ButtonAction>>(LID_REGISTER, async ({ ack, body, client }) => {
      await ack();
      const locale = await deps.locale(client, body.user.id);
      const vacancies = await deps.candidates.openVacancies(today(deps));
      await client.views.push({ trigger_id: body.trigger_id, view: registerModal(texts(locale), vacancies, body.view?.private_metadata ?? "{}") });
    });

    app.view(LID_REGISTER_SUBMIT, async ({ ack, view, body, client }) => {
      const locale = await deps.locale(client, body.user.id);
      const t = texts(locale);
      const state = view.state.values as RegisterState;
      const vacancyId = state.vacancy?.value?.selected_option?.value ?? "";
      const name = (state.name?.value?.value ?? "").trim();
      const email = (state.email?.value?.value ?? "").trim();
      const consent = (state.consent?.value?.selected_options ?? []).some((o) => o.value === "yes");
      const vacancy = (await deps.candidates.openVacancies(today(deps))).find((v) => v.id === vacancyId);
      const answers = AnswersMetadataSchema.safeParse(safeJson(view.private_metadata));
      const errors: Record<string, string> = {};
      if (vacancy === undefined) errors.vacancy = t.lid.vacancyGone;
      // The domain's name rule: no control or bidi-override characters, at least one visible letter.
      const nameCheck = PersonNameSchema.safeParse(name);
      if (!nameCheck.success) {
        const code = nameCheck.error.issues[0]?.message;
        errors.name = code === "name_without_letter" || code === "text_unsafe_characters" ? recruitmentText({ code }, locale) : t.lid.nameMissing;
      }
      if (!EmailSchema.safeParse(email).success) errors.email = t.lid.emailInvalid;
      if (!consent) errors.consent = t.lid.consentMissing;
      // The vacancy's organisation may have other rules than the check used: check again with its rules.
      const rules = vacancy === undefined ? undefined : MembershipRulesSchema.safeParse(vacancy.rules);
      const ruleSet = rules?.success === true ? rules.data : await deps.organisation.membershipRules();
      const parsed = answers.success ? parseAnswers(ruleSet, answers.data) : undefined;
      if (vacancy !== undefined && parsed?.success !== true) errors.vacancy = t.lid.answersDoNotFit;
      if (Object.keys(errors).length > 0 || vacancy === undefined || parsed?.success !== true || !answers.success) {
        await ack({ response_action: "errors", errors });
        return;
      }
      const result = checkEligibility(parsed.data, ruleSet, { today: today(deps) });
      const done = { response_action: "update" as const, view: { type: "modal" as const, title: plain(t.lid.register, 24), close: plain(t.lid.close, 24), blocks: [section(t.lid.registered)] } };
      // A replayed submission (same view and hash) gets the same answer and stores nothing again.
      if (!(await deps.store.firstTime("lid_register", `${view.id}:${view.hash}`, deps.now()))) {
        await ack(done);
        return;
      }
      await deps.candidates.register({
        vacancyId: vacancy.id,
        outcome: result.verdict,
        reasons: result.reasons,
        ruleSetVersion: eligibilityRuleSetVersion(ruleSet),
        answers: answers.data,
        name: name.slice(0, NAME_MAX),
        email,
        locale,
        consentedAt: deps.now(),
      });
      deps.logger.info(`candidate_registered outcome=${result.verdict}`);
      await ack(done);
    });
  },
};
