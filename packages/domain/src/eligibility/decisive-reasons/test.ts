import { describe, expect, it } from "vitest";
import { checkEligibility } from "../check-eligibility/index.js";
import { candidate, rulesWith, TODAY } from "../test/fixtures.js";
import { decisiveReasons } from "./index.js";

const codes = (result: ReturnType<typeof checkEligibility>) => decisiveReasons(result).map((reason) => reason.code);

describe("decisiveReasons", () => {
  it("shows a refused employee only what blocks membership, not that anyone may join", () => {
    const result = checkEligibility(candidate({ employee: "current" }), rulesWith(), { today: TODAY });
    expect(result.verdict).toBe("not_eligible");
    expect(result.reasons.some((reason) => reason.effect === "pass")).toBe(true);
    expect(decisiveReasons(result).every((reason) => reason.effect === "fail")).toBe(true);
    expect(codes(result)).toContain("relation_excluded");
  });

  it("shows what must be discussed when a conversation is needed", () => {
    const result = checkEligibility(candidate({ other: "Ik ben vrijwilliger bij de kerk naast de locatie." }), rulesWith(), { today: TODAY });
    expect(result.verdict).toBe("needs_review");
    expect(codes(result)).toContain("other_relation");
    expect(decisiveReasons(result).some((reason) => reason.effect === "pass")).toBe(false);
  });

  it("keeps why an eligible candidate may join", () => {
    const result = checkEligibility(candidate(), rulesWith(), { today: TODAY });
    expect(result.verdict).toBe("eligible");
    expect(codes(result).length).toBeGreaterThan(0);
    expect(codes(result)).toEqual(result.reasons.filter((reason) => reason.effect !== "fail" && reason.effect !== "review").map((reason) => reason.code));
  });
});
