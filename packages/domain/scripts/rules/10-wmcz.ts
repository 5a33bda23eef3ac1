// RULES.md section for the Wmcz 2018 area: every topic and procedure with its citation, status,
// statute wording and sources; the procedure steps (read from the same step table as
// planProcedure); who must have a council; and what assessDecision answers for each example.
import { type Citation, formatCitation, type Source } from "../../src/_lib/citation/index.js";
import {
  assessDecision,
  COMMON_PRACTICE_ANSWER_PERIOD,
  COUNCIL_THRESHOLDS,
  PROCEDURE_STEPS,
  procedures,
  RULE_SET_VERSION,
  SOURCES,
  topics,
  VOLUNTARY_COUNCIL,
} from "../../src/wmcz/index.js";

const cell = (text: string): string => text.replaceAll("|", "\\|").replaceAll("\n", " ");
const KIND: Record<Source["kind"], string> = {
  "statute-text": "statute text",
  "bill-as-amended": "bill as amended",
  "explanatory-memorandum": "explanatory memorandum",
  secondary: "secondary",
};
const sourceIds = new Map<Source, string>((Object.entries(SOURCES) as [string, Source][]).map(([id, source]) => [source, id]));
const sourcesOf = (citation: Citation | undefined): string =>
  citation?.sources?.map((s) => `\`${sourceIds.get(s) ?? s.address}\``).join(", ") || "—";
const cite = (citation: Citation | undefined): string => (citation === undefined ? "—" : `${formatCitation(citation)} (${citation.status})`);

export default function wmczSection(): string {
  const lines: string[] = [];
  lines.push(`## Wmcz 2018 — rights engine (rule set \`${RULE_SET_VERSION}\`)`, "");
  lines.push(
    "Column *sources* names the sources listed under *Sources* below. No source is the consolidated statute text (not readable when",
    "the law note was written); *statute wording* is the bill's wording as reproduced word for word by the sources, where the note gives it.",
    "",
  );
  lines.push("### Advice and consent topics", "");
  lines.push("| topic | right | citation | status | conditions | statute wording | sources | examples |", "|---|---|---|---|---|---|---|---|");
  for (const topic of topics) {
    const conditions = topic.conditions.map((c) => c.code).join(", ") || "—";
    const wording = topic.wording === undefined ? "— (not given in the note)" : `*${cell(topic.wording)}*`;
    lines.push(
      `| \`${topic.id}\` ${cell(topic.title.nl)} | ${topic.right} | ${formatCitation(topic.citation)} | ${topic.citation.status} | ${conditions} | ${wording} | ${sourcesOf(topic.citation)} | ${topic.examples.map(cell).join("; ")} |`,
    );
  }
  lines.push("", "Conditions: `long_term_stay_only` — only for an *instelling* set up for long-term stay (art. 7 h and i; social plan and room layout by the bill as amended);");
  lines.push("`general_policy_only` — only if the decision is general policy (a one-off operational change is not in itself);");
  lines.push("`independent_support_only` — found from *ambtelijk secretaris*: only if that person gives the council its independent support.");
  lines.push("", "### Other Wmcz procedures (reported apart from advice and consent)", "");
  lines.push("| procedure | citation | status | also relies on | caveats (status) | sources | examples |", "|---|---|---|---|---|---|---|");
  for (const procedure of procedures) {
    const related = procedure.related.map((c) => formatCitation(c)).join("; ") || "—";
    const caveats = procedure.caveats.map((c) => `${cell(c.text.en)} (${c.status})`).join(" ") || "—";
    lines.push(
      `| \`${procedure.id}\` ${cell(procedure.title.nl)} | ${formatCitation(procedure.citation)} | ${procedure.citation.status} | ${related} | ${caveats} | ${sourcesOf(procedure.citation)} | ${procedure.examples.map(cell).join("; ")} |`,
    );
  }
  lines.push("", "### Procedure steps (the table `planProcedure` reads)", "");
  lines.push("| step | advice | consent | unsolicited advice | rule | citation | period set by law | sources |", "|---|---|---|---|---|---|---|---|");
  for (const step of PROCEDURE_STEPS) {
    const mark = (kind: "advice" | "consent" | "unsolicited-advice") => (step.appliesTo.includes(kind) ? "yes" : "—");
    const period =
      step.legalPeriod === undefined
        ? step.code === "answer_due"
          ? `none; ${COMMON_PRACTICE_ANSWER_PERIOD.amount} ${COMMON_PRACTICE_ANSWER_PERIOD.unit} is common practice, shown as usual`
          : "—"
        : `${step.legalPeriod.period.amount} ${step.legalPeriod.period.unit} (${step.legalPeriod.status}); start: ${step.legalPeriod.startsAt.en} (${step.legalPeriod.startStatus})`;
    lines.push(
      `| \`${step.code}\` | ${mark("advice")} | ${mark("consent")} | ${mark("unsolicited-advice")} | ${cell(step.rule)} | ${cite(step.citation)} | ${cell(period)} | ${sourcesOf(step.citation)} |`,
    );
  }
  lines.push("", "### Who must have a client council (art. 3 lid 1; never art. 2, which is *inspraak*)", "");
  lines.push("| threshold | applies when | citation | sources |", "|---|---|---|---|");
  for (const threshold of COUNCIL_THRESHOLDS) {
    lines.push(`| more than ${threshold.moreThan} persons who normally give care | ${cell(threshold.appliesWhen.en)} | ${cite(threshold.citation)} | ${sourcesOf(threshold.citation)} |`);
  }
  lines.push(`| below the threshold: a voluntary council | the instelling records with the council on which topics and how it has a say | ${cite(VOLUNTARY_COUNCIL)} | ${sourcesOf(VOLUNTARY_COUNCIL)} |`);
  lines.push("", "### Sources", "");
  lines.push("| id | kind | address | what | date |", "|---|---|---|---|---|");
  for (const [id, source] of Object.entries(SOURCES) as [string, Source][]) {
    lines.push(`| \`${id}\` | ${KIND[source.kind]} | ${cell(source.address)} | ${cell(source.title)} | ${source.date ?? "—"} |`);
  }
  lines.push("", "### What `assessDecision` answers for each example", "");
  lines.push("| example | rights found |", "|---|---|");
  for (const example of [...topics.flatMap((t) => t.examples), ...procedures.flatMap((p) => p.examples)]) {
    const result = assessDecision(example);
    const found = [
      ...result.findings.map((f) => `${f.right}: \`${f.topic}\` (${formatCitation(f.citation)})${f.conditions.length > 0 ? ` if ${f.conditions.map((c) => c.code).join(", ")}` : ""}`),
      ...result.procedures.map((p) => `procedure: \`${p.procedure}\``),
    ];
    lines.push(`| ${cell(example)} | ${found.join("; ") || "none"} |`);
  }
  return lines.join("\n");
}
