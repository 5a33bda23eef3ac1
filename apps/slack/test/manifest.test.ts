import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { EVENTS_PATH } from "../src/app.js";
import { EnvSchema } from "../src/env.js";
import { WMCZ_CHECK_CALLBACK } from "../src/shortcuts/wmcz-check.js";

type Manifest = {
  features: { slash_commands: { command: string; url: string }[]; shortcuts: { callback_id: string; type: string }[]; app_home: { home_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { request_url: string } };
};

const manifest = parse(readFileSync(new URL("../manifest.yml", import.meta.url), "utf8")) as Manifest;
const defaults = EnvSchema.parse({ SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1" });

describe("manifest.yml", () => {
  it("registers the slash command under the app's default name", () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([defaults.COMMAND]);
  });

  it("sends commands, interactions and events to the one path the app listens on", () => {
    const urls = [...manifest.features.slash_commands.map((c) => c.url), manifest.settings.interactivity.request_url, manifest.settings.event_subscriptions.request_url];
    for (const url of urls) expect(new URL(url).pathname).toBe(EVENTS_PATH);
  });

  it("declares the Wmcz-check message shortcut with the callback id the app handles", () => {
    expect(manifest.features.shortcuts).toEqual([expect.objectContaining({ type: "message", callback_id: WMCZ_CHECK_CALLBACK })]);
  });

  it("asks for the scopes the app's Web API calls need, and no more", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(["chat:write", "chat:write.public", "commands", "users:read"]);
  });

  it("subscribes to app_home_opened for the Home tab", () => {
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(["app_home_opened"]);
  });
});
