/**
 * Following a request: stores it and schedules reminders with `chat.scheduleMessage`.
 */
import type { App } from "@slack/bolt";
import type { Deps } from "../deps.js";

/** Registers the follow buttons and modals. */
export function registerFollow(_app: App, _deps: Deps): void {}
