import { describe, expect, it } from "vitest";
import { LOCALES } from "../../_lib/messages/index.js";
import { REASON_CODES } from "../reason/index.js";
import { ANSWER_ISSUE_CODES } from "../parse-answers/index.js";
import { eligibilityMessages } from "./index.js";

const sample = {
  relation: "volunteer",
  careEndedOn: "2025-06-30",
  until: "2027-06-30",
  endedOn: "2024-06-30",
  years: 3,
  memberCount: 9,
  maxMembers: 9,
  minMembers: 3,
  months: 3,
  termNumber: 1,
  maxTerms: 2,
  clientsOnlySince: "2025-03-01",
  termEndsOn: "2028-01-01",
  max: 500,
  relations: "vrijwilligers",
  count: 2,
  date: "2025-03-01",
};

describe("eligibilityMessages", () => {
  it("has the same codes in every locale", () => {
    expect(Object.keys(eligibilityMessages.en).sort()).toEqual(Object.keys(eligibilityMessages.nl).sort());
  });

  it("has a text for every reason and answer issue code", () => {
    for (const locale of LOCALES) {
      for (const code of REASON_CODES) expect(eligibilityMessages[locale][`reason.${code}`]).toBeTypeOf("function");
      for (const code of ANSWER_ISSUE_CODES) expect(eligibilityMessages[locale][`answer.${code}`]).toBeTypeOf("function");
    }
  });

  it("gives a filled-in, non-empty text for every code in every locale", () => {
    for (const locale of LOCALES) {
      for (const [code, text] of Object.entries(eligibilityMessages[locale])) {
        const out = text(sample);
        expect(out, `${locale} ${code}`).not.toBe("");
        expect(out, `${locale} ${code}`).not.toMatch(/undefined|NaN|\$\{|\[object/);
      }
    }
  });

  it("writes dates as people read them", () => {
    expect(eligibilityMessages.nl["reason.cooling_off_running"](sample)).toBe(
      "U werkte tot 30 juni 2024 bij deze zorgorganisatie. U kunt lid worden vanaf 30 juni 2027.",
    );
    expect(eligibilityMessages.en["reason.cooling_off_running"](sample)).toBe(
      "You worked for this care organisation until 30 June 2024. You can join from 30 June 2027.",
    );
  });

  it("keeps Dutch candidate texts in short sentences (B1)", () => {
    for (const [code, text] of Object.entries(eligibilityMessages.nl)) {
      for (const sentence of text(sample).split(/(?<=[.?!])\s+/)) {
        expect(sentence.split(/\s+/).length, `${code}: ${sentence}`).toBeLessThanOrEqual(20);
      }
    }
  });
});
