import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NAME_MAX_LENGTH, PersonNameSchema, hasVisibleLetter, isSafeText, plainTextSchema } from "./index.js";

const issues = (result: { error?: { issues: readonly { message: string }[] } | undefined }) => result.error?.issues.map((i) => i.message) ?? [];

describe("PersonNameSchema", () => {
  it("accepts a name in any script and trims it", () => {
    expect(["  Ans de Vries ", "Zoë O'Brien-Çelik", "محمد", "李小龙"].map((name) => PersonNameSchema.parse(name))).toEqual(["Ans de Vries", "Zoë O'Brien-Çelik", "محمد", "李小龙"]);
  });

  it("refuses a NUL byte or another control character", () => {
    expect([issues(PersonNameSchema.safeParse("Ans\u0000")), issues(PersonNameSchema.safeParse("Ans\u001B[31m")), issues(PersonNameSchema.safeParse("Ans\nde Vries"))]).toEqual([
      ["text_unsafe_characters"],
      ["text_unsafe_characters"],
      ["text_unsafe_characters"],
    ]);
  });

  it("refuses bidi overrides, embeddings and isolates", () => {
    expect(["Ans \u202Eseirv", "\u202AAns", "Ans\u2066x\u2069"].map((name) => issues(PersonNameSchema.safeParse(name)))).toEqual([["text_unsafe_characters"], ["text_unsafe_characters"], ["text_unsafe_characters"]]);
  });

  it("refuses a name without a visible letter", () => {
    expect([issues(PersonNameSchema.safeParse("\u200B\u200D\u2060")), issues(PersonNameSchema.safeParse("12345")), issues(PersonNameSchema.safeParse("\u202E\u200B"))]).toEqual([
      ["name_without_letter"],
      ["name_without_letter"],
      ["text_unsafe_characters", "name_without_letter"],
    ]);
  });

  it("refuses an empty or too long name", () => {
    expect([issues(PersonNameSchema.safeParse("   ")), issues(PersonNameSchema.safeParse("a".repeat(NAME_MAX_LENGTH + 1)))]).toEqual([["name_required"], ["name_too_long"]]);
  });

  it("never lets a control or bidi-override character through, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const parsed = PersonNameSchema.safeParse(text);
        if (parsed.success) expect(isSafeText(parsed.data) && hasVisibleLetter(parsed.data)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("plainTextSchema", () => {
  it("keeps line breaks in a text of several lines and refuses them in one line", () => {
    expect({ multi: plainTextSchema(100, { multiline: true }).safeParse("Regel 1\nRegel 2").success, single: issues(plainTextSchema(100).safeParse("Regel 1\nRegel 2")) }).toEqual({
      multi: true,
      single: ["text_unsafe_characters"],
    });
  });

  it("refuses NUL and a text over its length", () => {
    expect([issues(plainTextSchema(100, { multiline: true }).safeParse("a\u0000b")), issues(plainTextSchema(3).safeParse("abcd"))]).toEqual([["text_unsafe_characters"], ["text_too_long"]]);
  });
});
