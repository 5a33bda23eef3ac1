import { randomUUID } from "node:crypto";
import type { Sql } from "../driver/index.js";
import { json } from "./_bind.js";

/** A day written `YYYY-MM-DD`. */
type Day = `${number}-${number}-${number}`;

/** A request for advice or consent that a council follows in a Slack channel. */
export type SlackFollowedRequest = {
  readonly id: string;
  readonly teamId: string;
  readonly channelId: string;
  /** A short name the council chose; no client names (the Slack modal says so). */
  readonly title: string;
  readonly right: "advice" | "consent";
  readonly topicIds: readonly string[];
  readonly requestedOn: Day;
  readonly answerDue?: Day | undefined;
  readonly learnedWithoutConsentOn?: Day | undefined;
  /** The last day to invoke nullity in writing (one month after `learnedWithoutConsentOn`). */
  readonly nullityDeadline?: Day | undefined;
  readonly createdAt: Date;
};

/** A request to follow; `createdAt` comes from the app's clock (never the database's). */
export type NewSlackFollowedRequest = Omit<SlackFollowedRequest, "id" | "learnedWithoutConsentOn" | "nullityDeadline">;

/** A reminder scheduled with Slack's `chat.scheduleMessage`. */
export type SlackScheduledReminder = {
  readonly requestId: string;
  readonly kind: "answer_due" | "nullity";
  readonly channelId: string;
  readonly postAt: Date;
  readonly slackMessageId: string;
};

type Row = {
  id: string;
  team_id: string;
  channel_id: string;
  title: string;
  right_kind: "advice" | "consent";
  topic_ids: string[] | string;
  requested_on: string;
  answer_due: string | null;
  learned_without_consent_on: string | null;
  nullity_deadline: string | null;
  created_at: Date;
};

// Dates travel as text so no driver turns them into instants in a time zone.
const columns = `id, team_id, channel_id, title, right_kind, topic_ids, requested_on::text AS requested_on, answer_due::text AS answer_due,
  learned_without_consent_on::text AS learned_without_consent_on, nullity_deadline::text AS nullity_deadline, created_at`;

const day = (value: string | null): Day | undefined => (value === null ? undefined : (value as Day));

const toRequest = (row: Row): SlackFollowedRequest => ({
  id: row.id,
  teamId: row.team_id,
  channelId: row.channel_id,
  title: row.title,
  right: row.right_kind,
  topicIds: typeof row.topic_ids === "string" ? (JSON.parse(row.topic_ids) as string[]) : row.topic_ids,
  requestedOn: row.requested_on as Day,
  answerDue: day(row.answer_due),
  learnedWithoutConsentOn: day(row.learned_without_consent_on),
  nullityDeadline: day(row.nullity_deadline),
  createdAt: row.created_at,
});

type ReminderRow = { request_id: string; kind: "answer_due" | "nullity"; channel_id: string; post_at: Date; slack_message_id: string };

export const slackFollowReads = {
  async get(sql: Sql, teamId: string, id: string): Promise<SlackFollowedRequest | undefined> {
    // A malformed id (from a button value) is simply not found.
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const rows = await sql.query<Row>(`SELECT ${columns} FROM slack_followed_requests WHERE team_id = $1 AND id = $2`, [teamId, id]);
    return rows[0] && toRequest(rows[0]);
  },
  /** A workspace's followed requests, earliest answer date first (those without one last). */
  async list(sql: Sql, teamId: string): Promise<SlackFollowedRequest[]> {
    const rows = await sql.query<Row>(
      `SELECT ${columns} FROM slack_followed_requests WHERE team_id = $1 ORDER BY answer_due NULLS LAST, created_at LIMIT 500`,
      [teamId],
    );
    return rows.map(toRequest);
  },
  async reminders(sql: Sql, requestId: string): Promise<SlackScheduledReminder[]> {
    const rows = await sql.query<ReminderRow>(
      "SELECT request_id, kind, channel_id, post_at, slack_message_id FROM slack_scheduled_reminders WHERE request_id = $1 ORDER BY post_at",
      [requestId],
    );
    return rows.map((r) => ({ requestId: r.request_id, kind: r.kind, channelId: r.channel_id, postAt: new Date(r.post_at), slackMessageId: r.slack_message_id }));
  },
};

export const slackFollowWrites = {
  async add(sql: Sql, input: NewSlackFollowedRequest): Promise<SlackFollowedRequest> {
    const rows = await sql.query<Row>(
      `INSERT INTO slack_followed_requests (id, team_id, channel_id, title, right_kind, topic_ids, requested_on, answer_due, created_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::date, $8::date, $9) RETURNING ${columns}`,
      [randomUUID(), input.teamId, input.channelId, input.title, input.right, json(input.topicIds), input.requestedOn, input.answerDue ?? null, input.createdAt],
    );
    return toRequest(rows[0] as Row);
  },
  async recordWithoutConsent(sql: Sql, teamId: string, id: string, learnedOn: Day, nullityDeadline: Day): Promise<SlackFollowedRequest | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const rows = await sql.query<Row>(
      `UPDATE slack_followed_requests SET learned_without_consent_on = $3::date, nullity_deadline = $4::date
       WHERE team_id = $1 AND id = $2 RETURNING ${columns}`,
      [teamId, id, learnedOn, nullityDeadline],
    );
    return rows[0] && toRequest(rows[0]);
  },
  async addReminders(sql: Sql, reminders: readonly SlackScheduledReminder[]): Promise<void> {
    for (const r of reminders) {
      await sql.query(
        `INSERT INTO slack_scheduled_reminders (slack_message_id, request_id, kind, channel_id, post_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (channel_id, slack_message_id) DO NOTHING`,
        [r.slackMessageId, r.requestId, r.kind, r.channelId, r.postAt.toISOString()],
      );
    }
  },
};
