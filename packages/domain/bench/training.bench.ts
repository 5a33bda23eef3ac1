// Throughput of planTraining and recommendTraining on varied inputs (figures printed, never asserted).
import { catalogue, planTraining, recommendTraining, SITUATION_IDS, TOPIC_IDS, type CouncilSituation, type PlanTrainingOptions } from "../src/training/index.js";
import { measure, report } from "./_measure.js";

const RUNS = 20_000;
const ids = catalogue.map((item) => item.id);
// A deterministic spread of inputs: rotate through the catalogue, situations and topics.
const pick = <T>(list: readonly T[], seed: number, count: number): T[] => Array.from({ length: count }, (_, i) => list[(seed * 7 + i * 5) % list.length] as T);

const plans: { ids: string[]; options: PlanTrainingOptions }[] = Array.from({ length: RUNS }, (_, i) => ({
  ids: pick(ids, i, 3 + (i % 8)),
  options: {
    agreedHalfDays: { vision: 1, "internal-organisation": 1, "work-plan": 2 },
    cost: { hourlyRates: { member: 95, nonMember: 120 }, membership: i % 3 === 0 ? "extended" : i % 3 === 1 ? "member" : "none" },
    schedule: i % 2 === 0 ? { start: "2027-01-11", every: 1 + (i % 4) } : undefined,
  },
}));
const situations: CouncilSituation[] = Array.from({ length: RUNS }, (_, i) => ({
  situations: pick(SITUATION_IDS, i, 1 + (i % 3)),
  topics: pick(TOPIC_IDS, i, i % 3),
}));

report("planTraining (3–10 items, cost, dates every other run)", measure(plans, (input) => planTraining(input.ids, input.options)));
report("recommendTraining (1–3 situations, 0–2 topics)", measure(situations, (input) => recommendTraining(input)));
