import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULE_SET_VERSION } from "../rule-set/index.js";
import { assessDecision } from "./index.js";

const topicsOf = (text: string, options?: { longTermStay?: boolean }) => assessDecision(text, options).findings.map((f) => f.topic);

describe("assessDecision", () => {
  it.each(["Voorgenomen fusie met Zorggroep Oost", "Wij gaan fuseren met Zorggroep Oost", "Na 1 januari zijn wij gefuseerd met Zorggroep Oost", "Zorggroep Noord fuseert met Zorggroep Zuid"])(
    "finds a merger in any inflection: %s",
    (text) => {
      expect(topicsOf(text)).toEqual(["merger-or-cooperation"]);
    },
  );

  it("reads compounds: a klachtenregeling is the complaints regulation", () => {
    expect(topicsOf("Wijziging van de klachtenregeling")).toEqual(["complaints-regulation"]);
  });

  it("reads compounds: huisregels are rules for clients", () => {
    expect(topicsOf("Nieuwe huisregels voor locatie Het Anker")).toEqual(["client-regulations"]);
  });

  it("ignores diacritics, case and punctuation", () => {
    expect(topicsOf("PRIJSVERHOGING WASSERVICE VOOR CLIENTEN!!!")).toEqual(topicsOf("Prijsverhoging wasservice voor cliënten."));
    expect(topicsOf("beeindigen van de dagbesteding")).toEqual(["ending-or-expanding-care"]);
  });

  it.each([
    "Aanschaf van nieuwe printers voor het kantoor",
    "Nieuwe werktijden voor de medewerkers van de thuiszorg",
    "Nieuwe prijzen in het restaurant voor bezoekers en buurtbewoners",
    "De ondernemingsraad heeft ingestemd met het nieuwe roosterbeleid.",
    "Verhuizing van het hoofdkantoor naar Utrecht",
    "",
  ])("finds no right in a text that touches none: %s", (text) => {
    expect(assessDecision(text).findings).toEqual([]);
  });

  it("returns every right of a decision that touches several", () => {
    const text = "Grootschalige verbouwing van De Linde, met een sociaal plan voor de bewoners en een nieuwe indeling van de kamers";
    expect(assessDecision(text).findings.map((f) => `${f.right}:${f.topic}`)).toEqual(["advice:housing-and-building", "consent:social-plan", "consent:room-layout"]);
  });

  it("quotes the words of the text as written as evidence", () => {
    const [finding] = assessDecision("De Cliëntenraad adviseert over de Jaarrekening 2025.").findings;
    expect(finding?.evidence).toEqual(["Jaarrekening"]);
  });

  it("cites sub-letters only where confirmed", () => {
    const [social] = assessDecision("Sociaal plan voor de bewoners bij de verhuizing").findings;
    expect(social?.citation).toEqual({ law: "Wmcz 2018", article: "8", status: "topic-confirmed" });
  });

  it("keeps a housing finding with its long-term-stay condition when the caller does not say", () => {
    const [finding] = assessDecision("Nieuwbouw van woonzorgcentrum De Hoge Weide").findings;
    expect(finding?.conditions.map((c) => c.code)).toEqual(["long_term_stay_only"]);
  });

  it("drops housing and manager findings for a provider without long-term stay", () => {
    expect(topicsOf("Nieuwbouw en de benoeming van een nieuwe locatiemanager", { longTermStay: false })).toEqual([]);
  });

  it("drops the condition when the caller says the provider is set up for long-term stay", () => {
    const [finding] = assessDecision("Benoeming van een nieuwe locatiemanager", { longTermStay: true }).findings;
    expect(finding?.conditions).toEqual([]);
  });

  it("ignores a negated mention", () => {
    expect(topicsOf("Er is geen sprake van een fusie of overname.")).toEqual([]);
  });

  it("ignores a regulation that is only referred to", () => {
    expect(topicsOf("Conform de medezeggenschapsregeling vragen wij uw advies over de begroting 2026.")).toEqual(["budget-and-accounts"]);
  });

  it("does not take the council's own budget for the organisation's budget", () => {
    expect(topicsOf("De begroting van de cliëntenraad voor 2026")).toEqual([]);
  });

  it("treats a building project named as the setting of a consent topic as setting only", () => {
    expect(topicsOf("Inrichting van de huiskamers in de nieuwbouw")).toEqual(["room-layout"]);
  });

  it("reports other Wmcz procedures apart from advice and consent", () => {
    const result = assessDecision("De cliëntenraad doet een bindende voordracht voor een nieuw lid van de raad van toezicht.");
    expect(result.findings).toEqual([]);
    expect(result.procedures).toMatchInlineSnapshot(`
      [
        {
          "citation": {
            "article": "10",
            "law": "Wmcz 2018",
            "status": "confirmed",
          },
          "confidence": 0.75,
          "evidence": [
            "bindende voordracht",
            "raad van toezicht",
          ],
          "procedure": "binding-nomination",
        },
      ]
    `);
  });

  it("records the rule-set version", () => {
    expect(assessDecision("Begroting 2026").ruleSetVersion).toBe(RULE_SET_VERSION);
  });

  it("gives a whole finding with citation, evidence and confidence", () => {
    expect(assessDecision("Voorgenomen besluit tot sluiting van locatie De Wending").findings).toMatchInlineSnapshot(`
      [
        {
          "citation": {
            "article": "7",
            "law": "Wmcz 2018",
            "paragraph": 1,
            "point": "d",
            "status": "confirmed",
          },
          "conditions": [],
          "confidence": 0.75,
          "evidence": [
            "sluiting",
            "locatie",
          ],
          "right": "advice",
          "topic": "ending-or-expanding-care",
        },
      ]
    `);
  });

  it("answers any text without crashing, with unique topics, quoted evidence and a confidence in (0, 1)", () => {
    const words = fc.constantFrom("fusie", "huisregels", "cliënten", "prijs", "begroting", "van", "de", "geen", "verbouwing", "medewerkers", ".", ";", "\n", "é", "sociaal", "plan");
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(words, { maxLength: 40 }).map((w) => w.join(" ")));
    fc.assert(
      fc.property(text, fc.option(fc.boolean(), { nil: undefined }), (input, longTermStay) => {
        const result = assessDecision(input, longTermStay === undefined ? {} : { longTermStay });
        const ids = result.findings.map((f) => f.topic);
        expect(new Set(ids).size).toBe(ids.length);
        for (const finding of result.findings) {
          expect(finding.confidence).toBeGreaterThan(0);
          expect(finding.confidence).toBeLessThan(1);
          for (const quote of finding.evidence) expect(input).toContain(quote.split(" ")[0]);
        }
      }),
    );
  });

  it("gives the same answer every time", () => {
    const text = "Fusie met Zorggroep Noord en nieuwe huisregels";
    expect(assessDecision(text)).toEqual(assessDecision(text));
  });
});
