import { describe, expect, it } from "vitest";
import { commonPracticeRules } from "../common-practice/index.js";
import { member, rulesWith, TODAY } from "../test/fixtures.js";
import { checkReappointment, checkSittingMember, SittingMemberSchema, termEndOf } from "./index.js";

const today = { today: TODAY };
// The regulation changed to clients only on 1 March 2025; this member joined before that.
const clientsOnlyNow = rulesWith({ whoMayJoin: "clients_only", clientsOnlySince: "2025-03-01" });
const nonClient = member({ appointedOn: "2024-01-01", termStartedOn: "2024-01-01", relations: { client: "no" } });

describe("termEndOf", () => {
  it("adds the regulation's term length to the start of the current term", () => {
    expect(termEndOf(member({ termStartedOn: "2024-01-01" }), commonPracticeRules)).toBe("2028-01-01");
  });
});

describe("checkReappointment", () => {
  it("allows a member in the first term when one re-appointment is allowed", () => {
    expect(checkReappointment(member(), commonPracticeRules, today)).toMatchInlineSnapshot(`
      {
        "allowed": true,
        "reasons": [
          {
            "code": "within_term_limit",
            "effect": "pass",
            "params": {
              "maxTerms": 2,
              "termNumber": 1,
            },
            "source": {
              "kind": "rules",
              "ref": "maxReappointments",
            },
          },
        ],
        "termEndsOn": "2028-01-01",
      }
    `);
  });

  it("refuses a member who has used every re-appointment", () => {
    const result = checkReappointment(member({ termNumber: 2 }), commonPracticeRules, today);
    expect(result).toMatchInlineSnapshot(`
      {
        "allowed": false,
        "reasons": [
          {
            "code": "term_limit_reached",
            "effect": "fail",
            "params": {
              "maxTerms": 2,
              "termNumber": 2,
            },
            "source": {
              "kind": "rules",
              "ref": "maxReappointments",
            },
          },
        ],
        "termEndsOn": "2028-01-01",
      }
    `);
  });

  it("refuses any re-appointment when the regulation allows none", () => {
    expect(checkReappointment(member(), rulesWith({ maxReappointments: 0 }), today).allowed).toBe(false);
  });

  it("refuses a sitting non-client under a rule changed to clients only (LCvV 07-04)", () => {
    expect(checkReappointment(nonClient, clientsOnlyNow, today)).toMatchInlineSnapshot(`
      {
        "allowed": false,
        "reasons": [
          {
            "code": "within_term_limit",
            "effect": "pass",
            "params": {
              "maxTerms": 2,
              "termNumber": 1,
            },
            "source": {
              "kind": "rules",
              "ref": "maxReappointments",
            },
          },
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
            "code": "no_reappointment_after_rule_change",
            "effect": "fail",
            "params": {
              "clientsOnlySince": "2025-03-01",
              "termEndsOn": "2028-01-01",
            },
            "source": {
              "kind": "rules",
              "precedent": "LCvV 07-04",
              "ref": "clientsOnlySince",
            },
          },
        ],
        "termEndsOn": "2028-01-01",
      }
    `);
  });

  it("allows a client under the clients-only rule", () => {
    expect(checkReappointment(member({ relations: { client: "current" } }), clientsOnlyNow, today).allowed).toBe(true);
  });

  it("refuses a member who now has a conflicting relation", () => {
    const result = checkReappointment(member({ relations: { employee: "current" } }), commonPracticeRules, today);
    expect(result.allowed).toBe(false);
    expect(result.reasons.map((r) => r.code)).toEqual(["within_term_limit", "relation_excluded"]);
  });

  it("does not re-appoint while a relation still needs a conversation", () => {
    expect(checkReappointment(member({ relations: { volunteer: true } }), commonPracticeRules, today).allowed).toBe(false);
  });
});

describe("checkSittingMember", () => {
  it("keeps a member who fits the current rules", () => {
    expect(checkSittingMember(member(), commonPracticeRules, today)).toEqual({ seat: "keeps_seat", seatUntil: "2028-01-01", reasons: [] });
  });

  it("lets a non-client appointed before a clients-only change keep the seat until the term ends (LCvV 07-04)", () => {
    expect(checkSittingMember(nonClient, clientsOnlyNow, today)).toMatchInlineSnapshot(`
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
            "code": "grandfathered_until_term_end",
            "effect": "pass",
            "params": {
              "clientsOnlySince": "2025-03-01",
              "termEndsOn": "2028-01-01",
            },
            "source": {
              "kind": "rules",
              "precedent": "LCvV 07-04",
              "ref": "clientsOnlySince",
            },
          },
        ],
        "seat": "keeps_seat_until_term_end",
        "seatUntil": "2028-01-01",
      }
    `);
  });

  it("does not grandfather a non-client appointed after the change", () => {
    const late = member({ appointedOn: "2025-06-01", termStartedOn: "2025-06-01", relations: { client: "no" } });
    expect(checkSittingMember(late, clientsOnlyNow, today).seat).toBe("needs_review");
  });

  it("does not grandfather when the regulation records no change date", () => {
    expect(checkSittingMember(nonClient, rulesWith({ whoMayJoin: "clients_only" }), today).seat).toBe("needs_review");
  });

  it("asks for a conversation when a sitting member takes a job with the provider", () => {
    const result = checkSittingMember(member({ relations: { employee: "current" } }), commonPracticeRules, today);
    expect(result).toMatchInlineSnapshot(`
      {
        "reasons": [
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
          {
            "code": "conflict_while_sitting",
            "effect": "review",
            "params": {},
            "source": {
              "kind": "law",
              "ref": "art. 3 Wmcz 2018",
            },
          },
        ],
        "seat": "needs_review",
        "seatUntil": "2028-01-01",
      }
    `);
  });

  it("does not grandfather a member whose new conflict is not about the clients-only change", () => {
    const result = checkSittingMember(member({ relations: { client: "no", boardMember: true } }), clientsOnlyNow, today);
    expect(result.seat).toBe("needs_review");
  });

  it("reports a term that has already ended", () => {
    const result = checkSittingMember(member({ termStartedOn: "2020-01-01", appointedOn: "2020-01-01" }), commonPracticeRules, today);
    expect(result.seat).toBe("term_ended");
    expect(result.seatUntil).toBe("2024-01-01");
  });
});

describe("SittingMemberSchema", () => {
  it("refuses a term that started before the member was appointed", () => {
    const parsed = SittingMemberSchema.safeParse({ ...member(), termStartedOn: "2023-01-01" });
    expect(parsed.success).toBe(false);
  });
});
