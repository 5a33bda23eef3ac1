/** The builds the extension ships in. `test-chromium` already holds access to the local test site. */
export type Target = "chromium" | "firefox" | "test-chromium";

/** Every build target. */
export const TARGETS: readonly Target[] = ["chromium", "firefox", "test-chromium"];

/** The add-on id Firefox needs (`browser_specific_settings.gecko.id`). */
export const GECKO_ID = "wmcz-check@raadswerk.nl";

/** The local test site the test build may read without asking (any port). */
export const TEST_HOST_PATTERN = "http://127.0.0.1/*";

/**
 * A strict policy for the extension's own pages: only the extension's own scripts, no objects,
 * no remote code, no network except itself.
 */
export const EXTENSION_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Hosts a user may allow for marking: asked for at that moment, one site at a time. */
const OPTIONAL_HOSTS = ["https://*/*", "http://*/*"];

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/**
 * The manifest (V3) for one build. Texts come from `_locales` (Dutch default, English by browser language).
 *
 * @example
 * buildManifest("firefox", "0.1.0").sidebar_action; // { default_panel: "sidepanel.html", ... }
 */
export function buildManifest(target: Target, version: string): Record<string, Json> {
  // No activeTab: nothing injects into the current tab on a click; marking uses optional host permissions.
  const permissions = ["contextMenus", "storage", "scripting"];
  const common: Record<string, Json> = {
    manifest_version: 3,
    name: "__MSG_extName__",
    short_name: "Wmcz-check",
    description: "__MSG_extDescription__",
    version,
    default_locale: "nl",
    icons: { "16": "icons/16.png", "32": "icons/32.png", "48": "icons/48.png", "128": "icons/128.png" },
    action: {
      default_title: "__MSG_actionTitle__",
      default_popup: "popup.html",
      default_icon: { "16": "icons/16.png", "32": "icons/32.png" },
    },
    options_ui: { page: "options.html", open_in_tab: true },
    optional_host_permissions: OPTIONAL_HOSTS,
    content_security_policy: { extension_pages: EXTENSION_CSP },
  };
  if (target === "firefox") {
    return {
      ...common,
      permissions,
      background: { scripts: ["background.js"] },
      sidebar_action: {
        default_panel: "sidepanel.html",
        default_title: "__MSG_sidepanelTitle__",
        default_icon: "icons/32.png",
        open_at_install: false,
      },
      browser_specific_settings: {
        gecko: { id: GECKO_ID, strict_min_version: "142.0", data_collection_permissions: { required: ["none"] } },
      },
    };
  }
  return {
    ...common,
    permissions: [...permissions, "sidePanel"],
    minimum_chrome_version: "116",
    background: { service_worker: "background.js" },
    side_panel: { default_path: "sidepanel.html" },
    ...(target === "test-chromium" ? { host_permissions: [TEST_HOST_PATTERN] } : {}),
  };
}
