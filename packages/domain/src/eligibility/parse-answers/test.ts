import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEligibility } from "../check-eligibility/index.js";
import { CandidateSchema } from "../candidate/index.js";
import { commonPracticeRules } from "../common-practice/index.js";
import { QUESTION_IDS, questionsFor } from "../questions-for/index.js";
import { rulesWith, TODAY } from "../test/fixtures.js";
import { type Answers, AnswersSchema, parseAnswers } from "./index.js";

/** "No" to every yes/no question these rules ask. */
function allNo(rules = commonPracticeRules): Record<string, string> {
  return Object.fromEntries(questionsFor(rules).filter((q) => q.kind === "yes_no").map((q) => [q.id, "no"]));
}

describe("parseAnswers", () => {
  it("turns 'no' to everything into a candidate without relations", () => {
    expect(parseAnswers(commonPracticeRules, allNo())).toMatchInlineSnapshot(`
      {
        "data": {
          "boardMember": false,
          "employee": "no",
          "familyAssociationBoardMember": false,
          "otherProviderCouncilMember": false,
          "relativeOfStaff": false,
          "supervisoryBoardMember": false,
          "supplier": false,
          "volunteer": false,
          "worksCouncilMember": false,
        },
        "success": true,
      }
    `);
  });

  it("reports every unanswered required question", () => {
    expect(parseAnswers(commonPracticeRules, {})).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "required",
            "field": "employee",
            "params": {},
          },
          {
            "code": "required",
            "field": "volunteer",
            "params": {},
          },
          {
            "code": "required",
            "field": "supplier",
            "params": {},
          },
          {
            "code": "required",
            "field": "boardMember",
            "params": {},
          },
          {
            "code": "required",
            "field": "supervisoryBoardMember",
            "params": {},
          },
          {
            "code": "required",
            "field": "worksCouncilMember",
            "params": {},
          },
          {
            "code": "required",
            "field": "familyAssociationBoardMember",
            "params": {},
          },
          {
            "code": "required",
            "field": "otherProviderCouncilMember",
            "params": {},
          },
          {
            "code": "required",
            "field": "relativeOfStaff",
            "params": {},
          },
        ],
        "success": false,
      }
    `);
  });

  it("reads a former employment with a date typed the Dutch way", () => {
    const result = parseAnswers(commonPracticeRules, { ...allNo(), formerEmployee: "yes", employmentEndedOn: "31-12-2022" });
    expect(result.success && result.data).toMatchObject({ employee: "former", employmentEndedOn: "2022-12-31" });
  });

  it("reads a date from a date input", () => {
    const result = parseAnswers(commonPracticeRules, { ...allNo(), formerEmployee: "yes", employmentEndedOn: "2022-12-31" });
    expect(result.success && result.data.employmentEndedOn).toBe("2022-12-31");
  });

  it("refuses an impossible date", () => {
    const result = parseAnswers(commonPracticeRules, { ...allNo(), formerEmployee: "yes", employmentEndedOn: "31-02-2022" });
    expect(result).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "invalid_date",
            "field": "employmentEndedOn",
            "params": {},
          },
        ],
        "success": false,
      }
    `);
  });

  it("ignores the answer to a question that is not shown", () => {
    const result = parseAnswers(commonPracticeRules, { ...allNo(), employee: "yes", formerEmployee: "yes", employmentEndedOn: "nonsense" });
    expect(result.success && result.data).toMatchObject({ employee: "current" });
    expect(result.success && result.data.employmentEndedOn).toBeUndefined();
  });

  it("refuses a yes/no answer that is neither", () => {
    const result = parseAnswers(commonPracticeRules, { ...allNo(), volunteer: "misschien" });
    expect(!result.success && result.issues).toEqual([{ field: "volunteer", code: "invalid_choice", params: { allowed: ["yes", "no"] } }]);
  });

  it("refuses a client relation the regulation does not offer", () => {
    const rules = rulesWith({ whoMayJoin: "clients_and_representatives", representativeRelations: ["mentor"] });
    const result = parseAnswers(rules, { ...allNo(rules), clientRelation: "relative" });
    expect(!result.success && result.issues).toEqual([{ field: "clientRelation", code: "invalid_choice", params: { allowed: ["mentor", "none"] } }]);
  });

  it("reads a former client with the date care ended", () => {
    const rules = rulesWith({ whoMayJoin: "clients_only" });
    const result = parseAnswers(rules, { ...allNo(rules), formerClient: "yes", careEndedOn: "1-7-2025" });
    expect(result.success && result.data).toMatchObject({ client: "former", careEndedOn: "2025-07-01" });
  });

  it("keeps the 'other' text trimmed and drops it when empty", () => {
    const filled = parseAnswers(commonPracticeRules, { ...allNo(), other: "  ik geef les op de dagbesteding " });
    expect(filled.success && filled.data.other).toBe("ik geef les op de dagbesteding");
    const empty = parseAnswers(commonPracticeRules, { ...allNo(), other: "   " });
    expect(empty.success && "other" in empty.data).toBe(false);
  });

  it("refuses an 'other' text that is too long", () => {
    const result = parseAnswers(commonPracticeRules, { ...allNo(), other: "x".repeat(501) });
    expect(!result.success && result.issues).toEqual([{ field: "other", code: "too_long", params: { max: 500 } }]);
  });

  it("refuses an 'other' text with a NUL byte or a bidi override", () => {
    const codes = ["werk bij\u0000de zorgaanbieder", "zus van \u202Eeen medewerker"].map((other) => {
      const result = parseAnswers(commonPracticeRules, { ...allNo(), other });
      return result.success ? [] : result.issues.map((issue) => issue.code);
    });
    expect(codes).toEqual([["unsafe_characters"], ["unsafe_characters"]]);
  });

  it("ignores fields it does not ask for, such as a name", () => {
    expect(parseAnswers(commonPracticeRules, { ...allNo(), name: "Jan", csrf: "x" }).success).toBe(true);
  });

  it("gives a result, never a throw, for any record of strings", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.option(fc.string(), { nil: undefined })), (answers: Answers) => {
        const result = parseAnswers(commonPracticeRules, answers);
        expect(typeof result.success).toBe("boolean");
      }),
    );
  });

  it("gives a valid candidate or field issues for any answers to its own questions", () => {
    const value = fc.oneof(fc.constantFrom("yes", "no", "", "2024-02-29", "31-12-2025", "none", "mentor"), fc.string());
    const answers = fc.record(Object.fromEntries(QUESTION_IDS.map((id) => [id, fc.option(value, { nil: undefined })])));
    const rules = rulesWith({ whoMayJoin: "clients_and_representatives" });
    fc.assert(
      fc.property(answers, (form: Answers) => {
        const result = parseAnswers(rules, form);
        if (result.success) {
          expect(CandidateSchema.safeParse(result.data).success).toBe(true);
          expect(() => checkEligibility(result.data, rules, { today: TODAY })).not.toThrow();
        } else {
          expect(result.issues.length).toBeGreaterThan(0);
          expect(result.issues.every((issue) => (QUESTION_IDS as readonly string[]).includes(issue.field))).toBe(true);
        }
      }),
    );
  });
});

describe("AnswersSchema", () => {
  it("accepts flat text and refuses nested values", () => {
    expect(AnswersSchema.safeParse({ employee: "no" }).success).toBe(true);
    expect(AnswersSchema.safeParse({ employee: ["no"] }).success).toBe(false);
  });
});
