import { describe, expect, it } from "vitest";
import { assessDecision } from "../assess-decision/index.js";
import { planProcedure } from "../plan-procedure/index.js";
import { explainFinding, explainNothingFound, explainPlan, explainProcedureFinding } from "./index.js";

const firstFinding = (text: string) => {
  const finding = assessDecision(text).findings[0];
  if (finding === undefined) throw new Error(`no finding in ${text}`);
  return finding;
};

describe("explainFinding", () => {
  it("gives the right, topic, citation and evidence in Dutch", () => {
    expect(explainFinding(firstFinding("Nieuwe huisregels"), "nl")).toMatchObject({
      rightLabel: "Instemmingsrecht",
      citationText: "art. 8 lid 1 sub a Wmcz 2018",
      evidence: ["huisregels"],
      conditionTexts: [],
    });
  });

  it("explains the long-term-stay condition in English", () => {
    const view = explainFinding(firstFinding("Nieuwbouw van De Hoge Weide"), "en");
    expect([view.rightLabel, view.citationText, view.conditionTexts.length]).toEqual(["Right to advise", "art. 7(1)(h) Wmcz 2018", 1]);
  });
});

describe("explainFinding conditions", () => {
  it("explains 'only if this is general policy' in words", () => {
    expect(explainFinding(firstFinding("Minder activiteiten in het weekend"), "nl").conditionTexts).toEqual([expect.stringContaining("Alleen als dit algemeen beleid is")]);
  });
});

describe("explainNothingFound", () => {
  it("names unsolicited advice under art. 9", () => {
    expect(explainNothingFound("nl")).toMatchObject({ routeLabel: "Ongevraagd advies", citationText: "art. 9 Wmcz 2018" });
  });
});

describe("explainProcedureFinding", () => {
  // Issue 11, correction 7: the binding nomination does not let the council simply choose the candidate.
  it("does not say the council chooses the candidate, and gives the refusal point with its status", () => {
    const procedure = assessDecision("De cliëntenraad doet een bindende voordracht voor een nieuw lid van de raad van toezicht.").procedures[0];
    if (procedure === undefined) throw new Error("no procedure");
    const view = explainProcedureFinding(procedure, "nl");
    expect(view.explanation).not.toContain("de raad kiest de kandidaat");
    expect(view.caveats).toEqual([expect.stringContaining("niet bevestigd")]);
  });

  it("names the procedure and its citation", () => {
    const procedure = assessDecision("Opheffen van de cliëntenraad van locatie Zuid").procedures[0];
    if (procedure === undefined) throw new Error("no procedure");
    expect(explainProcedureFinding(procedure, "nl")).toMatchObject({ title: "Een cliëntenraad opheffen", citationText: "Wmcz 2018" });
  });
});

describe("explainPlan", () => {
  it("writes each step as a sentence with its date and source", () => {
    const view = explainPlan(planProcedure({ right: "consent", sentOn: "2026-11-23", decisionLearnedOn: "2027-02-10" }), "nl");
    expect(view.steps[2]).toMatchObject({ date: "2027-01-04" });
    expect(view.steps[2]?.text).toContain("De wet noemt geen vaste termijn");
    const nullity = view.steps.find((s) => s.text.includes("nietig"));
    expect(nullity?.date).toBeUndefined();
    expect(nullity?.text).toContain("10 maart 2027");
    expect(nullity?.text).toContain("niet zeker");
  });

  it("adds the in-time text when a decision date is planned", () => {
    const view = explainPlan(planProcedure({ right: "advice", sentOn: "2026-11-23", plannedDecisionOn: "2026-12-01" }), "en");
    expect(view.inTimeText).toContain("Not in time by the common 6-week period");
  });
});
