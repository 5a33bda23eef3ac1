/**
 * The App Home tab, published with `views.publish` whenever a user opens it.
 */
import type { App } from "@slack/bolt";
import type { Deps } from "../deps.js";

/** Registers the App Home handler. */
export function registerHome(_app: App, _deps: Deps): void {}
