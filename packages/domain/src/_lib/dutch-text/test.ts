import { describe, expect, it } from "vitest";
import { foldText, tokenise } from "./index.js";

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
