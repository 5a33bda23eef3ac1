import { describe, expect, it } from "vitest";
import { resolveLocale, t, uiMessages } from "./index.js";

describe("uiMessages", () => {
  it("has a text in every locale for every key", () => {
    expect(Object.keys(uiMessages.en).sort()).toEqual(Object.keys(uiMessages.nl).sort());
  });

  it("uses the same placeholders in Dutch and English", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(uiMessages.nl) as (keyof typeof uiMessages.nl)[]) {
      expect(placeholders(uiMessages.en[key]), key).toEqual(placeholders(uiMessages.nl[key]));
    }
  });

  it("has no empty text", () => {
    for (const locale of ["nl", "en"] as const) {
      for (const [key, text] of Object.entries(uiMessages[locale])) expect(text.trim(), `${locale}.${key}`).not.toBe("");
    }
  });
});

describe("resolveLocale", () => {
  it("follows an English browser when the setting is auto", () => {
    expect(resolveLocale("auto", "en-US")).toBe("en");
  });

  it("speaks Dutch to a Dutch browser", () => {
    expect(resolveLocale("auto", "nl-NL")).toBe("nl");
  });

  it("falls back to Dutch for other browser languages", () => {
    expect(resolveLocale("auto", "fr-FR")).toBe("nl");
  });

  it("keeps the chosen language over the browser's", () => {
    expect(resolveLocale("nl", "en-GB")).toBe("nl");
  });
});

describe("t", () => {
  it("fills in placeholders", () => {
    expect(t("nl", "findingsMany", { count: 3 })).toBe("Deze tekst raakt 3 rechten van de cliëntenraad.");
  });
});
