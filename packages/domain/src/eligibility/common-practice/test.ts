import { describe, expect, it } from "vitest";
import { MembershipRulesSchema } from "../membership-rules/index.js";
import { commonPracticeRules, commonPracticeSources } from "./index.js";

function leafPaths(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => leafPaths(inner, prefix === "" ? key : `${prefix}.${key}`));
}

describe("commonPracticeRules", () => {
  it("is a valid regulation", () => {
    expect(MembershipRulesSchema.safeParse(commonPracticeRules).success).toBe(true);
  });

  it("names a source for every value", () => {
    expect(leafPaths(commonPracticeRules).sort()).toEqual(Object.keys(commonPracticeSources).sort());
  });

  it("never gives the law as a source", () => {
    for (const source of Object.values(commonPracticeSources)) {
      expect(source.ref.toLowerCase()).not.toMatch(/wmcz|\bart\.|\bwet\b|\blaw\b/);
    }
  });

  it("cites the LCvV rulings for volunteers and the family association", () => {
    expect(commonPracticeSources["exclusions.volunteer"].ref).toBe("LCvV 11-003");
    expect(commonPracticeSources["exclusions.familyAssociationBoardMember"].ref).toBe("LCvV 15-006");
  });

  it("uses the cooling-off periods seen in real regulations", () => {
    expect(commonPracticeRules.coolingOff).toEqual({ formerEmployeeYears: 3, formerClientYears: 2 });
  });

  it("asks for a VOG only when a regulation says so", () => {
    expect(commonPracticeRules.certificateOfConductRequired).toBe(false);
  });
});
