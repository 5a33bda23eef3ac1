import { glossary } from "@raadswerk/domain/wmcz";
import { describe, expect, it } from "vitest";
import { createMatcher } from "../marking/matcher.js";
import { citationText, type GlossaryEntry, glossaryItemView, markableTerms, pageGlossary, searchGlossary, tooltipContent } from "./glossary.js";

const entry = (overrides: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id: "instemmingsrecht",
  term: "instemmingsrecht",
  variants: ["instemmingsrecht"],
  definition: { nl: "De raad moet eerst ja zeggen.", en: "The council must agree first." },
  citation: { law: "Wmcz 2018", article: "8", status: "topic-confirmed" },
  ...overrides,
});

describe("citationText", () => {
  it("writes the citation as far as it is confirmed", () => {
    expect(citationText({ law: "Wmcz 2018", article: "7", paragraph: 1, point: "b", status: "confirmed" }, "nl")).toBe("art. 7 lid 1 sub b Wmcz 2018");
  });

  it("says so when the article is not confirmed", () => {
    expect(citationText({ law: "Wmcz 2018", article: "2", status: "unconfirmed" }, "en")).toBe("art. 2 Wmcz 2018 (not confirmed)");
  });
});

describe("tooltipContent", () => {
  it("shows the headword, the definition in the chosen language and the source", () => {
    expect(tooltipContent(entry(), "nl")).toEqual({
      label: "Wmcz-woord",
      term: "instemmingsrecht",
      definition: "De raad moet eerst ja zeggen.",
      citation: "Bron: art. 8 Wmcz 2018",
    });
  });

  it("leaves the source out when the domain gives none", () => {
    const { citation: _citation, ...withoutCitation } = entry();
    expect(tooltipContent(withoutCitation, "en").citation).toBeUndefined();
  });
});

describe("glossaryItemView", () => {
  it("takes the definition in the chosen language", () => {
    expect(glossaryItemView(entry(), "en").definition).toBe("The council must agree first.");
  });
});

describe("markableTerms", () => {
  it("marks every variant the domain lists and the headword", () => {
    const matcher = createMatcher(markableTerms(glossary));
    for (const item of glossary) {
      for (const variant of item.variants) {
        const hits = [...` ${variant} `.matchAll(matcher.regex)].map((hit) => hit[0].toLowerCase());
        expect(hits.join(" "), `${item.id}: ${variant}`).toBe(variant.toLowerCase());
      }
    }
  });
});

describe("searchGlossary", () => {
  it("finds a term typed without diacritics", () => {
    const found = searchGlossary(glossary, "clientenraad", "nl").map((item) => item.term);
    expect(found).toContain("cliëntenraad");
  });

  it("puts headword matches before matches in a definition", () => {
    const found = searchGlossary([entry({ id: "b", term: "begroting", variants: ["begroting"], definition: { nl: "Over instemming.", en: "x" } }), entry()], "instemming", "nl");
    expect(found.map((item) => item.id)).toEqual(["instemmingsrecht", "b"]);
  });

  it("lists everything, sorted, when the query is empty", () => {
    expect(searchGlossary(glossary, "  ", "nl")).toHaveLength(glossary.length);
  });

  it("finds nothing for a word that is not there", () => {
    expect(searchGlossary(glossary, "xyzzy", "nl")).toEqual([]);
  });
});

describe("pageGlossary", () => {
  it("gives the content script a tooltip for every term it can mark", () => {
    const payload = pageGlossary(glossary, "en");
    expect(payload.terms.map((term) => term.id).sort()).toEqual(Object.keys(payload.tooltips).sort());
    expect(payload.locale).toBe("en");
  });

  it("survives structured cloning, as messages between extension parts do", () => {
    const payload = pageGlossary(glossary, "nl");
    expect(structuredClone(payload)).toEqual(payload);
  });
});
