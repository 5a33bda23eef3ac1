import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../_lib/calendar-date/index.js";
import { InvalidInputError } from "../../_lib/input/index.js";
import { type Candidate, CandidateSchema } from "../candidate/index.js";
import { commonPracticeRules } from "../common-practice/index.js";
import { type MembershipRules, RELATION_KINDS, type RelationKind } from "../membership-rules/index.js";
import { candidate, policy, rulesWith, TODAY } from "../test/fixtures.js";
import { checkEligibility, type EligibilityContext, eligibilityRules } from "./index.js";

const today = { today: TODAY };
const codes = (result: ReturnType<typeof checkEligibility>) => result.reasons.map((r) => `${r.effect}:${r.code}`);

describe("checkEligibility", () => {
  it("accepts a candidate without any other relation under the common-practice rules", () => {
    expect(checkEligibility(candidate(), commonPracticeRules, today)).toMatchInlineSnapshot(`
      {
        "reasons": [
          {
            "code": "open_membership",
            "effect": "pass",
            "params": {},
            "source": {
              "kind": "rules",
              "ref": "whoMayJoin",
            },
          },
          {
            "code": "no_conflicting_interest",
            "effect": "pass",
            "params": {},
            "source": {
              "kind": "guidance",
              "ref": "LOC: conflicterend belang",
            },
          },
          {
            "code": "aspirant_period",
            "effect": "info",
            "params": {
              "months": 3,
            },
            "source": {
              "kind": "rules",
              "ref": "aspirantMonths",
            },
          },
        ],
        "verdict": "eligible",
      }
    `);
  });

  it("refuses a candidate who works for the provider", () => {
    expect(checkEligibility(candidate({ employee: "current" }), commonPracticeRules, today)).toMatchInlineSnapshot(`
      {
        "reasons": [
          {
            "code": "open_membership",
            "effect": "pass",
            "params": {},
            "source": {
              "kind": "rules",
              "ref": "whoMayJoin",
            },
          },
          {
            "code": "relation_excluded",
            "effect": "fail",
            "params": {
              "relation": "employee",
            },
            "source": {
              "kind": "rules",
              "ref": "exclusions.employee",
            },
          },
        ],
        "verdict": "not_eligible",
      }
    `);
  });

  it("treats an employment that ends after today as current", () => {
    const result = checkEligibility(candidate({ employee: "former", employmentEndedOn: "2027-01-31" }), commonPracticeRules, today);
    expect(codes(result)).toContain("fail:relation_excluded");
  });

  it("refuses a former employee while the cooling-off period runs", () => {
    const result = checkEligibility(candidate({ employee: "former", employmentEndedOn: "2024-06-30" }), commonPracticeRules, today);
    expect(result).toMatchInlineSnapshot(`
      {
        "reasons": [
          {
            "code": "open_membership",
            "effect": "pass",
            "params": {},
            "source": {
              "kind": "rules",
              "ref": "whoMayJoin",
            },
          },
          {
            "code": "cooling_off_running",
            "effect": "fail",
            "params": {
              "endedOn": "2024-06-30",
              "until": "2027-06-30",
              "years": 3,
            },
            "source": {
              "kind": "rules",
              "ref": "coolingOff.formerEmployeeYears",
            },
          },
        ],
        "verdict": "not_eligible",
      }
    `);
  });

  it("accepts a former employee from the day the cooling-off period ends", () => {
    const result = checkEligibility(candidate({ employee: "former", employmentEndedOn: "2023-11-23" }), commonPracticeRules, today);
    expect(result.verdict).toBe("eligible");
    expect(codes(result)).toContain("pass:cooling_off_over");
  });

  it("asks for a conversation when a former employee's end date is unknown", () => {
    const result = checkEligibility(candidate({ employee: "former" }), commonPracticeRules, today);
    expect(result.verdict).toBe("needs_review");
    expect(codes(result)).toContain("review:employment_end_date_missing");
  });

  it("asks for a conversation in the cooling-off period when employees need review", () => {
    const result = checkEligibility(candidate({ employee: "former", employmentEndedOn: "2025-01-01" }), policy("employee", "needs_review"), today);
    expect(codes(result)).toContain("review:cooling_off_review");
  });

  it("ignores former employment when the regulation has no cooling-off period", () => {
    const rules = rulesWith({ coolingOff: { formerEmployeeYears: 0 } });
    const result = checkEligibility(candidate({ employee: "former", employmentEndedOn: "2026-10-01" }), rules, today);
    expect(result.verdict).toBe("eligible");
  });

  it("lets a regulation exclude the provider's volunteers (LCvV 11-003)", () => {
    const result = checkEligibility(candidate({ volunteer: true }), policy("volunteer", "excluded"), today);
    expect(result).toMatchInlineSnapshot(`
      {
        "reasons": [
          {
            "code": "open_membership",
            "effect": "pass",
            "params": {},
            "source": {
              "kind": "rules",
              "ref": "whoMayJoin",
            },
          },
          {
            "code": "relation_excluded",
            "effect": "fail",
            "params": {
              "relation": "volunteer",
            },
            "source": {
              "kind": "rules",
              "precedent": "LCvV 11-003",
              "ref": "exclusions.volunteer",
            },
          },
        ],
        "verdict": "not_eligible",
      }
    `);
  });

  it("lets a regulation allow volunteers", () => {
    const result = checkEligibility(candidate({ volunteer: true }), policy("volunteer", "allowed"), today);
    expect(result.verdict).toBe("eligible");
    expect(codes(result)).toContain("pass:relation_allowed");
  });

  it("lets a regulation exclude board members of the family association (LCvV 15-006)", () => {
    const result = checkEligibility(candidate({ familyAssociationBoardMember: true }), policy("familyAssociationBoardMember", "excluded"), today);
    expect(result.verdict).toBe("not_eligible");
    expect(result.reasons[1]?.source).toEqual({ kind: "rules", ref: "exclusions.familyAssociationBoardMember", precedent: "LCvV 15-006" });
  });

  for (const relation of RELATION_KINDS.filter((kind) => kind !== "employee")) {
    it(`applies the regulation's policy to a candidate who is ${relation}`, () => {
      const asked = candidate({ [relation]: true });
      expect(checkEligibility(asked, policy(relation, "excluded"), today).verdict).toBe("not_eligible");
      expect(checkEligibility(asked, policy(relation, "needs_review"), today).verdict).toBe("needs_review");
      expect(checkEligibility(asked, policy(relation, "allowed"), today).verdict).toBe("eligible");
    });
  }

  it("asks for a conversation about any other relation the candidate describes", () => {
    const result = checkEligibility(candidate({ other: "Mijn buurvrouw werkt in de keuken." }), commonPracticeRules, today);
    expect(result).toMatchInlineSnapshot(`
      {
        "reasons": [
          {
            "code": "open_membership",
            "effect": "pass",
            "params": {},
            "source": {
              "kind": "rules",
              "ref": "whoMayJoin",
            },
          },
          {
            "code": "other_relation",
            "effect": "review",
            "params": {},
            "source": {
              "kind": "guidance",
              "ref": "LOC: conflicterend belang",
            },
          },
          {
            "code": "aspirant_period",
            "effect": "info",
            "params": {
              "months": 3,
            },
            "source": {
              "kind": "rules",
              "ref": "aspirantMonths",
            },
          },
        ],
        "verdict": "needs_review",
      }
    `);
  });

  it("ignores an 'other' answer that is only spaces", () => {
    expect(checkEligibility(candidate({ other: "   " }), commonPracticeRules, today).verdict).toBe("eligible");
  });

  it("gives every blocking reason, not only the first", () => {
    const result = checkEligibility(candidate({ employee: "current", supplier: true, boardMember: true }), commonPracticeRules, today);
    expect(codes(result)).toEqual(["pass:open_membership", "fail:relation_excluded", "fail:relation_excluded", "fail:relation_excluded"]);
  });

  describe("who may join", () => {
    const clientsOnly = rulesWith({ whoMayJoin: "clients_only" });
    const clientsAndRepresentatives = rulesWith({ whoMayJoin: "clients_and_representatives", representativeRelations: ["representative", "mentor"] });

    it("accepts a current client under clients-only rules", () => {
      expect(codes(checkEligibility(candidate({ client: "current" }), clientsOnly, today))).toContain("pass:client_now");
    });

    it("refuses someone who is not a client under clients-only rules", () => {
      expect(checkEligibility(candidate(), clientsOnly, today)).toMatchInlineSnapshot(`
        {
          "reasons": [
            {
              "code": "not_a_client",
              "effect": "fail",
              "params": {},
              "source": {
                "kind": "rules",
                "ref": "whoMayJoin",
              },
            },
            {
              "code": "no_conflicting_interest",
              "effect": "pass",
              "params": {},
              "source": {
                "kind": "guidance",
                "ref": "LOC: conflicterend belang",
              },
            },
          ],
          "verdict": "not_eligible",
        }
      `);
    });

    it("accepts a former client up to and including the last day of the window", () => {
      const result = checkEligibility(candidate({ client: "former", careEndedOn: "2024-11-23" }), clientsOnly, today);
      expect(result.reasons[0]).toMatchInlineSnapshot(`
        {
          "code": "former_client_recent",
          "effect": "pass",
          "params": {
            "careEndedOn": "2024-11-23",
            "until": "2026-11-23",
          },
          "source": {
            "kind": "rules",
            "ref": "coolingOff.formerClientYears",
          },
        }
      `);
    });

    it("refuses a former client whose care ended longer ago than the window", () => {
      const result = checkEligibility(candidate({ client: "former", careEndedOn: "2024-11-22" }), clientsOnly, today);
      expect(result.verdict).toBe("not_eligible");
      expect(codes(result)).toContain("fail:former_client_too_long_ago");
    });

    it("asks for a conversation when a former client's end date is unknown", () => {
      const result = checkEligibility(candidate({ client: "former" }), clientsOnly, today);
      expect(codes(result)).toContain("review:care_end_date_missing");
    });

    it("treats former clients as non-clients when the regulation has no window", () => {
      const rules = rulesWith({ whoMayJoin: "clients_only", coolingOff: { formerClientYears: 0 } });
      expect(codes(checkEligibility(candidate({ client: "former", careEndedOn: "2026-11-01" }), rules, today))).toContain("fail:not_a_client");
    });

    it("treats care that ends after today as current", () => {
      expect(codes(checkEligibility(candidate({ client: "former", careEndedOn: "2027-03-01" }), clientsOnly, today))).toContain("pass:client_now");
    });

    it("accepts a representative when representatives may join", () => {
      const result = checkEligibility(candidate({ clientRelation: "mentor" }), clientsAndRepresentatives, today);
      expect(result.reasons[0]).toMatchInlineSnapshot(`
        {
          "code": "client_relation",
          "effect": "pass",
          "params": {
            "relation": "mentor",
          },
          "source": {
            "kind": "rules",
            "ref": "representativeRelations",
          },
        }
      `);
    });

    it("refuses a relation the regulation does not count as a representative", () => {
      const result = checkEligibility(candidate({ clientRelation: "relative" }), clientsAndRepresentatives, today);
      expect(codes(result)).toContain("fail:not_client_or_relation");
    });

    it("accepts a former client long ago who now represents a client", () => {
      const result = checkEligibility(candidate({ client: "former", careEndedOn: "2010-01-01", clientRelation: "representative" }), clientsAndRepresentatives, today);
      expect(result.verdict).toBe("eligible");
    });

    it("does not ask for client status when anyone without conflict may join", () => {
      expect(codes(checkEligibility({}, commonPracticeRules, today))[0]).toBe("pass:open_membership");
    });
  });

  describe("council size", () => {
    it("takes no new member when the council is at its maximum size", () => {
      const result = checkEligibility(candidate(), commonPracticeRules, { today: TODAY, council: { memberCount: 9 } });
      expect(result).toMatchInlineSnapshot(`
        {
          "reasons": [
            {
              "code": "open_membership",
              "effect": "pass",
              "params": {},
              "source": {
                "kind": "rules",
                "ref": "whoMayJoin",
              },
            },
            {
              "code": "no_conflicting_interest",
              "effect": "pass",
              "params": {},
              "source": {
                "kind": "guidance",
                "ref": "LOC: conflicterend belang",
              },
            },
            {
              "code": "council_full",
              "effect": "fail",
              "params": {
                "maxMembers": 9,
                "memberCount": 9,
              },
              "source": {
                "kind": "rules",
                "ref": "maxMembers",
              },
            },
          ],
          "verdict": "not_eligible",
        }
      `);
    });

    it("takes a new member while a seat is free", () => {
      expect(checkEligibility(candidate(), commonPracticeRules, { today: TODAY, council: { memberCount: 8 } }).verdict).toBe("eligible");
    });
  });

  describe("certificate of conduct (VOG)", () => {
    it("tells the candidate a VOG will be asked only when the regulation says so", () => {
      const result = checkEligibility(candidate(), rulesWith({ certificateOfConductRequired: true }), today);
      expect(result.reasons.find((r) => r.code === "certificate_of_conduct_required")).toMatchInlineSnapshot(`
        {
          "code": "certificate_of_conduct_required",
          "effect": "info",
          "params": {},
          "source": {
            "kind": "rules",
            "ref": "certificateOfConductRequired",
          },
        }
      `);
    });

    it("does not mention a VOG when the regulation does not ask for one", () => {
      expect(codes(checkEligibility(candidate(), commonPracticeRules, today))).not.toContain("info:certificate_of_conduct_required");
    });

    it("leaves VOG and aspirant information out when the candidate cannot join", () => {
      const result = checkEligibility(candidate({ boardMember: true }), rulesWith({ certificateOfConductRequired: true }), today);
      expect(result.reasons.some((r) => r.effect === "info")).toBe(false);
    });
  });

  it("mentions no aspirant period when the regulation has none", () => {
    expect(codes(checkEligibility(candidate(), rulesWith({ aspirantMonths: 0 }), today))).not.toContain("info:aspirant_period");
  });

  it("evaluates rules with unique ids", () => {
    const ids = eligibilityRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("checkEligibility (properties)", () => {
  const policyArb = fc.constantFrom("allowed", "excluded", "needs_review" as const);
  const dateArb = fc.integer({ min: 0, max: 365 * 40 }).map((n) => addDays("2000-01-01", n));
  const candidateArb = fc
    .record(
      {
        client: fc.constantFrom("current", "former", "no" as const),
        careEndedOn: dateArb,
        clientRelation: fc.constantFrom("representative", "mentor", "relative", "mantelzorger", "none" as const),
        employee: fc.constantFrom("current", "former", "no" as const),
        employmentEndedOn: dateArb,
        volunteer: fc.boolean(),
        supplier: fc.boolean(),
        boardMember: fc.boolean(),
        supervisoryBoardMember: fc.boolean(),
        worksCouncilMember: fc.boolean(),
        familyAssociationBoardMember: fc.boolean(),
        otherProviderCouncilMember: fc.boolean(),
        relativeOfStaff: fc.boolean(),
        other: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: [] },
    )
    .map((c): Candidate => {
      const { careEndedOn, employmentEndedOn, ...rest } = c;
      return {
        ...rest,
        ...(c.client === "former" && careEndedOn !== undefined ? { careEndedOn } : {}),
        ...(c.employee === "former" && employmentEndedOn !== undefined ? { employmentEndedOn } : {}),
      };
    });
  const rulesArb = fc
    .record({
      whoMayJoin: fc.constantFrom("clients_only", "clients_and_representatives", "anyone_without_conflict" as const),
      exclusions: fc.record(Object.fromEntries(RELATION_KINDS.map((kind) => [kind, policyArb])) as Record<RelationKind, typeof policyArb>),
      formerEmployeeYears: fc.integer({ min: 0, max: 5 }),
      formerClientYears: fc.integer({ min: 0, max: 5 }),
      certificateOfConductRequired: fc.boolean(),
    })
    .map(({ formerEmployeeYears, formerClientYears, ...rest }) => rulesWith({ ...rest, coolingOff: { formerEmployeeYears, formerClientYears } }));
  const contextArb = fc.record({ today: dateArb, council: fc.option(fc.record({ memberCount: fc.integer({ min: 0, max: 12 }) }), { nil: undefined }) });

  it("always gives at least one reason, and cites the rules or guidance, never the law", () => {
    fc.assert(
      fc.property(candidateArb, rulesArb, contextArb, (c, rules, context) => {
        const result = checkEligibility(c, rules, context.council === undefined ? { today: context.today } : { today: context.today, council: context.council });
        expect(result.reasons.length).toBeGreaterThan(0);
        expect(result.reasons.every((r) => r.source.kind !== "law")).toBe(true);
      }),
    );
  });

  it("tells nothing extra (VOG, aspirant period) to a candidate who cannot join", () => {
    fc.assert(
      fc.property(candidateArb, rulesArb, (c, rules) => {
        const result = checkEligibility(c, rules, { today: TODAY });
        if (result.verdict === "not_eligible") expect(result.reasons.some((r) => r.effect === "info")).toBe(false);
      }),
    );
  });

  it("never turns an eligible candidate away when the regulation allows one more relation", () => {
    fc.assert(
      fc.property(candidateArb, rulesArb, fc.constantFrom(...RELATION_KINDS), (c, rules, kind) => {
        const before = checkEligibility(c, rules, { today: TODAY }).verdict;
        const relaxed = { ...rules, exclusions: { ...rules.exclusions, [kind]: "allowed" as const } };
        const after = checkEligibility(c, relaxed, { today: TODAY }).verdict;
        const rank = { eligible: 0, needs_review: 1, not_eligible: 2 } as const;
        expect(rank[after]).toBeLessThanOrEqual(rank[before]);
      }),
    );
  });
});

describe("checkEligibility with malformed input", () => {
  it("refuses wrong value types, missing or impossible dates with an InvalidInputError naming the field", () => {
    const cases: [unknown, unknown, unknown, string][] = [
      [{ employee: "yes" }, commonPracticeRules, { today: "2026-11-23" }, "candidate.employee"],
      [{ volunteer: "true" }, commonPracticeRules, { today: "2026-11-23" }, "candidate.volunteer"],
      [{}, commonPracticeRules, {}, "context.today"],
      [{}, commonPracticeRules, { today: "2026-02-31" }, "context.today"],
      [{}, { ...commonPracticeRules, termYears: "4" }, { today: "2026-11-23" }, "rules.termYears"],
      [{ employee: "former", employmentEndedOn: "2026-13-01" }, commonPracticeRules, { today: "2026-11-23" }, "candidate.employmentEndedOn"],
    ];
    for (const [candidate, rules, context, field] of cases) {
      let error: unknown;
      try {
        checkEligibility(candidate as Candidate, rules as MembershipRules, context as EligibilityContext);
      } catch (e) {
        error = e;
      }
      expect(error, field).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).issues.map((i) => i.path.join(".")), field).toContain(field);
    }
  });

  it("never answers bad input with a verdict or a TypeError, whatever it is", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (candidate, today) => {
        try {
          const result = checkEligibility(candidate as Candidate, commonPracticeRules, { today } as EligibilityContext);
          // Only a valid candidate on a valid day gets a verdict.
          expect(CandidateSchema.safeParse(candidate).success && typeof today === "string").toBe(true);
          expect(["eligible", "needs_review", "not_eligible"]).toContain(result.verdict);
        } catch (e) {
          expect(e).toBeInstanceOf(InvalidInputError);
        }
      }),
    );
  });
});
