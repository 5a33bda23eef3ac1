import { describe, expect, it } from "vitest";
import { commonPracticeRules } from "../common-practice/index.js";
import { MembershipRulesSchema } from "./index.js";

describe("MembershipRulesSchema", () => {
  it("refuses a maximum below the minimum", () => {
    const parsed = MembershipRulesSchema.safeParse({ ...commonPracticeRules, minMembers: 9, maxMembers: 5 });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["maxMembers", "max_below_min"]]);
  });

  it("refuses a relation policy it does not know", () => {
    const parsed = MembershipRulesSchema.safeParse({ ...commonPracticeRules, exclusions: { ...commonPracticeRules.exclusions, volunteer: "maybe" } });
    expect(parsed.success).toBe(false);
  });

  it("accepts a change marker for a clients-only regulation", () => {
    const parsed = MembershipRulesSchema.safeParse({ ...commonPracticeRules, whoMayJoin: "clients_only", clientsOnlySince: "2025-03-01" });
    expect(parsed.success).toBe(true);
  });

  it("refuses an impossible change date", () => {
    expect(MembershipRulesSchema.safeParse({ ...commonPracticeRules, clientsOnlySince: "2025-02-30" }).success).toBe(false);
  });
});
