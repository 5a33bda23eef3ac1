import { describe, expect, it } from "vitest";
import { parseTermijn } from "./termijn.js";

const words = ["vandaag"];
describe("parseTermijn", () => {
  it("reads a right and a date", () => {
    expect(parseTermijn("Instemming 15-12-2026", "2026-11-23", words)).toEqual({ ok: true, right: "consent", sentOn: "2026-12-15" });
  });

  it("takes today when no date is given", () => {
    expect(parseTermijn("advies", "2026-11-23", words)).toEqual({ ok: true, right: "advice", sentOn: "2026-11-23" });
  });

  it("reads the provider's planned decision date after 'besluit'", () => {
    expect(parseTermijn("advies vandaag besluit 1-1-2027", "2026-11-23", words)).toEqual({ ok: true, right: "advice", sentOn: "2026-11-23", plannedDecisionOn: "2027-01-01" });
  });

  it("names the word that is not a right", () => {
    expect(parseTermijn("veto 1-1-2027", "2026-11-23", words)).toEqual({ ok: false, problem: "right", word: "veto" });
  });

  it("names a decision date it cannot read", () => {
    expect(parseTermijn("advies vandaag besluit morgen", "2026-11-23", words)).toEqual({ ok: false, problem: "date", word: "morgen" });
  });

  it("refuses words left over", () => {
    expect(parseTermijn("advies 1-1-2027 en meer", "2026-11-23", words)).toEqual({ ok: false, problem: "date", word: "1-1-2027 en meer" });
  });
});
