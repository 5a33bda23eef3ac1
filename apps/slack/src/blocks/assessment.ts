/**
 * Renders an assessment of a decision text: one section per finding (right, topic, citation, a
 * short explanation, conditions, the words that led to it). The texts come from the domain's view
 * helpers (`explainFinding`, `explainProcedureFinding`); this module only lays them out, escaping
 * every text it puts into mrkdwn.
 */
import type { types } from "@slack/bolt";
import type { Texts } from "../i18n/index.js";
import { bullets, context, escapeMrkdwn, header, section, truncate, type Block } from "./index.js";

/** What `explainFinding` returns, as far as the blocks use it. */
export type FindingView = {
  readonly rightLabel: string;
  readonly topicTitle: string;
  readonly citationText: string;
  readonly explanation: string;
  readonly conditionTexts: readonly string[];
  readonly evidence: readonly string[];
};

/** What `explainProcedureFinding` returns, as far as the blocks use it. */
export type ProcedureView = { readonly title: string; readonly citationText?: string | undefined; readonly explanation: string; readonly caveats?: readonly string[] };

/** How much of the assessed text is quoted back. */
export const QUOTE_MAX = 300;

/**
 * Blocks for one finding; `accessory` is an optional button beside it.
 *
 * @example
 * findingBlocks(nl, { rightLabel: "Instemmingsrecht", topicTitle: "Huisregels", citationText: "art. 8 lid 1 sub a Wmcz 2018", explanation: "…", conditionTexts: [], evidence: ["huisregels"] })[0].type; // "section"
 */
export function findingBlocks(t: Texts, finding: FindingView, accessory?: types.Button): Block[] {
  const e = escapeMrkdwn;
  const lines = [
    `*${e(finding.rightLabel)}: ${e(finding.topicTitle)}*`,
    e(finding.explanation),
    ...(finding.conditionTexts.length > 0 ? [`${t.recht.conditions}\n${bullets(finding.conditionTexts.map(e))}`] : []),
  ];
  const details = [e(finding.citationText), ...(finding.evidence.length > 0 ? [t.recht.evidence(finding.evidence.map((e) => `“${escapeMrkdwn(e)}”`).join(", "))] : [])];
  const main: types.SectionBlock = { ...section(lines.join("\n")), ...(accessory === undefined ? {} : { accessory }) };
  return [main, context(...details)];
}

/**
 * Blocks for a whole assessment: a heading, the quoted text, the findings (or "none") and the
 * procedures.
 */
export function assessmentBlocks(
  t: Texts,
  heading: string,
  text: string,
  findings: readonly { view: FindingView; accessory?: types.Button | undefined }[],
  procedures: readonly ProcedureView[],
  /** The domain's "nothing found" answer (unsolicited advice, who can help); defaults to the app's own. */
  noneText: string = t.recht.none,
): Block[] {
  const quote = escapeMrkdwn(truncate(text.replace(/\s+/g, " ").trim(), QUOTE_MAX));
  return [
    header(heading),
    section(t.recht.quote(quote)),
    ...(findings.length === 0 && procedures.length === 0 ? [section(escapeMrkdwn(noneText))] : []),
    ...findings.flatMap((f) => findingBlocks(t, f.view, f.accessory)),
    ...procedures.flatMap((p) => [
      section(`*${escapeMrkdwn(p.title)}*\n${escapeMrkdwn(p.explanation)}${(p.caveats ?? []).length > 0 ? `\n${bullets((p.caveats ?? []).map(escapeMrkdwn))}` : ""}`),
      ...(p.citationText === undefined ? [] : [context(escapeMrkdwn(p.citationText))]),
    ]),
    context(t.recht.disclaimer),
  ];
}
