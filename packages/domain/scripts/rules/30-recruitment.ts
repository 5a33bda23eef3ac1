// RULES.md section for @raadswerk/domain/recruitment: defaults and their sources, worked examples of
// the rooster van aftreden, channels, the provider's part, pipeline transitions and onboarding steps.
import { differenceInDays } from "../../src/_lib/calendar-date/index.js";
import { formatCitation } from "../../src/_lib/citation/index.js";
import {
  candidatePipeline,
  type Council,
  firstYearCommitment,
  GAP_REASON_WEIGHTS,
  onboardingProgramme,
  providerPart,
  recruitmentChannels,
  recruitmentDefaults,
  recruitmentMessages,
  roleProfiles,
  termSchedule,
} from "../../src/recruitment/index.js";

const row = (cells: readonly (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, "\\|")).join(" | ")} |`;
const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");

function termExamples(): string {
  const council = (termYears: number, maxTerms: number, startedOn: `${number}-${number}-${number}`, termNumber: number): Council => ({
    id: "cr",
    kind: "local",
    name: "CR",
    minMembers: 1,
    maxMembers: 9,
    termYears,
    maxTerms,
    represents: [],
    members: [{ id: "m", role: "member", startedOn, termNumber }],
  });
  const cases: [string, Council, `${number}-${number}-${number}`][] = [
    ["4-year terms, 2 at most, first term from 2023-01-01", council(4, 2, "2023-01-01", 1), "2026-11-23"],
    ["4-year terms, 2 at most, second term from 2023-01-01", council(4, 2, "2023-01-01", 2), "2026-11-23"],
    ["3-year term from 29 Feb 2024, 1 at most (common year)", council(3, 1, "2024-02-29", 1), "2026-11-23"],
    ["4-year term from 29 Feb 2024, 1 at most (leap year)", council(4, 1, "2024-02-29", 1), "2026-11-23"],
    ["term 3 where 2 are allowed", council(4, 2, "2025-01-01", 3), "2026-11-23"],
    ["last term ended, member still listed", council(4, 2, "2022-01-01", 2), "2026-11-23"],
  ];
  return table(
    ["scenario", "today", "current term ends", "re-appointable", "seat falls vacant", "warnings"],
    cases.map(([label, c, today]) => {
      const s = termSchedule(c, { today });
      const e = s.entries[0];
      return [label, today, e?.currentTermEndsOn ?? "", e?.reappointable ? "yes" : "no", e?.seatVacantOn ?? "", s.warnings.map((w) => w.code).join(", ") || "—"];
    }),
  );
}

function onboardingSteps(): string {
  const startsOn = "2026-09-01";
  const programme = onboardingProgramme({ newMember: { id: "new", role: "aspirant" }, startsOn, checkInBy: "buddy" });
  return table(
    ["step", "due (example start 2026-09-01, days after start)", "who", "materials", "text (nl)"],
    programme.steps.map((s) => [
      s.code,
      `${s.dueOn} (+${differenceInDays(s.dueOn, startsOn)})`,
      s.responsible.memberId === undefined ? s.responsible.kind : `${s.responsible.kind} (${s.responsible.memberId})`,
      s.materials?.join("; ") ?? "—",
      recruitmentMessages.nl[s.code](s.params),
    ]),
  );
}

export default function recruitment(): string {
  return [
    "## Recruitment (`@raadswerk/domain/recruitment`)",
    "",
    "The Wmcz 2018 does not say how a council recruits; the one rule is art. 3 lid 8 (confirmed): the",
    "provider helps the council spread its vacancies among clients and their representatives. Everything",
    "else below is **common practice** or LOC's guidance (seeds 000, 001, 004) and can be changed by the",
    "organisation.",
    "",
    "### Defaults (common practice, never the law)",
    "",
    table(
      ["setting", "value", "unit", "basis"],
      recruitmentDefaults.map((d) => [d.id, d.value, d.unit, `${d.source.kind.replace("_", " ")}: ${d.source.basis}`]),
    ),
    "",
    "### Rooster van aftreden (worked examples)",
    "",
    "A term ends the day before its anniversary; the seat falls vacant the day after the last allowed term,",
    "counted from the start of the current term; 29 February clamps to 28 February in a common year.",
    "",
    termExamples(),
    "",
    "### Which gap the next recruit fills (weights add up per gap)",
    "",
    table(["reason", "weight"], Object.entries(GAP_REASON_WEIGHTS).map(([code, weight]) => [code, weight])),
    "",
    "### Channels",
    "",
    table(
      ["channel", "title (nl)", "who", "source"],
      recruitmentChannels.map((c) => [c.id, c.title.nl, c.owner, `${c.source.kind.replace("_", " ")}: ${c.source.ref}`]),
    ),
    "",
    "### The provider's part",
    "",
    table(
      ["task", "basis", "text (nl)"],
      providerPart.map((t) => [t.code, t.basis.kind === "law" ? `law: ${formatCitation(t.basis.citation)} (${t.basis.citation.status})` : `LOC guidance: ${t.basis.ref}`, t.text.nl]),
    ),
    "",
    "### Role profiles (defaults; hours, meetings and training are estimates)",
    "",
    table(
      ["role", "hours/week", "meetings/year", "first-year training", "total hours first year"],
      roleProfiles.map((p) => {
        const c = firstYearCommitment(p);
        return [p.role, p.hoursPerWeek, p.meetingsPerYear, p.firstYearTraining.map((t) => `${t.title.nl} (${t.halfDays} dagdeel, ${t.source.replace(/_/g, " ")})`).join("; "), c.totalHoursFirstYear];
      }),
    ),
    "",
    "### Candidate pipeline",
    "",
    table(
      ["from", "to", "reason required"],
      candidatePipeline.transitions.map((t) => [t.from, t.to, t.reasonRequired ? "yes" : "no"]),
    ),
    "",
    `Final states: ${candidatePipeline.final.join(", ")}. Withdrawal reasons: ${candidatePipeline.reasons.withdrawn.join(", ")}. Rejection reasons: ${candidatePipeline.reasons.rejected.join(", ")}.`,
    "A change dated before the last one is refused (`date_before_last_change`); a reason on a forward step is refused (`reason_not_expected`).",
    "",
    "### Onboarding steps (inwerkprogramma)",
    "",
    onboardingSteps(),
  ].join("\n");
}
