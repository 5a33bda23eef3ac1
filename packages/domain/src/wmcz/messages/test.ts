import { describe, expect, it } from "vitest";
import { LOCALES } from "../../_lib/messages/index.js";
import { WMCZ_MESSAGE_CODES, wmczMessages } from "./index.js";

describe("wmczMessages", () => {
  it.each(LOCALES)("has a non-empty text for every code in %s", (locale) => {
    for (const code of WMCZ_MESSAGE_CODES) expect(wmczMessages[locale][code]({}).length, code).toBeGreaterThan(0);
  });

  it("has exactly the same codes in Dutch and English", () => {
    expect(Object.keys(wmczMessages.nl).sort()).toEqual(Object.keys(wmczMessages.en).sort());
    expect(Object.keys(wmczMessages.nl).sort()).toEqual([...WMCZ_MESSAGE_CODES].sort());
  });

  it("writes dates the Dutch way", () => {
    expect(wmczMessages.nl.step_request_sent({ date: "2026-11-23", right: "advice" })).toMatch(/^23 november 2026: de organisatie vraagt de cliëntenraad om advies\./);
  });

  // Issue 11, correction 5: a practice default is "usual", never "at the latest".
  it("never calls the common-practice period law or a deadline", () => {
    const nl = wmczMessages.nl.step_answer_due({ date: "2027-01-04", amount: 6, unit: "weeks", source: "common_practice" });
    const en = wmczMessages.en.step_answer_due({ date: "2027-01-04", amount: 6, unit: "weeks", source: "common_practice" });
    expect(nl).toContain("De wet noemt geen vaste termijn");
    expect(nl).toContain("gebruikelijk");
    expect(nl).not.toContain("uiterlijk");
    expect(en).toContain("usual");
    expect(en).not.toMatch(/\bby this date\b/);
  });

  it("says 'at the latest' only for the organisation's own period", () => {
    expect(wmczMessages.nl.step_answer_due({ date: "2027-01-04", amount: 4, unit: "weeks", source: "organisation" })).toContain("uiterlijk");
  });

  // Issue 11, correction 5: the nullity month — act at once, its start in words as uncertain.
  it("tells the council to invoke nullity at once and says the start of the month is not certain", () => {
    const text = wmczMessages.nl.step_nullity_invocation_deadline({ known: false });
    expect(text).toContain("binnen een maand");
    expect(text).toContain("meteen");
    expect(text).toContain("niet zeker");
  });

  // Issue 11, correction 5: the appeal within three months, no cassation.
  it("states the appeal period of three months and that there is no cassation", () => {
    const text = wmczMessages.nl.step_appeal_to_ondernemingskamer({});
    expect(text).toContain("binnen drie maanden");
    expect(text).toContain("Cassatie is niet mogelijk");
  });

  // Issue 11, correction 6: substitute consent for weighty reasons of any kind.
  it("says substitute consent can be given for weighty reasons of any kind", () => {
    expect(wmczMessages.nl.step_consent_refused_substitute_consent({})).toContain("zwaarwegende redenen zijn, van welke aard ook");
    expect(wmczMessages.en.step_consent_refused_substitute_consent({})).toContain("weighty reasons of any kind");
  });

  // Issue 11, missing route: "nothing found" points to unsolicited advice and who can help.
  it("answers 'nothing found' with unsolicited advice and who can help, not by sending the council to the provider", () => {
    for (const locale of ["nl", "en"] as const) {
      const text = wmczMessages[locale].no_right_found({});
      expect(text, locale).toMatch(locale === "nl" ? /ongevraagd advies/ : /unsolicited advice/);
      expect(text, locale).toContain("LOC");
      expect(text, locale).toContain("LSR");
    }
  });
});
