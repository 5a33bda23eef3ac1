import { describe, expect, it } from "vitest";
import { precision, score } from "../../../eval/score.js";
import { allCases } from "../../../eval/sets.js";

// Regression guard: the evaluation sets in `eval/` must stay at least 90% fully right (the
// target for the held-out set) and precise. Run `pnpm --filter @raadswerk/domain eval` for figures.
describe("assessDecision on the evaluation sets", () => {
  const result = score(allCases);

  it("has at least 120 decisions", () => {
    expect(result.cases).toBeGreaterThanOrEqual(120);
  });

  it("gets at least 90% of decisions fully right (exact set of topics)", () => {
    expect(result.fullyRight / result.cases).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps precision per right at 95% or more", () => {
    expect(precision(result.perRight.advice)).toBeGreaterThanOrEqual(0.95);
    expect(precision(result.perRight.consent)).toBeGreaterThanOrEqual(0.95);
  });
});
