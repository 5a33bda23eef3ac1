/**
 * The message shortcut "Wmcz-check": assesses the text of any message and shows the result in a
 * modal that only the user sees.
 */
import type { App } from "@slack/bolt";
import type { Deps } from "../deps.js";

/** The shortcut's callback id in the manifest. */
export const WMCZ_CHECK_CALLBACK = "wmcz_check";

/** Registers the shortcut. */
export function registerWmczCheck(app: App, _deps: Deps): void {
  app.shortcut(WMCZ_CHECK_CALLBACK, async ({ ack }) => {
    await ack();
  });
}
