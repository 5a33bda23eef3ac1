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

  it("never cites the old-law term enhanced advice as Wmcz 2018", () => {
    expect(glossary.find((g) => g.id === "verzwaard-adviesrecht")?.citation).toBeUndefined();
  });
});
