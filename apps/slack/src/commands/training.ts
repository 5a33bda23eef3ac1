/**
 * `training`: not wired to the domain yet.
 */
import { reply, section } from "../blocks/index.js";
import type { Subcommand } from "./types.js";

/** `training`. */
export const training: Subcommand = {
  name: "training",
  run: ({ t }) => Promise.resolve(reply([section(t.errors.notReady)])),
};
