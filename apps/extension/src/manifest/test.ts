import { describe, expect, it } from "vitest";
import { buildManifest, TEST_HOST_PATTERN } from "./index.js";

describe("buildManifest", () => {
  it("asks only for the permissions the extension uses, and no host up front", () => {
    const manifest = buildManifest("chromium", "1.0.0");
    expect(manifest.permissions).toEqual(["contextMenus", "storage", "scripting", "sidePanel"]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
  });

  it("gives the test build access to the local test site only", () => {
    expect(buildManifest("test-chromium", "1.0.0").host_permissions).toEqual([TEST_HOST_PATTERN]);
  });

  it("uses background scripts, a sidebar and a gecko id for Firefox", () => {
    const manifest = buildManifest("firefox", "1.0.0");
    expect(manifest.background).toEqual({ scripts: ["background.js"] });
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.sidebar_action).toMatchObject({ default_panel: "sidepanel.html" });
    expect(manifest.browser_specific_settings).toMatchObject({ gecko: { id: "wmcz-check@raadswerk.nl" } });
    expect(manifest.permissions).not.toContain("sidePanel");
  });

  it("allows no remote code in the extension's pages", () => {
    const csp = (buildManifest("chromium", "1.0.0").content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe|https?:/);
  });
});
