import { describe, expect, it } from "vitest";
import { defaultSettings, parseSettings, parseSitePattern, siteFromInput, withoutSite, withSite } from "./index.js";

describe("parseSettings", () => {
  it("gives the defaults when nothing is stored", () => {
    expect(parseSettings(undefined)).toEqual({ language: "auto", marking: true, sites: [] });
  });

  it("keeps what is valid and repairs what is not", () => {
    expect(parseSettings({ language: "fr", marking: false, sites: ["https://a.nl/*", "<all_urls>"] })).toEqual({
      language: "auto",
      marking: false,
      sites: ["https://a.nl/*"],
    });
  });
});

describe("siteFromInput", () => {
  it("adds https when the scheme is missing", () => {
    expect(siteFromInput("intranet.zorg.nl")).toEqual({ ok: true, site: { label: "https://intranet.zorg.nl", pattern: "https://intranet.zorg.nl/*" } });
  });

  it("covers the whole host, whatever path or port was typed", () => {
    expect(siteFromInput("http://127.0.0.1:8080/agenda?x=1")).toEqual({
      ok: true,
      site: { label: "http://127.0.0.1", pattern: "http://127.0.0.1/*" },
    });
  });

  it.each(["", "   ", "ftp://files.nl", "javascript:alert(1)", "https://", "https://user@host.nl", "a b.nl", "*.zorg.nl"])(
    "refuses %j",
    (input) => {
      expect(siteFromInput(input)).toEqual({ ok: false, issue: "invalid" });
    },
  );
});

describe("parseSitePattern", () => {
  it("reads back a pattern it made", () => {
    expect(parseSitePattern("https://a.nl/*")?.label).toBe("https://a.nl");
  });

  it("refuses wider patterns", () => {
    expect(parseSitePattern("*://*/*")).toBeUndefined();
    expect(parseSitePattern("https://*.a.nl/*")).toBeUndefined();
  });
});

describe("withSite / withoutSite", () => {
  it("adds a site once", () => {
    const once = withSite(defaultSettings, "https://a.nl/*");
    expect(withSite(once, "https://a.nl/*").sites).toEqual(["https://a.nl/*"]);
  });

  it("removes a site", () => {
    expect(withoutSite(withSite(defaultSettings, "https://a.nl/*"), "https://a.nl/*").sites).toEqual([]);
  });
});
