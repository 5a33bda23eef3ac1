// `pnpm start` (until the web app exists): reads a sample intended decision, prints the rights it
// touches and the procedure with its dates, in Dutch. Pass your own text as an argument:
//   pnpm --filter @raadswerk/domain demo "Nieuwe huisregels voor locatie Het Anker"
import { assessDecision, explainFinding, explainPlan, explainProcedureFinding, planProcedure, wmczMessages } from "../src/wmcz/index.js";

const SAMPLE =
  "Voorgenomen besluit: locatie De Linde wordt grootschalig verbouwd. De bewoners verhuizen tijdelijk naar " +
  "de nieuwbouw aan de Parkweg. Voor hen komt een sociaal plan, en de kamers en huiskamers krijgen een nieuwe indeling.";

// A fixed example date keeps the demo's output the same on every run (the domain never reads a clock).
const SENT_ON = "2026-11-23";
const PLANNED_DECISION_ON = "2026-12-18";

const text = process.argv.slice(2).join(" ").trim() || SAMPLE;
const assessment = assessDecision(text);

console.log("Raadswerk — welk recht heeft de cliëntenraad?\n");
console.log(`Tekst: "${text}"\n`);
if (assessment.findings.length === 0 && assessment.procedures.length === 0) console.log(wmczMessages.nl.no_right_found({}));
for (const finding of assessment.findings) {
  const view = explainFinding(finding, "nl");
  console.log(`• ${view.rightLabel}: ${view.topicTitle} (${view.citationText})`);
  console.log(`  ${view.explanation}`);
  for (const condition of view.conditionTexts) console.log(`  Let op: ${condition}`);
  console.log(`  Gevonden woorden: ${view.evidence.map((e) => `"${e}"`).join(", ")} — zekerheid ${Math.round(finding.confidence * 100)}%`);
}
for (const procedure of assessment.procedures) {
  const view = explainProcedureFinding(procedure, "nl");
  console.log(`• Andere procedure: ${view.title} (${view.citationText})\n  ${view.explanation}`);
}

for (const right of [...new Set(assessment.findings.map((f) => f.right))]) {
  const plan = planProcedure({ right, sentOn: SENT_ON, plannedDecisionOn: PLANNED_DECISION_ON });
  const view = explainPlan(plan, "nl");
  console.log(`\nStappen bij ${wmczMessages.nl[right === "advice" ? "right_advice" : "right_consent"]({}).toLowerCase()} (voorbeeld: verzonden op ${SENT_ON}):`);
  view.steps.forEach((step, i) => console.log(`  ${i + 1}. ${step.text}${step.citationText === undefined ? "" : ` [${step.citationText}]`}`));
  if (view.inTimeText !== undefined) console.log(`  ${view.inTimeText}`);
}
console.log(`\nRegelset: ${assessment.ruleSetVersion}`);
