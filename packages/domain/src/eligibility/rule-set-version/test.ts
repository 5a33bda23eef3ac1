import { describe, expect, it } from "vitest";
import { commonPracticeRules } from "../common-practice/index.js";
import { rulesWith } from "../test/fixtures.js";
import { ELIGIBILITY_RULES_VERSION, eligibilityRuleSetVersion } from "./index.js";

describe("eligibilityRuleSetVersion", () => {
  it("names the rules version and an 8-digit fingerprint of the organisation's rules", () => {
    expect(eligibilityRuleSetVersion(commonPracticeRules)).toMatch(new RegExp(`^${ELIGIBILITY_RULES_VERSION}\\+rules\\.[0-9a-f]{8}$`));
  });

  it("gives the same fingerprint whatever the order of keys", () => {
    const reordered = Object.fromEntries(Object.entries(commonPracticeRules).reverse()) as typeof commonPracticeRules;
    expect(eligibilityRuleSetVersion(reordered)).toBe(eligibilityRuleSetVersion(commonPracticeRules));
  });

  it("changes when a rule changes", () => {
    const stricter = rulesWith({ exclusions: { volunteer: "excluded" } });
    expect(eligibilityRuleSetVersion(stricter)).not.toBe(eligibilityRuleSetVersion(commonPracticeRules));
  });
});
