/**
 * `recht`: not wired to the domain yet.
 */
import { reply, section } from "../blocks/index.js";
import type { Subcommand } from "./types.js";

/** `recht`. */
export const recht: Subcommand = {
  name: "recht",
  run: ({ t }) => Promise.resolve(reply([section(t.errors.notReady)])),
};
