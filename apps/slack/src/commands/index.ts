/**
 * The slash command: acknowledge at once, then parse → domain → blocks, answered through the
 * request's `response_url` so only the user sees it.
 */
import type { App } from "@slack/bolt";
import { escapeMrkdwn, reply, section, type Reply } from "../blocks/index.js";
import { today, type Deps } from "../deps.js";
import { texts } from "../i18n/index.js";
import { aftreden } from "./aftreden.js";
import { help, helpReply } from "./help.js";
import { lid } from "./lid.js";
import { parseCommand, type SubcommandName } from "./parse.js";
import { recht } from "./recht.js";
import { termijn } from "./termijn.js";
import { training } from "./training.js";
import type { CommandInput, Subcommand } from "./types.js";

/** Every subcommand, by name. */
export const subcommands: Readonly<Record<SubcommandName, Subcommand>> = { recht, termijn, lid, training, aftreden, help };

/**
 * Answers one command text. Never throws: a failing subcommand gives a friendly message and a log
 * line with the subcommand's name only.
 *
 * @example
 * await answerCommand({ ...input, rest: "hlep" }); // the help, after "Bedoel je `/raad help`?"
 */
export async function answerCommand(input: CommandInput): Promise<Reply | undefined> {
  const { t, deps } = input;
  const command = deps.settings.command;
  const parsed = parseCommand(input.rest);
  switch (parsed.kind) {
    case "empty":
      return helpReply(t, command, t.unknown.empty(command));
    case "unknown": {
      const word = escapeMrkdwn(parsed.word.slice(0, 40)).replace(/`/g, "'");
      const first = [t.unknown.command(word, command), parsed.suggestion === undefined ? "" : t.unknown.suggestion(parsed.suggestion, command)].join(" ").trim();
      return helpReply(t, command, first);
    }
    case "subcommand":
      try {
        return await subcommands[parsed.name].run({ ...input, rest: parsed.rest });
      } catch (error) {
        deps.logger.error(`command_failed subcommand=${parsed.name} error=${error instanceof Error ? error.name : "unknown"}`);
        return reply([section(t.errors.generic)]);
      }
  }
}

/** Registers the slash command and everything its answers lead to. */
export function registerCommands(app: App, deps: Deps): void {
  app.command(deps.settings.command, async ({ ack, command, client, respond }) => {
    await ack();
    // Let requests already waiting be acknowledged before the domain work of this one runs.
    await new Promise((resolve) => setImmediate(resolve));
    const locale = await deps.locale(client, command.user_id);
    const answer = await answerCommand({
      rest: command.text,
      locale,
      t: texts(locale),
      userId: command.user_id,
      teamId: command.team_id,
      channelId: command.channel_id,
      triggerId: command.trigger_id,
      today: today(deps),
      client,
      deps,
    });
    if (answer !== undefined) await respond({ response_type: "ephemeral", text: answer.text, blocks: [...answer.blocks] });
  });
  for (const subcommand of Object.values(subcommands)) subcommand.register?.(app, deps);
}
