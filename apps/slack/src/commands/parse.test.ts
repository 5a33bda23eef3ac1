import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate, parseCommand, parseDate, SUBCOMMANDS } from "./parse.js";

describe("parseCommand", () => {
  it("finds the subcommand whatever the case and spacing", () => {
    expect(parseCommand("  RECHT\u00a0 We sluiten de locatie  ")).toEqual({ kind: "subcommand", name: "recht", rest: "We sluiten de locatie" });
  });

  it("keeps new lines in the rest", () => {
    expect(parseCommand("recht regel 1\nregel 2")).toEqual({ kind: "subcommand", name: "recht", rest: "regel 1\nregel 2" });
  });

  it("accepts English words for the subcommands", () => {
    expect(parseCommand("rights x")).toEqual({ kind: "subcommand", name: "recht", rest: "x" });
  });

  it("calls an empty text empty", () => {
    expect(parseCommand(" \n ")).toEqual({ kind: "empty" });
  });

  it("suggests the nearest subcommand for a typo", () => {
    expect(parseCommand("termjin advies")).toEqual({ kind: "unknown", word: "termjin", suggestion: "termijn" });
  });

  it("treats words that name object properties as unknown", () => {
    expect(["constructor", "__proto__", "tostring"].map((w) => parseCommand(w).kind)).toEqual(["unknown", "unknown", "unknown"]);
  });

  it("suggests nothing for a word far from every subcommand", () => {
    expect(parseCommand("koffie")).toEqual({ kind: "unknown", word: "koffie" });
  });

  it("gives every text one of the three kinds, never throwing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const parsed = parseCommand(text);
        expect(["empty", "subcommand", "unknown"]).toContain(parsed.kind);
        if (parsed.kind === "subcommand") expect(SUBCOMMANDS).toContain(parsed.name);
      }),
    );
  });
});

describe("parseDate", () => {
  const today = "2026-11-23";
  it("reads day-month-year with dashes, slashes or dots", () => {
    expect(["1-2-2027", "01/02/2027", "1.2.2027"].map((t) => parseDate(t, today, []))).toEqual(["2027-02-01", "2027-02-01", "2027-02-01"]);
  });

  it("reads ISO dates", () => {
    expect(parseDate("2027-02-01", today, [])).toBe("2027-02-01");
  });

  it("reads the word for today", () => {
    expect(parseDate("Vandaag", today, ["vandaag"])).toBe(today);
  });

  it("refuses a day that does not exist", () => {
    expect(parseDate("31-02-2027", today, [])).toBeUndefined();
  });
});

describe("formatDate", () => {
  it("writes the month in words in Dutch", () => {
    expect(formatDate("2026-12-15", "nl")).toBe("15 december 2026");
  });

  it("writes the month in words in English", () => {
    expect(formatDate("2026-12-15", "en")).toBe("15 December 2026");
  });
});
