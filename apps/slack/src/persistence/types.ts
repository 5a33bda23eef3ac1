/**
 * What the Slack app keeps: requests the council follows and the reminders scheduled for them.
 * The app talks to this interface; `./storage.ts` implements it on `@raadswerk/storage`.
 */
import type { CalendarDate } from "@raadswerk/domain/calendar";

/** The council's right on a followed request. */
export type Right = "advice" | "consent";

/** A request for advice or consent that the council follows in a channel. */
export type FollowedRequest = {
  readonly id: string;
  readonly teamId: string;
  readonly channelId: string;
  /** A short name the council chose; no client names (the modal says so). */
  readonly title: string;
  readonly right: Right;
  readonly topicIds: readonly string[];
  readonly requestedOn: CalendarDate;
  readonly answerDue?: CalendarDate | undefined;
  /** The day the council learned of a decision taken without its consent. */
  readonly learnedWithoutConsentOn?: CalendarDate | undefined;
  /** The last day to invoke nullity in writing. */
  readonly nullityDeadline?: CalendarDate | undefined;
  readonly createdAt: Date;
};

/** Input for {@link FollowStore.add}. */
export type NewFollowedRequest = Omit<FollowedRequest, "id" | "createdAt" | "learnedWithoutConsentOn" | "nullityDeadline">;

/** A message scheduled with Slack's `chat.scheduleMessage`. */
export type ScheduledReminder = {
  readonly requestId: string;
  readonly kind: "answer_due" | "nullity";
  readonly channelId: string;
  readonly postAt: Date;
  readonly slackMessageId: string;
};

/** Persistence for followed requests. */
export interface FollowStore {
  add(request: NewFollowedRequest): Promise<FollowedRequest>;
  get(teamId: string, id: string): Promise<FollowedRequest | undefined>;
  /** Followed requests of a workspace, earliest answer date first. */
  list(teamId: string): Promise<readonly FollowedRequest[]>;
  recordWithoutConsent(teamId: string, id: string, learnedOn: CalendarDate, nullityDeadline: CalendarDate): Promise<FollowedRequest | undefined>;
  addReminders(reminders: readonly ScheduledReminder[]): Promise<void>;
  reminders(requestId: string): Promise<readonly ScheduledReminder[]>;
}
