// RULES.md section for the Wmcz 2018 area: every topic and procedure with its citation, status and
// examples, the periods of the procedure, and what assessDecision answers for each example.
import { formatCitation } from "../../src/_lib/citation/index.js";
import {
  assessDecision,
  COMMON_PRACTICE_ANSWER_PERIOD,
  NULLITY_INVOCATION_PERIOD,
  procedures,
  RULE_SET_VERSION,
  topics,
} from "../../src/wmcz/index.js";

const cell = (text: string): string => text.replaceAll("|", "\\|").replaceAll("\n", " ");

export default function wmczSection(): string {
  const lines: string[] = [];
  lines.push(`## Wmcz 2018 — rights engine (rule set \`${RULE_SET_VERSION}\`)`, "");
  lines.push("### Advice and consent topics", "");
  lines.push("| topic | right | citation | status | conditions | examples |", "|---|---|---|---|---|---|");
  for (const topic of topics) {
    const conditions = topic.conditions.map((c) => c.code).join(", ") || "—";
    lines.push(
      `| \`${topic.id}\` ${cell(topic.title.nl)} | ${topic.right} | ${formatCitation(topic.citation)} | ${topic.citation.status} | ${conditions} | ${topic.examples.map(cell).join("; ")} |`,
    );
  }
  lines.push("", "### Other Wmcz procedures (reported apart from advice and consent)", "");
  lines.push("| procedure | citation | status | examples |", "|---|---|---|---|");
  for (const procedure of procedures) {
    lines.push(`| \`${procedure.id}\` ${cell(procedure.title.nl)} | ${formatCitation(procedure.citation)} | ${procedure.citation.status} | ${procedure.examples.map(cell).join("; ")} |`);
  }
  lines.push("", "### Procedure", "");
  lines.push("| rule | value | source |", "|---|---|---|");
  lines.push(`| answer period for advice and consent | ${COMMON_PRACTICE_ANSWER_PERIOD.amount} ${COMMON_PRACTICE_ANSWER_PERIOD.unit} by default | common practice — the law sets none; the organisation's regulation decides |`);
  lines.push("| consult the council before deviating from its advice; written decision with reasons | — | Wmcz 2018, confirmed (article unconfirmed) |");
  lines.push("| consent refused: only substitute consent from the commissie van vertrouwenslieden | — | Wmcz 2018, confirmed (article unconfirmed) |");
  lines.push(`| decision without consent is void if invoked in writing within | ${NULLITY_INVOCATION_PERIOD.amount} ${NULLITY_INVOCATION_PERIOD.unit} of learning of it | Wmcz 2018, confirmed (article unconfirmed) |`);
  lines.push("| disputes go to the commissie van vertrouwenslieden | — | art. 14 Wmcz 2018, confirmed |");
  lines.push("| appeal only to the Ondernemingskamer | period not given | Wmcz 2018, confirmed; the appeal period is unconfirmed |");
  lines.push("", "### What `assessDecision` answers for each example", "");
  lines.push("| example | rights found |", "|---|---|");
  for (const example of [...topics.flatMap((t) => t.examples), ...procedures.flatMap((p) => p.examples)]) {
    const result = assessDecision(example);
    const found = [
      ...result.findings.map((f) => `${f.right}: \`${f.topic}\` (${formatCitation(f.citation)})`),
      ...result.procedures.map((p) => `procedure: \`${p.procedure}\``),
    ];
    lines.push(`| ${cell(example)} | ${found.join("; ") || "none"} |`);
  }
  return lines.join("\n");
}
