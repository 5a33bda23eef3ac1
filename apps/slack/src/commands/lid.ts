/**
 * `lid`: not wired to the domain yet.
 */
import { reply, section } from "../blocks/index.js";
import type { Subcommand } from "./types.js";

/** `lid`. */
export const lid: Subcommand = {
  name: "lid",
  run: ({ t }) => Promise.resolve(reply([section(t.errors.notReady)])),
};
