/**
 * What the handlers need besides Slack: storage, the clock, settings and texts. Passed in, so tests
 * and the bench run the real app with a real database and a fixed clock.
 */
import { type CalendarDate, type Locale, todayInNetherlands } from "@raadswerk/domain/calendar";
import type { Logger, webApi } from "@slack/bolt";
import type { LocaleResolver } from "./locale.js";
import type { OrganisationSettings } from "./organisation.js";
import type { CandidateRegistry } from "./persistence/candidates.js";
import type { FollowStore } from "./persistence/types.js";

/** Settings that shape answers. */
export type AppSettings = {
  /** The slash command's name, such as `/raad`. */
  readonly command: string;
  /** Days before a deadline on which reminders go out. */
  readonly reminderDaysBefore: readonly number[];
  /** Hour (Europe/Amsterdam) at which reminders go out. */
  readonly reminderHour: number;
};

/** Everything a handler may use. */
export type Deps = {
  readonly settings: AppSettings;
  readonly store: FollowStore;
  readonly now: () => Date;
  readonly logger: Logger;
  readonly locale: LocaleResolver;
  /** The organisation's procedure settings and membership rules. */
  readonly organisation: OrganisationSettings;
  /** Where a candidate is registered when the user chooses to. */
  readonly candidates: CandidateRegistry;
};

/** Today's calendar day in the Netherlands. */
export function today(deps: Pick<Deps, "now">): CalendarDate {
  return todayInNetherlands(deps.now());
}

/** The Slack Web API client type. */
export type WebClient = webApi.WebClient;
/** Re-exported for handler modules. */
export type { Locale };
