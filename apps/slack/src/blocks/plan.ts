/**
 * Renders a procedure plan: each step with its date and source, as `explainPlan` words them.
 */
import type { Locale } from "@raadswerk/domain/calendar";
import type { PlanView } from "@raadswerk/domain/wmcz";
import { formatDate } from "../commands/parse.js";
import { context, escapeMrkdwn, header, section, type Block } from "./index.js";

/**
 * Blocks for a plan under a heading.
 *
 * @example
 * planBlocks("Procedure", explainPlan(planProcedure({ right: "advice", sentOn: "2026-11-23" }), "nl"), "nl")[0].type; // "header"
 */
export function planBlocks(heading: string, plan: PlanView, locale: Locale, note?: string): Block[] {
  // The step texts carry their own dates ("4 januari 2027: …"); the date is set in bold.
  const steps = plan.steps.map((step) => {
    const source = step.citationText === undefined ? "" : `\n_${escapeMrkdwn(step.citationText)}_`;
    const text = escapeMrkdwn(step.text);
    const date = step.date === undefined ? undefined : formatDate(step.date, locale);
    const bold = date !== undefined && text.startsWith(`${date}:`) ? `*${date}*${text.slice(date.length)}` : text;
    return section(`${bold}${source}`);
  });
  return [
    header(heading),
    ...steps,
    ...(plan.inTimeText === undefined ? [] : [section(escapeMrkdwn(plan.inTimeText))]),
    ...(note === undefined ? [] : [context(note)]),
  ];
}
