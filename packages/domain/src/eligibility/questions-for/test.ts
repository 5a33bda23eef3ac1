import { describe, expect, it } from "vitest";
import { commonPracticeRules } from "../common-practice/index.js";
import { RELATION_KINDS } from "../membership-rules/index.js";
import { rulesWith } from "../test/fixtures.js";
import { QUESTION_IDS, questionsFor } from "./index.js";

const ids = (rules = commonPracticeRules) => questionsFor(rules).map((q) => q.id);
const allAllowed = rulesWith({
  exclusions: Object.fromEntries(RELATION_KINDS.map((kind) => [kind, "allowed"])),
});

describe("questionsFor", () => {
  it("asks the common-practice questions, without client status", () => {
    expect(ids()).toMatchInlineSnapshot(`
      [
        "employee",
        "formerEmployee",
        "employmentEndedOn",
        "volunteer",
        "supplier",
        "boardMember",
        "supervisoryBoardMember",
        "worksCouncilMember",
        "familyAssociationBoardMember",
        "otherProviderCouncilMember",
        "relativeOfStaff",
        "other",
      ]
    `);
  });

  it("does not ask about being a client when anyone without conflict may join", () => {
    expect(ids()).not.toContain("client");
  });

  it("asks about being a client, and before, under clients-only rules", () => {
    expect(ids(rulesWith({ whoMayJoin: "clients_only" })).slice(0, 3)).toEqual(["client", "formerClient", "careEndedOn"]);
  });

  it("does not ask about former care when former clients do not count", () => {
    expect(ids(rulesWith({ whoMayJoin: "clients_only", coolingOff: { formerClientYears: 0 } }))).not.toContain("careEndedOn");
  });

  it("offers only the client relations the regulation counts", () => {
    const rules = rulesWith({ whoMayJoin: "clients_and_representatives", representativeRelations: ["representative", "mentor"] });
    const question = questionsFor(rules).find((q) => q.id === "clientRelation");
    expect(question?.options?.map((option) => option.value)).toEqual(["representative", "mentor", "none"]);
    expect(question?.showIf).toEqual({ questionId: "client", equals: "no" });
  });

  it("does not ask about volunteering when volunteers are allowed", () => {
    expect(ids(rulesWith({ exclusions: { volunteer: "allowed" } }))).not.toContain("volunteer");
  });

  it("asks about volunteering when volunteers need a conversation", () => {
    expect(ids(rulesWith({ exclusions: { volunteer: "needs_review" } }))).toContain("volunteer");
  });

  it("asks for the end of employment only when a cooling-off period makes it matter", () => {
    expect(ids(rulesWith({ coolingOff: { formerEmployeeYears: 0 } }))).not.toContain("employmentEndedOn");
    const date = questionsFor(commonPracticeRules).find((q) => q.id === "employmentEndedOn");
    expect(date?.showIf).toEqual({ questionId: "formerEmployee", equals: "yes" });
  });

  it("asks only the optional 'other' question when nothing else matters", () => {
    expect(questionsFor(allAllowed)).toMatchInlineSnapshot(`
      [
        {
          "help": {
            "en": "You may leave this empty. Do not write names or anything about your health.",
            "nl": "U mag dit leeg laten. Schrijf geen namen op en niets over uw gezondheid.",
          },
          "id": "other",
          "kind": "text",
          "label": {
            "en": "Do you have any other tie with this care organisation? Describe it briefly.",
            "nl": "Hebt u nog een andere band met deze zorgorganisatie? Schrijf het kort op.",
          },
          "required": false,
        },
      ]
    `);
  });

  it("asks in the order of QUESTION_IDS, each question once", () => {
    const asked = ids(rulesWith({ whoMayJoin: "clients_and_representatives" }));
    expect(asked).toEqual(QUESTION_IDS.filter((id) => asked.includes(id)));
  });

  it("labels every question in Dutch and English", () => {
    for (const question of questionsFor(rulesWith({ whoMayJoin: "clients_and_representatives" }))) {
      expect(question.label.nl).not.toBe("");
      expect(question.label.en).not.toBe("");
      expect(question.label.nl).not.toBe(question.label.en);
    }
  });

  it("uses the B1 wording for the employee question", () => {
    expect(questionsFor(commonPracticeRules)[0]?.label.nl).toBe("Werkt u nu bij deze zorgorganisatie?");
  });
});
