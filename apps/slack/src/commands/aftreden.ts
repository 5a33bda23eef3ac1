/**
 * `aftreden`: not wired to the domain yet.
 */
import { reply, section } from "../blocks/index.js";
import type { Subcommand } from "./types.js";

/** `aftreden`. */
export const aftreden: Subcommand = {
  name: "aftreden",
  run: ({ t }) => Promise.resolve(reply([section(t.errors.notReady)])),
};
