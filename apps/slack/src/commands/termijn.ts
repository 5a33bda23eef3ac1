/**
 * `termijn <advies|instemming|ongevraagd> <datum>`: the procedure dates (`planProcedure`), from the
 * organisation's settings, in words (`explainPlan`). `ongevraagd` is the council's own unsolicited
 * advice (art. 9): no answer date, the organisation decides as soon as possible.
 */
import type { CalendarDate } from "@raadswerk/domain/calendar";
import { explainPlan, planProcedure, type ProcedureKind } from "@raadswerk/domain/wmcz";
import { escapeMrkdwn, reply, section, truncate } from "../blocks/index.js";
import { planBlocks } from "../blocks/plan.js";
import { formatDate, parseDate } from "./parse.js";
import type { Subcommand } from "./types.js";

const RIGHT_WORDS: Readonly<Record<string, ProcedureKind>> = {
  ongevraagd: "unsolicited-advice",
  "ongevraagd-advies": "unsolicited-advice",
  unsolicited: "unsolicited-advice",
  advies: "advice",
  adviesrecht: "advice",
  advice: "advice",
  instemming: "consent",
  instemmingsrecht: "consent",
  consent: "consent",
};

/** Words before the provider's planned decision date. */
const DECISION_WORDS: readonly string[] = ["besluit", "decision"];

/** What `termijn` was given, or what is wrong with it. */
export type TermijnInput =
  | { readonly ok: true; readonly right: ProcedureKind; readonly sentOn: CalendarDate; readonly plannedDecisionOn?: CalendarDate }
  | { readonly ok: false; readonly problem: "usage" | "right" | "date"; readonly word: string };

/**
 * Reads `<right> [<date>] [besluit <date>]`; the request date defaults to today. The optional
 * planned decision date asks the domain whether the request leaves the council its full period.
 *
 * @example
 * parseTermijn("instemming 15-12-2026", "2026-11-23", ["vandaag"]); // { ok: true, right: "consent", sentOn: "2026-12-15" }
 * parseTermijn("advies vandaag besluit 1-1-2027", "2026-11-23", ["vandaag"]);
 * // { ok: true, right: "advice", sentOn: "2026-11-23", plannedDecisionOn: "2027-01-01" }
 */
export function parseTermijn(text: string, day: CalendarDate, todayWords: readonly string[]): TermijnInput {
  const [first = "", second, ...rest] = text.trim().split(/\s+/).filter((w) => w.length > 0);
  const decisionAt = rest.findIndex((w) => DECISION_WORDS.includes(w.toLowerCase()));
  const extra = decisionAt === -1 ? rest : [...rest.slice(0, decisionAt), ...rest.slice(decisionAt + 2)];
  const decisionWord = decisionAt === -1 ? undefined : (rest[decisionAt + 1] ?? "");
  const right = Object.hasOwn(RIGHT_WORDS, first.toLowerCase()) ? RIGHT_WORDS[first.toLowerCase()] : undefined;
  if (first.length === 0) return { ok: false, problem: "usage", word: "" };
  if (right === undefined) return { ok: false, problem: "right", word: first };
  const sentOn = second === undefined ? day : parseDate(second, day, todayWords);
  if (sentOn === undefined || extra.length > 0) return { ok: false, problem: "date", word: [second ?? "", ...extra].join(" ") };
  if (decisionWord === undefined) return { ok: true, right, sentOn };
  const plannedDecisionOn = parseDate(decisionWord, day, todayWords);
  if (plannedDecisionOn === undefined) return { ok: false, problem: "date", word: decisionWord };
  return { ok: true, right, sentOn, plannedDecisionOn };
}

/** `termijn`. */
export const termijn: Subcommand = {
  name: "termijn",
  async run({ rest, t, locale, today, deps }) {
    const command = deps.settings.command;
    const parsed = parseTermijn(rest, today, t.today);
    if (!parsed.ok) {
      const word = escapeMrkdwn(truncate(parsed.word, 40)).replace(/`/g, "'");
      const first = parsed.problem === "usage" ? t.termijn.usage(command) : parsed.problem === "right" ? t.termijn.badRight(word) : t.termijn.badDate(word);
      return reply([section(first), section(t.termijn.usage(command))], first);
    }
    const settings = await deps.organisation.procedureSettings();
    const plan = planProcedure({
      right: parsed.right,
      sentOn: parsed.sentOn,
      ...(settings === undefined ? {} : { settings }),
      ...(parsed.plannedDecisionOn === undefined ? {} : { plannedDecisionOn: parsed.plannedDecisionOn }),
    });
    const heading = t.termijn.heading(parsed.right === "unsolicited-advice" ? t.termijn.unsolicited : t.termijn[parsed.right], formatDate(parsed.sentOn, locale));
    return reply(planBlocks(heading, explainPlan(plan, locale), locale, t.termijn.settingsNote), heading);
  },
};
