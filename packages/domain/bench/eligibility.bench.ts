// checkEligibility throughput and latency over varied candidates; parseAnswers over form bodies.
import {
  type Candidate,
  checkEligibility,
  commonPracticeRules,
  type MembershipRules,
  parseAnswers,
  questionsFor,
} from "../src/eligibility/index.js";
import { measure, report } from "./_measure.js";

const RUNS = 100_000;

// Deterministic pseudo-random numbers (a small LCG) so every run checks the same candidates.
let seed = 20_181;
const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const flag = (p: number) => next() < p;

function randomCandidate(): Candidate {
  const client = pick(["current", "former", "no"] as const);
  const employee = pick(["no", "no", "no", "current", "former"] as const);
  return {
    client,
    ...(client === "former" && flag(0.9) ? { careEndedOn: pick(["2020-05-01", "2024-11-23", "2025-06-30", "2026-12-31"] as const) } : {}),
    clientRelation: pick(["representative", "mentor", "relative", "mantelzorger", "none"] as const),
    employee,
    ...(employee === "former" && flag(0.9) ? { employmentEndedOn: pick(["2019-01-31", "2024-06-30", "2026-01-01"] as const) } : {}),
    volunteer: flag(0.2),
    supplier: flag(0.05),
    boardMember: flag(0.02),
    supervisoryBoardMember: flag(0.02),
    worksCouncilMember: flag(0.03),
    familyAssociationBoardMember: flag(0.05),
    otherProviderCouncilMember: flag(0.05),
    relativeOfStaff: flag(0.1),
    ...(flag(0.05) ? { other: "ik geef les op de dagbesteding" } : {}),
  };
}

const candidates = Array.from({ length: RUNS }, randomCandidate);
const contexts = candidates.map((candidate) => ({ candidate, memberCount: Math.floor(next() * 11) }));
const clientsOnly: MembershipRules = { ...commonPracticeRules, whoMayJoin: "clients_and_representatives", clientsOnlySince: "2025-03-01" };

report("checkEligibility (common practice)", measure(contexts, ({ candidate, memberCount }) =>
  checkEligibility(candidate, commonPracticeRules, { today: "2026-11-23", council: { memberCount } }),
));
report("checkEligibility (clients and representatives)", measure(contexts, ({ candidate }) =>
  checkEligibility(candidate, clientsOnly, { today: "2026-11-23" }),
));

const forms = Array.from({ length: 20_000 }, () =>
  Object.fromEntries(
    questionsFor(clientsOnly).map((q) => [q.id, q.kind === "date" ? pick(["2024-06-30", "31-12-2025", "nonsense"]) : q.kind === "text" ? "" : pick((q.options ?? []).map((o) => o.value).concat(""))]),
  ),
);
report("parseAnswers (form body → candidate)", measure(forms, (answers) => parseAnswers(clientsOnly, answers)));
