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
    expect(view.plans.map((plan) => plan.right)).toEqual(["advice", "consent", "unsolicited-advice"]);
    const dated = view.plans.flatMap((plan) => plan.steps).filter((step) => step.dateText !== undefined);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((step) => /\d{1,2} [A-Z][a-z]+ 20\d\d/.test(step.dateText!))).toBe(true);
  });

  // Issue 11: "nothing found" points to unsolicited advice (art. 9) and who can help, with its procedure.
  it("answers a text without a right with unsolicited advice and its steps", () => {
    const view = checkView(checkText("De printer op de tweede verdieping wordt vervangen.", "2026-03-02"), "nl");
    expect(view.findings).toEqual([]);
    expect(view.plans.map((plan) => [plan.right, plan.rightLabel])).toEqual([["unsolicited-advice", "Ongevraagd advies"]]);
    expect(view.plans[0]?.steps[0]?.citationText).toBe("art. 9 Wmcz 2018");
    expect(view.summary).toContain("De cliëntenraad mag wel altijd ongevraagd advies geven");
    expect(view.summary).toContain("LOC");
  });

  it("answers appointing a board member with its routes, and the binding nomination's caveat with its status", () => {
    const appointment = checkView(checkText("Benoeming van een nieuwe bestuurder.", "2026-03-02"), "nl");
    expect(appointment.procedures.map((p) => p.title)).toEqual(["Een bestuurder of lid van de raad van toezicht benoemen"]);
    const nomination = checkView(checkText("De cliëntenraad doet een bindende voordracht voor een nieuw lid van de raad van toezicht.", "2026-03-02"), "nl");
    expect(nomination.procedures[0]?.caveats).toEqual([expect.stringContaining("niet bevestigd")]);
  });

  it("names the day of the check and the rule set", () => {
    const check = checkText(DECISION, "2026-03-02");
    const view = checkView(check, "nl");
    expect(view.checkedOnText).toBe("Gecontroleerd op 2 maart 2026");
    expect(view.ruleSetText).toBe(`Regels: versie ${check.assessment.ruleSetVersion}`);
  });
});
