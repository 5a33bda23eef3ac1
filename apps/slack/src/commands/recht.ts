/**
 * `recht <tekst>`: the rights a proposed decision touches (`assessDecision`), each with topic,
 * citation and a short explanation (`explainFinding`); per right a button to show the procedure
 * with dates and one to follow the request.
 */
import type { Locale } from "@raadswerk/domain/calendar";
import {
  assessDecision,
  explainFinding,
  explainNothingFound,
  explainPlan,
  explainProcedureFinding,
  planProcedure,
  type Assessment,
  type ProcedureKind,
  type Right,
} from "@raadswerk/domain/wmcz";
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { assessmentBlocks } from "../blocks/assessment.js";
import { actions, button, reply, section, truncate, type Block } from "../blocks/index.js";
import { planBlocks } from "../blocks/plan.js";
import { today, type Deps } from "../deps.js";
import { texts, type Texts } from "../i18n/index.js";
import { followButton } from "../reminders/index.js";
import { formatDate } from "./parse.js";
import type { Subcommand } from "./types.js";

/** The action id of the "show the procedure" button. */
export const SHOW_PROCEDURE = "show_procedure";
/** Longest text that is assessed (a long paste is cut, not refused). */
export const ASSESS_MAX = 5000;
const RIGHTS: readonly Right[] = ["advice", "consent"];

/**
 * Blocks for an assessment; with `buttons`, per right found a button to show the procedure and one
 * to follow the request.
 */
export function rechtBlocks(t: Texts, locale: Locale, text: string, assessment: Assessment, buttons: boolean): Block[] {
  const findings = assessment.findings.map((f) => ({ view: explainFinding(f, locale) }));
  const procedures = assessment.procedures.map((p) => explainProcedureFinding(p, locale));
  const nothing = explainNothingFound(locale);
  const blocks = assessmentBlocks(t, t.recht.heading, text, findings, procedures, nothing.text);
  if (!buttons) return blocks;
  const title = truncate(text.replace(/\s+/g, " ").trim(), 80);
  const rights = RIGHTS.filter((r) => assessment.findings.some((f) => f.right === r));
  const rows = rights.map((right) =>
    actions(`recht_${right}`, [
      button(`${t.recht.showProcedure}: ${t.rights[right].toLowerCase()}`, SHOW_PROCEDURE, right),
      followButton(t, { right, topics: assessment.findings.filter((f) => f.right === right).map((f) => f.topic), title }),
    ]),
  );
  // The council's own route is always open: unsolicited advice (art. 9).
  rows.push(actions("recht_unsolicited", [button(`${t.recht.showProcedure}: ${nothing.routeLabel.toLowerCase()}`, SHOW_PROCEDURE, "unsolicited-advice")]));
  // Buttons go before the closing disclaimer.
  return [...blocks.slice(0, -1), ...rows, ...blocks.slice(-1)];
}

/** `recht`. */
export const recht: Subcommand = {
  name: "recht",
  async run({ rest, t, locale, deps }) {
    const text = rest.trim().slice(0, ASSESS_MAX);
    if (text.length === 0) return reply([section(t.recht.missingText(deps.settings.command))]);
    // Whether the instelling is set up for long-term stay comes from the organisation's settings (unknown: with its condition).
    const longTermStay = await deps.organisation.longTermStay();
    const assessment = assessDecision(text, longTermStay === undefined ? {} : { longTermStay });
    return reply(rechtBlocks(t, locale, text, assessment, true), t.recht.heading);
  },
  register(app: App, deps: Deps) {
    app.action<BlockAction<ButtonAction>>(SHOW_PROCEDURE, async ({ ack, action, body, client, respond }) => {
      await ack();
      const right: ProcedureKind = action.value === "consent" ? "consent" : action.value === "unsolicited-advice" ? "unsolicited-advice" : "advice";
      const locale = await deps.locale(client, body.user.id);
      const t = texts(locale);
      const day = today(deps);
      const settings = await deps.organisation.procedureSettings();
      const plan = planProcedure({ right, sentOn: day, ...(settings === undefined ? {} : { settings }) });
      const blocks = planBlocks(t.termijn.heading(right === "unsolicited-advice" ? t.termijn.unsolicited : t.termijn[right], formatDate(day, locale)), explainPlan(plan, locale), locale, t.termijn.settingsNote);
      await respond({ response_type: "ephemeral", replace_original: false, text: t.termijn.heading(right === "unsolicited-advice" ? t.termijn.unsolicited : t.termijn[right], formatDate(day, locale)), blocks });
    });
  },
};
