/**
 * What the Slack app keeps: requests the council follows and the reminders scheduled for them.
 * The app talks to this interface; `./storage.ts` implements it on `@raadswerk/storage`.
 */
import type { CalendarDate } from "@raadswerk/domain/calendar";
import type { SlackFollowedRequest as FollowedRequest, NewSlackFollowedRequest as NewFollowedRequest, SlackScheduledReminder as ScheduledReminder } from "@raadswerk/storage";

/** The council's right on a followed request. */
export type Right = FollowedRequest["right"];

// The shapes are the storage package's own (migration 100_slack), under the app's shorter names.
export type {
  SlackFollowedRequest as FollowedRequest,
  NewSlackFollowedRequest as NewFollowedRequest,
  SlackScheduledReminder as ScheduledReminder,
} from "@raadswerk/storage";

/** Persistence for followed requests. */
export interface FollowStore {
  add(request: NewFollowedRequest): Promise<FollowedRequest>;
  get(teamId: string, id: string): Promise<FollowedRequest | undefined>;
  /** Followed requests of a workspace, earliest answer date first. */
  list(teamId: string): Promise<readonly FollowedRequest[]>;
  recordWithoutConsent(teamId: string, id: string, learnedOn: CalendarDate, nullityDeadline: CalendarDate): Promise<FollowedRequest | undefined>;
  addReminders(reminders: readonly ScheduledReminder[]): Promise<void>;
  reminders(requestId: string): Promise<readonly ScheduledReminder[]>;
  /**
   * True the first time a Slack request with this key is handled, false for a replay (the same
   * signed request sent again): shared by every instance on the database, so a handler that writes
   * does so once. Keys are what Slack sends (a view's id and hash, a trigger id), never what people typed.
   */
  firstTime(kind: string, key: string, at: Date): Promise<boolean>;
}
