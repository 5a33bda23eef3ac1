import type { CalendarDate, Locale } from "@raadswerk/domain/calendar";
import type { App } from "@slack/bolt";
import type { Reply } from "../blocks/index.js";
import type { Deps, WebClient } from "../deps.js";
import type { Texts } from "../i18n/index.js";
import type { SubcommandName } from "./parse.js";

/** What a subcommand gets: the text after its name, who asked, where, and the tools. */
export type CommandInput = {
  readonly rest: string;
  readonly locale: Locale;
  readonly t: Texts;
  readonly userId: string;
  readonly teamId: string;
  readonly channelId: string;
  readonly triggerId: string;
  readonly today: CalendarDate;
  readonly client: WebClient;
  readonly deps: Deps;
};

/** One subcommand: answers with an ephemeral reply, or `undefined` when it answered another way (a modal). */
export type Subcommand = {
  readonly name: SubcommandName;
  run(input: CommandInput): Promise<Reply | undefined>;
  /** Registers the buttons and modals that belong to this subcommand. */
  register?(app: App, deps: Deps): void;
};
