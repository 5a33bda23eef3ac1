/**
 * `/raad help`: every subcommand with an example.
 */
import { context, divider, header, reply, section, type Block, type Reply } from "../blocks/index.js";
import type { Texts } from "../i18n/index.js";
import type { SubcommandName } from "./parse.js";
import type { Subcommand } from "./types.js";

const EXAMPLES: Record<Exclude<SubcommandName, "help">, string> = {
  recht: "recht We willen de locatie aan de Dorpsstraat sluiten",
  termijn: "termijn advies 15-12-2026",
  lid: "lid",
  training: "training nieuw lid",
  aftreden: "aftreden",
};

/**
 * The help blocks, optionally after a first line (for unknown or empty commands).
 *
 * @example
 * helpBlocks(nl, "/raad").length > 5; // true
 */
export function helpBlocks(t: Texts, command: string, first?: string): Block[] {
  const lines = (Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]).map(
    (name) => section(`*\`${command} ${name}\`*\n${t.help[name]}\n_${t.help.exampleLabel}:_ \`${command} ${EXAMPLES[name]}\``),
  );
  return [
    ...(first === undefined ? [] : [section(first), divider()]),
    header(t.help.title),
    section(t.help.intro(command)),
    ...lines,
    section(`*\`${command} help\`*\n${t.help.help}`),
    context(t.help.shortcut),
  ];
}

/**
 * The help reply.
 *
 * @example
 * helpReply(nl, "/raad").text; // "Zo gebruik je de raadsassistent"
 */
export function helpReply(t: Texts, command: string, first?: string): Reply {
  return reply(helpBlocks(t, command, first), first ?? t.help.title);
}

/** `help`. */
export const help: Subcommand = {
  name: "help",
  run: ({ t, deps }) => Promise.resolve(helpReply(t, deps.settings.command)),
};
