import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { foldText, tokenise, withinOneEdit } from "./index.js";

describe("foldText", () => {
  it("removes diacritics and case", () => {
    expect(foldText("Cliënten HYGIËNE café")).toBe("clienten hygiene cafe");
  });
});

describe("tokenise", () => {
  it("keeps hyphenated words together", () => {
    expect(tokenise("prijzen voor niet-cliënten").map((t) => t.norm)).toEqual(["prijzen", "voor", "niet-clienten"]);
  });

  it("starts a new sentence after a full stop, a line break or a semicolon", () => {
    expect(tokenise("Een. Twee\nDrie; vier").map((t) => t.sentence)).toEqual([0, 1, 2, 3]);
  });

  it("does not break a sentence after an abbreviation", () => {
    expect(tokenise("zie art. 7 en o.a. de begroting").map((t) => t.sentence)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("keeps the words as written for quoting", () => {
    expect(tokenise("De Cliëntenraad.").map((t) => t.text)).toEqual(["De", "Cliëntenraad"]);
  });
});

describe("tokenise clauses and positions", () => {
  it("starts a new clause at a comma, colon or bracket and resumes the clause after the bracket", () => {
    expect(tokenise("Besluit: wij sluiten, daarna (later) niet").map((t) => t.clause)).toEqual([0, 1, 1, 2, 3, 2]);
  });

  it("marks the clause before a colon as a heading", () => {
    expect(tokenise("Voorgenomen besluit: fusie").map((t) => t.heading)).toEqual([true, true, false]);
  });

  it("does not count function words when measuring distance", () => {
    expect(tokenise("we openen in de vleugel een afdeling").map((t) => t.position)).toEqual([0, 1, 1, 1, 2, 2, 3]);
  });

  it("resumes the interrupted clause and its positions after a relative clause between commas", () => {
    const tokens = tokenise("we openen de vleugel, die leeg staat, een afdeling");
    expect(tokens.map((t) => t.clause)).toEqual([0, 0, 0, 0, 1, 1, 1, 0, 0]);
    expect(tokens.map((t) => t.position)).toEqual([0, 1, 1, 2, 2, 3, 4, 2, 3]);
  });
});

describe("withinOneEdit", () => {
  it("accepts one doubled, dropped, changed or swapped letter", () => {
    expect(["begrooting", "begrotng", "begrating", "begorting"].map((w) => withinOneEdit(w, "begroting"))).toEqual([true, true, true, true]);
  });

  it("refuses words two edits apart", () => {
    expect(withinOneEdit("innovatie", "renovatie")).toBe(false);
  });

  it("is symmetric", () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => withinOneEdit(a, b) === withinOneEdit(b, a)));
  });
});
