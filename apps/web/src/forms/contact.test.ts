import { describe, expect, it } from "vitest";
import { parseContact } from "./contact.js";

const valid = { name: "Ans", email: "ans@example.org", phone: "", motivation: "", availability: "", consent: "yes" };

describe("parseContact", () => {
  it("accepts a name, an email address and consent", () => {
    expect(parseContact(valid).success).toBe(true);
  });

  it("accepts a phone number instead of an email address", () => {
    expect(parseContact({ ...valid, email: "", phone: "+31 6 1234-5678" }).success).toBe(true);
  });

  it("asks for a way to reach the candidate together with the other problems", () => {
    expect(parseContact({ name: "" })).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "contact_required",
            "field": "email",
          },
          {
            "code": "name_required",
            "field": "name",
          },
          {
            "code": "consent_required",
            "field": "consent",
          },
        ],
        "success": false,
      }
    `);
  });

  it("refuses a NUL byte in a name or a motivation, and a bidi override in a name", () => {
    expect([parseContact({ ...valid, name: "Ans\u0000" }), parseContact({ ...valid, motivation: "Ik wil\u0000meedoen" }), parseContact({ ...valid, name: "Ans \u202Eseirv" })]).toEqual([
      { success: false, issues: [{ field: "name", code: "text_unsafe_characters" }] },
      { success: false, issues: [{ field: "motivation", code: "text_unsafe_characters" }] },
      { success: false, issues: [{ field: "name", code: "text_unsafe_characters" }] },
    ]);
  });

  it("refuses a name of only zero-width characters", () => {
    expect(parseContact({ ...valid, name: "\u200B\u200C\u200D" })).toEqual({ success: false, issues: [{ field: "name", code: "name_without_letter" }] });
  });

  it("keeps line breaks in a motivation", () => {
    expect(parseContact({ ...valid, motivation: "Regel 1\r\nRegel 2" }).success).toBe(true);
  });

  it("refuses an email address without an @", () => {
    expect(parseContact({ ...valid, email: "ans.example.org" })).toEqual({ success: false, issues: [{ field: "email", code: "email_invalid" }] });
  });

  it("refuses a motivation over 2000 characters", () => {
    expect(parseContact({ ...valid, motivation: "x".repeat(2001) })).toEqual({ success: false, issues: [{ field: "motivation", code: "motivation_too_long" }] });
  });
});
