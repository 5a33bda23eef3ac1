import { describe, expect, it } from "vitest";
import { checkText, checkView } from "./check.js";

const DECISION = "Voorgenomen besluit: wij willen fuseren met Zorggroep Oost. Ook willen wij de klachtenregeling wijzigen.";

describe("checkView", () => {
  it("shows every right the domain finds, with the domain's words", () => {
    const view = checkView(checkText(DECISION, "2026-03-02"), "nl");
    expect(new Set(view.findings.map((finding) => finding.right))).toEqual(new Set(["advice", "consent"]));
    for (const finding of view.findings) {
      expect(finding.rightLabel).not.toBe("");
      expect(finding.topicTitle).not.toBe("");
      expect(finding.citationText).toMatch(/Wmcz 2018/);
      expect(finding.explanation).not.toBe("");
    }
  });

  it("counts the rights in the summary", () => {
    const view = checkView(checkText(DECISION, "2026-03-02"), "nl");
    expect(view.summary).toBe(`Deze tekst raakt ${view.findings.length} rechten van de cliëntenraad.`);
  });

  it("plans each right found once, with dates from the day of the check", () => {
    const view = checkView(checkText(DECISION, "2026-03-02"), "en");
    expect(view.plans.map((plan) => plan.right).sort()).toEqual(["advice", "consent"]);
    const dated = view.plans.flatMap((plan) => plan.steps).filter((step) => step.dateText !== undefined);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((step) => /\d{1,2} [A-Z][a-z]+ 20\d\d/.test(step.dateText!))).toBe(true);
  });

  it("says plainly when a text touches no right", () => {
    const view = checkView(checkText("De printer op de tweede verdieping wordt vervangen.", "2026-03-02"), "nl");
    expect(view.findings).toEqual([]);
    expect(view.plans).toEqual([]);
    expect(view.summary).toBe("In deze tekst vinden we geen recht van de cliëntenraad. Twijfelt u? Vraag het aan uw ondersteuner.");
  });

  it("names the day of the check and the rule set", () => {
    const check = checkText(DECISION, "2026-03-02");
    const view = checkView(check, "nl");
    expect(view.checkedOnText).toBe("Gecontroleerd op 2 maart 2026");
    expect(view.ruleSetText).toBe(`Regels: versie ${check.assessment.ruleSetVersion}`);
  });
});
