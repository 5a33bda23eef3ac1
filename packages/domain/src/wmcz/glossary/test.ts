import { describe, expect, it } from "vitest";
import { foldText } from "../../_lib/dutch-text/index.js";
import { glossary } from "./index.js";

describe("glossary", () => {
  it("has at least 25 terms with unique ids", () => {
    expect(glossary.length).toBeGreaterThanOrEqual(25);
    expect(new Set(glossary.map((g) => g.id)).size).toBe(glossary.length);
  });

  it("lists variants in lower case, including the headword", () => {
    for (const entry of glossary) {
      for (const variant of entry.variants) expect(variant, entry.id).toBe(variant.toLowerCase());
      expect(entry.variants.map(foldText), entry.id).toContain(foldText(entry.term));
    }
  });

  it("defines every term in Dutch and English", () => {
    for (const entry of glossary) expect(entry.definition.nl.length * entry.definition.en.length, entry.id).toBeGreaterThan(0);
  });

  // Issue 11, correction 3: the ambtelijk secretaris is not a variant of the (independent) supporter.
  it("keeps the ambtelijk secretaris apart from the independent supporter", () => {
    const supporter = glossary.find((g) => g.id === "ondersteuner");
    expect(supporter?.variants.some((v) => v.includes("ambtelijk"))).toBe(false);
    expect(supporter?.citation?.article).toBe("8");
    expect(glossary.find((g) => g.id === "ambtelijk-secretaris")?.citation).toBeUndefined();
  });

  // Issue 11, correction 7: long-term stay is about the instelling, not "langdurige zorg".
  it("does not read 'langdurige zorg' as the long-term-stay condition", () => {
    const entry = glossary.find((g) => g.id === "langdurig-verblijf");
    expect(entry?.variants).not.toContain("langdurige zorg");
    expect(entry?.definition.nl).toContain("Wlz-zorg kan ook thuis");
  });

  // Issue 11, correction 7: the absence of a fixed number of meetings is not a confirmed fact.
  it("marks 'no fixed number of meetings a year' as unconfirmed", () => {
    const entry = glossary.find((g) => g.id === "overlegvergadering");
    expect(entry?.definition.nl).not.toContain("De wet noemt geen vast aantal");
    expect(entry?.caveat?.status).toBe("unconfirmed");
  });

  // Issue 11, correction 7: inspraak is art. 2 and about an instelling set up for long-term stay, not "half a year".
  it("cites art. 2 for inspraak without the old half-year wording", () => {
    const entry = glossary.find((g) => g.id === "inspraak");
    expect(entry?.citation?.article).toBe("2");
    expect(entry?.definition.nl).not.toContain("half jaar");
  });

  // Issue 11, missing routes: information, facilities, who must have a council, board appointments.
  it("has entries for information, facilities, the council duty (art. 3 lid 1) and board appointments", () => {
    const byId = (id: string) => glossary.find((g) => g.id === id);
    expect(byId("informatierecht")?.definition.nl).toContain("redelijkerwijs nodig");
    expect(byId("faciliteiten")?.citation).toMatchObject({ article: "6", paragraph: 3, numbering: "bill" });
    expect(byId("verplichte-clientenraad")?.citation).toMatchObject({ article: "3", paragraph: 1 });
    expect(byId("bestuurder-benoemen")?.citation).toMatchObject({ article: "7", point: "f" });
  });

  it("never presents 'de zorgaanbieder stelt' as a quotation", () => {
    for (const entry of glossary) expect(entry.definition.nl, entry.id).not.toMatch(/[„"“]de zorgaanbieder stelt/i);
  });

  it("never cites the old-law term enhanced advice as Wmcz 2018", () => {
    expect(glossary.find((g) => g.id === "verzwaard-adviesrecht")?.citation).toBeUndefined();
  });
});
