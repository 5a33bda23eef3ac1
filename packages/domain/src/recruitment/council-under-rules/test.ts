import { describe, expect, it } from "vitest";
import { commonPracticeRules } from "../../eligibility/common-practice/index.js";
import { CouncilSchema } from "../council/index.js";
import { councilUnderRules } from "./index.js";

const basics = { id: "ccr", kind: "central" as const, name: "Centrale cliëntenraad", represents: [], members: [] };

describe("councilUnderRules", () => {
  it("takes size and terms from the regulation, counting re-appointments after the first term", () => {
    const council = councilUnderRules(basics, { ...commonPracticeRules, minMembers: 5, maxMembers: 7, termYears: 3, maxReappointments: 2 });
    expect([council.minMembers, council.maxMembers, council.termYears, council.maxTerms]).toEqual([5, 7, 3, 3]);
    expect(CouncilSchema.safeParse(council).success).toBe(true);
  });

  it("leaves out the aspirant period when the regulation has none", () => {
    expect(councilUnderRules(basics, { ...commonPracticeRules, aspirantMonths: 0 })).not.toHaveProperty("aspirantMonths");
    expect(councilUnderRules(basics, { ...commonPracticeRules, aspirantMonths: 6 }).aspirantMonths).toBe(6);
  });
});
