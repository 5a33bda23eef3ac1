// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { CheckView } from "./check.js";
import { renderCheck, renderField, renderGlossary } from "./render.js";

const view = (overrides: Partial<CheckView> = {}): CheckView => ({
  summary: "Deze tekst raakt 1 recht van de cliëntenraad.",
  findings: [
    {
      right: "consent",
      rightLabel: "Instemmingsrecht",
      topicTitle: "Regelingen voor cliënten",
      citationText: "art. 8 lid 1 sub a Wmcz 2018",
      explanation: "De organisatie mag dit pas doen als de raad ja zegt.",
      conditionTexts: [],
      evidence: ["<img src=x onerror=alert(1)>klachtenregeling"],
    },
  ],
  procedures: [],
  plans: [{ right: "consent", rightLabel: "Instemmingsrecht", steps: [{ dateText: "30 maart 2026", text: "De raad antwoordt." }] }],
  planIntro: "De data tellen vanaf de dag van de check: 2 maart 2026.",
  checkedOnText: "Gecontroleerd op 2 maart 2026",
  ruleSetText: "Regels: versie 1",
  ...overrides,
});

describe("renderCheck", () => {
  it("shows right, topic, citation and explanation of every finding", () => {
    const text = renderCheck(view(), "nl").textContent;
    expect(text).toContain("Instemmingsrecht");
    expect(text).toContain("Regelingen voor cliënten");
    expect(text).toContain("Bron: art. 8 lid 1 sub a Wmcz 2018");
    expect(text).toContain("De organisatie mag dit pas doen als de raad ja zegt.");
  });

  it("puts the words from the page in as text, never as HTML", () => {
    const element = renderCheck(view(), "nl");
    expect(element.querySelector("img")).toBeNull();
    expect(element.querySelector("q")?.textContent).toBe("<img src=x onerror=alert(1)>klachtenregeling");
  });

  it("lists the steps with their dates", () => {
    const steps = [...renderCheck(view(), "nl").querySelectorAll(".rw-steps li")].map((li) => li.textContent);
    expect(steps).toEqual(["30 maart 2026: De raad antwoordt."]);
  });

  it("does not repeat a date the step's text already names", () => {
    const element = renderCheck(
      view({ plans: [{ right: "consent", rightLabel: "Instemmingsrecht", steps: [{ dateText: "30 maart 2026", text: "30 maart 2026: de raad antwoordt." }] }] }),
      "nl",
    );
    expect(element.querySelector(".rw-steps li")?.textContent).toBe("30 maart 2026: de raad antwoordt.");
  });

  it("shows no plan when no right was found", () => {
    const element = renderCheck(view({ findings: [], plans: [] }), "nl");
    expect(element.querySelector(".rw-plan")).toBeNull();
    expect(element.querySelector(".rw-findings")).toBeNull();
  });
});

describe("renderGlossary", () => {
  it("says so when nothing was found", () => {
    expect(renderGlossary([], "en").textContent).toBe("No term found. Try another word.");
  });
});

describe("renderField", () => {
  it("groups a yes/no question in a fieldset with its question as legend", () => {
    const field = renderField(
      { name: "client", kind: "yes_no", label: "Bent u cliënt?", required: true, options: [{ value: "yes", label: "Ja" }, { value: "no", label: "Nee" }] },
      "nl",
      "no",
    );
    expect(field.tagName).toBe("FIELDSET");
    expect(field.querySelector("legend")?.textContent).toBe("Bent u cliënt?");
    expect(field.querySelector<HTMLInputElement>("input[value=no]")?.checked).toBe(true);
  });

  it("links a date field to its label", () => {
    const field = renderField({ name: "since", kind: "date", label: "Sinds wanneer?", required: false, options: [] }, "nl", undefined);
    expect(field.querySelector("label")?.getAttribute("for")).toBe("q-since");
    expect(field.querySelector("input")?.type).toBe("date");
  });
});
