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
    expect(wmczMessages.nl.step_request_sent({ date: "2026-11-23", right: "advice" })).toBe("23 november 2026: de organisatie vraagt de cliëntenraad om advies.");
  });

  it("never calls the common-practice period law", () => {
    const text = wmczMessages.nl.step_answer_due({ date: "2027-01-04", amount: 6, unit: "weeks", source: "common_practice" });
    expect(text).toContain("De wet noemt geen termijn");
  });
});
