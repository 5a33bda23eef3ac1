// RULES.md section: the eligibility rules, what each decides and where it comes from, checked by
// running real scenarios through checkEligibility; then the commonPracticeRules values and their sources.
import {
  type Candidate,
  checkEligibility,
  checkReappointment,
  checkSittingMember,
  commonPracticeRules,
  commonPracticeSources,
  type EligibilityContext,
  eligibilityRules,
  type MembershipRules,
  type Reason,
  type SittingMember,
} from "../../src/eligibility/index.js";

const TODAY = "2026-11-23";

type Overrides = Omit<Partial<MembershipRules>, "exclusions" | "coolingOff"> & {
  exclusions?: Partial<MembershipRules["exclusions"]>;
  coolingOff?: Partial<MembershipRules["coolingOff"]>;
};

function rules(overrides: Overrides = {}): MembershipRules {
  const { exclusions, coolingOff, ...rest } = overrides;
  return {
    ...commonPracticeRules,
    ...rest,
    exclusions: { ...commonPracticeRules.exclusions, ...exclusions },
    coolingOff: { ...commonPracticeRules.coolingOff, ...coolingOff },
  };
}

type Scenario = { situation: string; candidate: Candidate; rules?: Overrides; context?: Partial<EligibilityContext> };

const scenarios: readonly Scenario[] = [
  { situation: "no other relation with the provider (common-practice rules)", candidate: { client: "no", employee: "no" } },
  { situation: "clients only; a current client", candidate: { client: "current" }, rules: { whoMayJoin: "clients_only" } },
  { situation: "clients only; not a client", candidate: { client: "no" }, rules: { whoMayJoin: "clients_only" } },
  { situation: "clients only; care ended 2024-11-23 (2-year window)", candidate: { client: "former", careEndedOn: "2024-11-23" }, rules: { whoMayJoin: "clients_only" } },
  { situation: "clients only; care ended 2024-11-22 (2-year window)", candidate: { client: "former", careEndedOn: "2024-11-22" }, rules: { whoMayJoin: "clients_only" } },
  { situation: "clients only; former client, end date unknown", candidate: { client: "former" }, rules: { whoMayJoin: "clients_only" } },
  { situation: "clients and representatives; a mentor of a client", candidate: { client: "no", clientRelation: "mentor" }, rules: { whoMayJoin: "clients_and_representatives" } },
  { situation: "works for the provider now", candidate: { employee: "current" } },
  { situation: "stopped working there 2024-06-30 (3-year cooling-off)", candidate: { employee: "former", employmentEndedOn: "2024-06-30" } },
  { situation: "stopped working there 2023-11-23 (3-year cooling-off)", candidate: { employee: "former", employmentEndedOn: "2023-11-23" } },
  { situation: "former employee, end date unknown", candidate: { employee: "former" } },
  { situation: "volunteer; regulation excludes volunteers", candidate: { volunteer: true }, rules: { exclusions: { volunteer: "excluded" } } },
  { situation: "volunteer; regulation allows volunteers", candidate: { volunteer: true }, rules: { exclusions: { volunteer: "allowed" } } },
  { situation: "volunteer (common-practice rules)", candidate: { volunteer: true } },
  { situation: "supplier or contractor", candidate: { supplier: true } },
  { situation: "board member", candidate: { boardMember: true } },
  { situation: "supervisory-board member", candidate: { supervisoryBoardMember: true } },
  { situation: "works-council member", candidate: { worksCouncilMember: true } },
  {
    situation: "family-association board member; regulation excludes them",
    candidate: { familyAssociationBoardMember: true },
    rules: { exclusions: { familyAssociationBoardMember: "excluded" } },
  },
  { situation: "member of another provider's council", candidate: { otherProviderCouncilMember: true } },
  { situation: "relative of a board member or employee", candidate: { relativeOfStaff: true } },
  { situation: "describes another relation in their own words", candidate: { other: "(free text)" } },
  { situation: "council has 9 members, maximum 9", candidate: {}, context: { council: { memberCount: 9 } } },
  { situation: "regulation requires a VOG", candidate: {}, rules: { certificateOfConductRequired: true } },
];

const cell = (text: string) => text.replace(/\|/g, "\\|");

function source(reason: Reason): string {
  const base = `${reason.source.kind}: ${reason.source.ref}`;
  return reason.source.precedent === undefined ? base : `${base} (${reason.source.precedent})`;
}

function reasonList(reasons: readonly Reason[]): string {
  return reasons.map((r) => `${r.effect} \`${r.code}\` ← ${source(r)}`).join("<br>");
}

function overridesText(overrides: Overrides | undefined): string {
  return overrides === undefined ? "" : ` — rules: \`${JSON.stringify(overrides)}\``;
}

const members: readonly { situation: string; member: SittingMember; rules: Overrides }[] = [
  {
    situation: "first term of 4 years, 1 re-appointment allowed",
    member: { appointedOn: "2024-01-01", termNumber: 1, termStartedOn: "2024-01-01", relations: {} },
    rules: {},
  },
  {
    situation: "second term, 1 re-appointment allowed",
    member: { appointedOn: "2020-01-01", termNumber: 2, termStartedOn: "2024-01-01", relations: {} },
    rules: {},
  },
  {
    situation: "non-client appointed 2024-01-01; regulation became clients-only on 2025-03-01 (LCvV 07-04)",
    member: { appointedOn: "2024-01-01", termNumber: 1, termStartedOn: "2024-01-01", relations: { client: "no" } },
    rules: { whoMayJoin: "clients_only", clientsOnlySince: "2025-03-01" },
  },
  {
    situation: "sitting member who now works for the provider",
    member: { appointedOn: "2024-01-01", termNumber: 1, termStartedOn: "2024-01-01", relations: { employee: "current" } },
    rules: {},
  },
];

function valueText(value: unknown): string {
  return `\`${JSON.stringify(value)}\``;
}

export default function eligibilitySection(): string {
  const lines: string[] = [
    "## Eligibility (`@raadswerk/domain/eligibility`)",
    "",
    "The Wmcz 2018 leaves who may be a member to the organisation's *medezeggenschapsregeling* (art. 3);",
    "the statute's own wording on exclusions was not found. Every outcome below therefore comes from the",
    "organisation's rules (`rules: <setting>`) or from guidance (LOC on conflicting interest, LCvV rulings),",
    "never from an invented article. Verdict: any `fail` → not eligible; else any `review` → needs a",
    "conversation; else eligible. `info` reasons are left out when the candidate cannot join.",
    "",
    "### Rules, in evaluation order",
    "",
    "| # | rule | reads | what it decides |",
    "|---|---|---|---|",
    ...eligibilityRules.map((rule, index) => `| ${index + 1} | \`${rule.id}\` | ${rule.reads.map((r) => `\`${r}\``).join(", ")} | ${cell(rule.summary)} |`),
    "",
    `### Scenarios (today ${TODAY}; common-practice rules unless stated)`,
    "",
    "| situation | verdict | reasons ← source |",
    "|---|---|---|",
    ...scenarios.map((scenario) => {
      const result = checkEligibility(scenario.candidate, rules(scenario.rules), { today: TODAY, ...scenario.context });
      return `| ${cell(scenario.situation + overridesText(scenario.rules))} | **${result.verdict}** | ${cell(reasonList(result.reasons))} |`;
    }),
    "",
    "### Sitting members: seat and re-appointment",
    "",
    "| situation | seat (`checkSittingMember`) | re-appointment (`checkReappointment`) |",
    "|---|---|---|",
    ...members.map(({ situation, member, rules: overrides }) => {
      const seat = checkSittingMember(member, rules(overrides), { today: TODAY });
      const again = checkReappointment(member, rules(overrides), { today: TODAY });
      return `| ${cell(situation)} | **${seat.seat}** until ${seat.seatUntil}${seat.reasons.length > 0 ? `<br>${cell(reasonList(seat.reasons))}` : ""} | **${again.allowed ? "allowed" : "not allowed"}**<br>${cell(reasonList(again.reasons))} |`;
    }),
    "",
    "### `commonPracticeRules`: a preset, never the law",
    "",
    "| setting | value | source kind | source | why |",
    "|---|---|---|---|---|",
    ...Object.entries(commonPracticeSources).map(([path, src]) => {
      const value = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], commonPracticeRules);
      return `| \`${path}\` | ${valueText(value)} | ${src.kind} | ${cell(src.ref)} | ${cell(src.note)} |`;
    }),
  ];
  return lines.join("\n");
}
