// RULES.md section: the LOC training guide as data (seed 004), its recommended order, the cost
// rule and the situations that lead to recommendations.
import { catalogue, formatDuration, HOURS_PER_HALF_DAY, FREE_HALF_DAYS_PER_YEAR_EXTENDED, orderRules, RECOMMENDATION_WEIGHTS, resources, situations, trainingGroups } from "../../src/training/index.js";

const cell = (value: string) => value.replaceAll("|", "\\|");

export default function training(): string {
  const lines: string[] = [
    "## Training (LOC training guide, June 2021 — seed `004`)",
    "",
    `The catalogue holds ${catalogue.length} offerings. Durations are in half-days (*dagdelen*) of ${HOURS_PER_HALF_DAY} hours;`,
    "the guide gives no duration for the modules, so they read \"in overleg\" and are left out of totals.",
    "",
    "| group | count |",
    "|---|---|",
    ...trainingGroups.map((group) => `| ${cell(group.title.nl)} | ${group.count} |`),
    "",
    "### Catalogue",
    "",
    "| # | id | group | kind | title (as in the guide) | duration in the guide | duration as data | Wmcz topics |",
    "|---|---|---|---|---|---|---|---|",
    ...catalogue.map(
      (item, index) =>
        `| ${index + 1} | \`${item.id}\` | ${item.group} | ${item.kind} | ${cell(item.title.nl)}${item.titleFrom === "text" ? " (no heading; name from the guide's text)" : ""} | ${item.durationText ?? "—"} | ${formatDuration(item.duration, "nl")} | ${item.topics.join(", ") || "—"} |`,
    ),
    "",
    "### Recommended order (recommended, not required)",
    "",
    "| first | then | the guide's words |",
    "|---|---|---|",
    ...orderRules.map((rule) => `| \`${rule.first}\` | \`${rule.then}\` | “${cell(rule.quote)}” |`),
    "",
    "`planTraining` keeps the caller's order wherever no rule applies (stable topological sort); a chosen `then`",
    "without its `first` is noted, never added.",
    "",
    "### Cost",
    "",
    "- LOC works with two hourly rates, one for members and one for non-members; the user supplies both (no amounts",
    "  are built in). Estimate = counted hours × the rate that applies (members and extended members: member rate).",
    `- Councils with the extended membership (*pakket 2*) get ${FREE_HALF_DAYS_PER_YEAR_EXTENDED} half-day of tailored service free each year:`,
    "  one half-day off per calendar year the dated plan touches (minus years already used); an undated plan assumes",
    "  this year's half-day is still free unless told otherwise. Never more than the counted half-days.",
    "- Ranges give a minimum and a maximum; \"at least\" leaves the maximum open; items without a number are left",
    "  out of totals and cost and listed.",
    "- Half-days agreed with the trainer (for example for a module) replace the guide's duration in totals, cost and",
    "  dates; an agreed number outside the guide's own duration gives a warning.",
    "- Dates: one half-day per session, every N weeks or months from the start date; a session on a weekend, a",
    "  configured public holiday or a closed date moves to the next working day. Ranges are dated at their minimum.",
    "",
    "### Situations → recommended training",
    "",
    `Score: primary ${RECOMMENDATION_WEIGHTS.primary}, item treats a topic of the decision ${RECOMMENDATION_WEIGHTS.coversTopic}, secondary ${RECOMMENDATION_WEIGHTS.secondary} (a product choice, not the guide's);`,
    "ties in the guide's order.",
    "",
    "| situation | set off by Wmcz topics | primary | secondary | other LOC resources |",
    "|---|---|---|---|---|",
    ...situations.map(
      (s) =>
        `| ${cell(s.title.nl)} (\`${s.id}\`) | ${s.topics.join(", ") || "—"} | ${s.primary.join(", ")} | ${s.secondary.join(", ") || "—"} | ${s.resources.map((id) => resources.find((r) => r.id === id)?.title.nl ?? id).join(", ") || "—"} |`,
    ),
  ];
  return lines.join("\n");
}
