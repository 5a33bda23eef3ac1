/**
 * Fixture builders for Slack's interaction and event payloads, shaped as Slack sends them.
 */
import { CHANNEL, TEAM, USER_NL } from "./harness.js";

let counter = 0;
const next = () => (counter += 1);

/** A button click (`block_actions`) on an ephemeral message in the council channel. */
export function buttonClick(actionId: string, value: string, o: { user?: string; trigger?: string; responseUrl?: string } = {}): Record<string, unknown> {
  const n = next();
  return {
    type: "block_actions",
    user: { id: o.user ?? USER_NL, username: "tester", team_id: TEAM },
    api_app_id: "A0TEST",
    token: "deprecated",
    container: { type: "message", message_ts: "1700000000.000100", channel_id: CHANNEL, is_ephemeral: true },
    trigger_id: o.trigger ?? `trigger-action-${n}`,
    team: { id: TEAM, domain: "raad" },
    channel: { id: CHANNEL, name: "clientenraad" },
    response_url: o.responseUrl ?? "http://127.0.0.1:1/none",
    actions: [{ type: "button", action_id: actionId, block_id: "b1", value, action_ts: "1700000000.1", text: { type: "plain_text", text: "x" } }],
  };
}

/** A button click inside a modal (`block_actions` with the view that holds the button). */
export function buttonInView(actionId: string, privateMetadata: string, o: { user?: string; trigger?: string } = {}): Record<string, unknown> {
  const n = next();
  return {
    type: "block_actions",
    user: { id: o.user ?? USER_NL, username: "tester", team_id: TEAM },
    api_app_id: "A0TEST",
    token: "deprecated",
    container: { type: "view", view_id: `V${n}` },
    trigger_id: o.trigger ?? `trigger-view-action-${n}`,
    team: { id: TEAM, domain: "raad" },
    view: { id: `V${n}`, type: "modal", callback_id: "", private_metadata: privateMetadata, state: { values: {} }, hash: "h", blocks: [] },
    actions: [{ type: "button", action_id: actionId, block_id: "b1", value: "register", action_ts: "1700000000.1", text: { type: "plain_text", text: "x" } }],
  };
}

/** State values of a modal, as `{ block: { value: {...} } }`. */
export type StateValues = Record<string, Record<string, Record<string, unknown>>>;

/** A modal submission (`view_submission`). */
export function viewSubmission(callbackId: string, values: StateValues, privateMetadata = "", o: { user?: string } = {}): Record<string, unknown> {
  const n = next();
  return {
    type: "view_submission",
    team: { id: TEAM, domain: "raad" },
    user: { id: o.user ?? USER_NL, username: "tester", team_id: TEAM },
    api_app_id: "A0TEST",
    token: "deprecated",
    trigger_id: `trigger-view-${n}`,
    view: {
      id: `V${n}`,
      team_id: TEAM,
      type: "modal",
      callback_id: callbackId,
      private_metadata: privateMetadata,
      state: { values },
      hash: "h",
      blocks: [],
      title: { type: "plain_text", text: "x" },
    },
    response_urls: [],
  };
}

/** A message shortcut on a message with the given text. */
export function messageShortcut(callbackId: string, text: string, o: { user?: string; trigger?: string } = {}): Record<string, unknown> {
  const n = next();
  return {
    type: "message_action",
    callback_id: callbackId,
    trigger_id: o.trigger ?? `trigger-shortcut-${n}`,
    token: "deprecated",
    action_ts: "1700000000.2",
    team: { id: TEAM, domain: "raad" },
    user: { id: o.user ?? USER_NL, username: "tester", team_id: TEAM, name: "tester" },
    channel: { id: CHANNEL, name: "clientenraad" },
    message: { type: "message", user: "U0OTHER", ts: "1700000000.000200", text },
    response_url: "http://127.0.0.1:1/none",
  };
}

/** An `app_home_opened` event (sent as JSON). */
export function homeOpened(user = USER_NL): string {
  const n = next();
  return JSON.stringify({
    token: "deprecated",
    team_id: TEAM,
    api_app_id: "A0TEST",
    event: { type: "app_home_opened", user, channel: "D0HOME", tab: "home", event_ts: "1700000000.3" },
    type: "event_callback",
    event_id: `Ev${n}`,
    event_time: 1_700_000_000,
  });
}
