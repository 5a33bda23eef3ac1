/**
 * `termijn`: not wired to the domain yet.
 */
import { reply, section } from "../blocks/index.js";
import type { Subcommand } from "./types.js";

/** `termijn`. */
export const termijn: Subcommand = {
  name: "termijn",
  run: ({ t }) => Promise.resolve(reply([section(t.errors.notReady)])),
};
