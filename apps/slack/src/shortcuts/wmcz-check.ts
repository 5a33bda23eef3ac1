/**
 * The message shortcut "Wmcz-check": assesses the text of any message (`assessDecision`) and shows
 * the result in a modal that only the user sees.
 */
import { assessDecision } from "@raadswerk/domain/wmcz";
import type { App, MessageShortcut } from "@slack/bolt";
import { capBlocks, LIMITS, plain, section, type View } from "../blocks/index.js";
import { ASSESS_MAX, rechtBlocks } from "../commands/recht.js";
import type { Deps } from "../deps.js";
import { texts } from "../i18n/index.js";

/** The shortcut's callback id in the manifest. */
export const WMCZ_CHECK_CALLBACK = "wmcz_check";

/** Registers the shortcut. */
export function registerWmczCheck(app: App, deps: Deps): void {
  app.shortcut<MessageShortcut>(WMCZ_CHECK_CALLBACK, async ({ ack, shortcut, client }) => {
    await ack();
    const locale = await deps.locale(client, shortcut.user.id);
    const t = texts(locale);
    const text = (shortcut.message.text ?? "").trim().slice(0, ASSESS_MAX);
    const blocks = text.length === 0 ? [section(t.wmczCheck.empty)] : rechtBlocks(t, locale, text, assessDecision(text), false);
    const view: View = {
      type: "modal",
      title: plain(t.wmczCheck.title, LIMITS.modalTitle),
      close: plain(t.lid.close, LIMITS.modalTitle),
      blocks: capBlocks(blocks, LIMITS.viewBlocks),
    };
    await client.views.open({ trigger_id: shortcut.trigger_id, view });
  });
}
