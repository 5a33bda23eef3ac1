import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestMatches, words } from "./match.js";

const options = [
  { id: "new-members", texts: ["We hebben nieuwe leden", "We have new members"] },
  { id: "recruitment", texts: ["Het lukt niet goed om nieuwe leden te vinden", "Finding new members is hard"] },
  { id: "merger", texts: ["Er komt een fusie aan", "A merger is coming"] },
];

describe("words", () => {
  it("drops accents, case and common words", () => {
    expect(words("Wij hebben nieuwe cliënten-leden!")).toEqual(["hebben", "nieuwe", "clienten", "leden"]);
  });
});

describe("bestMatches", () => {
  it("matches words with other endings", () => {
    expect(bestMatches("fusies", options)).toEqual(["merger"]);
  });

  it("prefers the option whose own words the query covers best", () => {
    expect(bestMatches("new members", options)).toEqual(["new-members"]);
  });

  it("finds nothing when no word matches", () => {
    expect(bestMatches("koffie", options)).toEqual([]);
  });

  it("never throws and never returns more than the limit", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (q) => {
        expect(bestMatches(q, options, 2).length).toBeLessThanOrEqual(2);
      }),
    );
  });
});
