/**
 * `lid`: opens a modal with exactly the questions the membership rules need (`questionsFor`). On
 * submit the answers are parsed (`parseAnswers`) and checked (`checkEligibility`); the outcome
 * replaces the modal, so only the user sees it. Nothing is stored.
 */
import type { Locale } from "@raadswerk/domain/calendar";
import {
  checkEligibility,
  describeRules,
  explainAnswerIssue,
  explainReason,
  nextStepText,
  parseAnswers,
  questionsFor,
  type MembershipRules,
  type Question,
} from "@raadswerk/domain/eligibility";
import type { App, types } from "@slack/bolt";
import { bullets, context, escapeMrkdwn, header, plain, section, truncate, type Block, type View } from "../blocks/index.js";
import { today, type Deps } from "../deps.js";
import { texts, type Texts } from "../i18n/index.js";
import type { Subcommand } from "./types.js";

/** The modal's callback id. */
export const LID_SUBMIT = "lid_submit";
const TEXT_MAX = 500;

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

/** The outcome view that replaces the modal. */
export function resultView(t: Texts, locale: Locale, rules: MembershipRules, result: ReturnType<typeof checkEligibility>): View {
  const reasons = result.reasons.map((r) => escapeMrkdwn(explainReason(r, locale)));
  const blocks: Block[] = [
    header(t.lid.verdict[result.verdict]),
    ...(reasons.length > 0 ? [section(bullets(reasons))] : []),
    section(escapeMrkdwn(nextStepText(result.verdict, locale))),
    context(`${t.lid.rules} ${describeRules(rules, locale).map(escapeMrkdwn).join(" ")}`),
  ];
  return { type: "modal", title: plain(t.lid.resultTitle, 24), close: plain(t.lid.close, 24), blocks };
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
      await ack({ response_action: "update", view: resultView(t, locale, rules, result) });
    });
  },
};
