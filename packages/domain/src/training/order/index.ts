import { type TrainingItemId } from "../ids/index.js";
import { catalogueIndex } from "../catalogue/index.js";

/**
 * One recommended order between two offerings: take `first` before `then`. The guide recommends
 * these; none is required, so a council may follow `then` alone.
 * @example
 * orderRules[0]?.then; // "work-plan"
 */
export type OrderRule = {
  readonly id: "work-plan-after-internal-organisation" | "vision-before-governance";
  readonly first: TrainingItemId;
  readonly then: TrainingItemId;
  readonly strength: "recommended";
  /** The guide's words the rule rests on (seed `004`). */
  readonly quote: string;
};

/**
 * The recommended order from the LOC training guide (seed `004`): the work-plan module builds on
 * the internal-organisation module, and the vision module is recommended before the module on
 * governance and supervision.
 *
 * @example
 * orderRules.map((rule) => `${rule.first} → ${rule.then}`);
 * // ["internal-organisation → work-plan", "vision → governance-and-supervision"]
 */
export const orderRules: readonly OrderRule[] = [
  {
    id: "work-plan-after-internal-organisation",
    first: "internal-organisation",
    then: "work-plan",
    strength: "recommended",
    quote: "De training borduurt voort op de kennis die in module 1. Interne organisatie van de cliëntenraad is aangereikt, maar kan je ook los volgen.",
  },
  {
    id: "vision-before-governance",
    first: "vision",
    then: "governance-and-supervision",
    strength: "recommended",
    quote: "We raden het aan om de module visie op medezeggenschap voorafgaand aan deze module te volgen.",
  },
];

/**
 * What ordering did: the new order, the items moved, and recommended items that were not chosen.
 * @example
 * orderTraining(["work-plan", "internal-organisation"]).moved;
 * // [{ item: "work-plan", after: "internal-organisation", rule: "work-plan-after-internal-organisation" }]
 */
export type OrderOutcome = {
  readonly order: readonly TrainingItemId[];
  /** Items placed later than the caller listed them, with the rule that moved them. */
  readonly moved: readonly { readonly item: TrainingItemId; readonly after: TrainingItemId; readonly rule: OrderRule["id"] }[];
  /** Items chosen without the item the guide recommends first. */
  readonly missing: readonly { readonly item: TrainingItemId; readonly recommended: TrainingItemId; readonly rule: OrderRule["id"] }[];
};

/**
 * Puts chosen items in an order that respects {@link orderRules}, changing as little as possible:
 * a stable topological sort that keeps the caller's order wherever no rule applies. Unknown
 * ordering between chosen items is never invented. Duplicate ids must be removed first.
 *
 * @example
 * orderTraining(["governance-and-supervision", "basic-course", "vision"]).order;
 * // ["basic-course", "vision", "governance-and-supervision"]
 */
export function orderTraining(items: readonly TrainingItemId[], rules: readonly OrderRule[] = orderRules): OrderOutcome {
  const chosen = new Set(items);
  const position = new Map(items.map((id, index) => [id, index]));
  const active = rules.filter((rule) => chosen.has(rule.first) && chosen.has(rule.then));
  const missing = rules
    .filter((rule) => chosen.has(rule.then) && !chosen.has(rule.first))
    .map((rule) => ({ item: rule.then, recommended: rule.first, rule: rule.id }));

  // Kahn's algorithm; among items that are free to go, always take the one listed first.
  const waitingOn = new Map<TrainingItemId, number>(items.map((id) => [id, 0]));
  for (const rule of active) waitingOn.set(rule.then, (waitingOn.get(rule.then) ?? 0) + 1);
  const order: TrainingItemId[] = [];
  const done = new Set<TrainingItemId>();
  while (order.length < items.length) {
    const next = items.find((id) => !done.has(id) && waitingOn.get(id) === 0);
    // The two rules cannot form a cycle; should someone add one, fall back to the caller's order.
    const pick = next ?? items.find((id) => !done.has(id));
    if (pick === undefined) break;
    order.push(pick);
    done.add(pick);
    for (const rule of active) if (rule.first === pick) waitingOn.set(rule.then, (waitingOn.get(rule.then) ?? 1) - 1);
  }

  const moved = active
    .filter((rule) => (position.get(rule.then) ?? 0) < (position.get(rule.first) ?? 0))
    .map((rule) => ({ item: rule.then, after: rule.first, rule: rule.id }));
  return { order, moved, missing };
}

/**
 * Sorts item ids into the guide's own order (used to break ties).
 *
 * @example
 * byGuideOrder(["building", "basic-course"]); // ["basic-course", "building"]
 */
export function byGuideOrder(items: readonly TrainingItemId[]): TrainingItemId[] {
  return [...items].sort((a, b) => catalogueIndex(a) - catalogueIndex(b));
}
