import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRAINING_ITEM_IDS } from "../ids/index.js";
import { byGuideOrder, orderRules, orderTraining } from "./index.js";

describe("orderRules", () => {
  it("holds the guide's two recommendations, neither required", () => {
    expect(orderRules.map((rule) => [rule.first, rule.then, rule.strength])).toEqual([
      ["internal-organisation", "work-plan", "recommended"],
      ["vision", "governance-and-supervision", "recommended"],
    ]);
  });
});

describe("orderTraining", () => {
  it("puts the work plan after internal organisation", () => {
    expect(orderTraining(["work-plan", "internal-organisation"]).order).toEqual(["internal-organisation", "work-plan"]);
  });

  it("puts vision before governance and supervision", () => {
    expect(orderTraining(["governance-and-supervision", "vision"]).order).toEqual(["vision", "governance-and-supervision"]);
  });

  it("keeps the caller's order where no rule applies", () => {
    expect(orderTraining(["building", "basic-course", "finances"]).order).toEqual(["building", "basic-course", "finances"]);
  });

  it("moves only what a rule moves", () => {
    expect(orderTraining(["work-plan", "building", "internal-organisation", "finances"]).order).toEqual([
      "building",
      "internal-organisation",
      "work-plan",
      "finances",
    ]);
  });

  it("reports which item it moved and why", () => {
    expect(orderTraining(["work-plan", "internal-organisation"]).moved).toEqual([
      { item: "work-plan", after: "internal-organisation", rule: "work-plan-after-internal-organisation" },
    ]);
  });

  it("notes a recommended first item that was not chosen, without adding it", () => {
    const outcome = orderTraining(["governance-and-supervision"]);
    expect(outcome.order).toEqual(["governance-and-supervision"]);
    expect(outcome.missing).toEqual([{ item: "governance-and-supervision", recommended: "vision", rule: "vision-before-governance" }]);
  });

  it("keeps every item exactly once and respects every rule, whatever the input order", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...TRAINING_ITEM_IDS)), (items) => {
        const { order } = orderTraining(items);
        expect([...order].sort()).toEqual([...items].sort());
        for (const rule of orderRules) {
          if (order.includes(rule.first) && order.includes(rule.then)) expect(order.indexOf(rule.first)).toBeLessThan(order.indexOf(rule.then));
        }
      }),
    );
  });
});

describe("byGuideOrder", () => {
  it("sorts ids as the guide lists them", () => {
    expect(byGuideOrder(["mirror-conversations", "building", "basic-course"])).toEqual(["basic-course", "building", "mirror-conversations"]);
  });
});
