import { describe, expect, it } from "vitest";
import { createMatcher, type MarkableTerm } from "./matcher.js";

const terms: MarkableTerm[] = [
  { id: "clientenraad", variants: ["cliëntenraad", "cliëntenraden", "clientenraad"] },
  { id: "raad", variants: ["raad"] },
  { id: "instemmingsrecht", variants: ["instemmingsrecht"] },
  { id: "cvv", variants: ["commissie van vertrouwenslieden"] },
];

const find = (text: string, list = terms) => {
  const m = createMatcher(list);
  return [...text.matchAll(m.regex)].map((hit) => [hit[0], m.termOf(hit[0])]);
};

describe("createMatcher", () => {
  it("finds a term whatever its case", () => {
    expect(find("Het INSTEMMINGSRECHT geldt.")).toEqual([["INSTEMMINGSRECHT", "instemmingsrecht"]]);
  });

  it("matches capitals with diacritics", () => {
    expect(find("DE CLIËNTENRAAD")).toEqual([["CLIËNTENRAAD", "clientenraad"]]);
  });

  it("does not match inside a word that goes on with a letter with a diacritic", () => {
    expect(find("raadé éraad")).toEqual([]);
  });

  it("prefers the longest variant", () => {
    expect(find("De cliëntenraden vergaderen.")).toEqual([["cliëntenraden", "clientenraad"]]);
  });

  it("finds whole words only, not parts of longer words", () => {
    expect(find("raadsel raadhuis beraad")).toEqual([]);
  });

  it("treats punctuation and hyphens as word edges", () => {
    expect(find("(raad), raad-leden")).toEqual([
      ["raad", "raad"],
      ["raad", "raad"],
    ]);
  });

  it("finds terms of several words", () => {
    expect(find("naar de Commissie van Vertrouwenslieden.")).toEqual([["Commissie van Vertrouwenslieden", "cvv"]]);
  });

  it("knows the spelling without diacritics when the glossary lists it", () => {
    expect(find("de clientenraad")).toEqual([["clientenraad", "clientenraad"]]);
  });

  it("matches nothing when the glossary is empty", () => {
    expect(find("raad", [])).toEqual([]);
  });

  it("escapes characters that mean something in a regular expression", () => {
    expect(find("aab (a+b)", [{ id: "x", variants: ["(a+b)"] }])).toEqual([["(a+b)", "x"]]);
    expect(find("zie abbc of a.b.c", [{ id: "x", variants: ["a.b.c"] }])).toEqual([["a.b.c", "x"]]);
  });
});
