/**
 * The Slack app's tables: requests for advice or consent that a council follows in a channel, and
 * the reminders scheduled for them with Slack's `chat.scheduleMessage`. A short name chosen by the
 * council, the right, topic ids and dates; no people's names, no message texts.
 */
export const sql = /* sql */ `
CREATE TABLE slack_followed_requests (
  id uuid PRIMARY KEY,
  team_id text NOT NULL,
  channel_id text NOT NULL,
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 150),
  right_kind text NOT NULL CHECK (right_kind IN ('advice', 'consent')),
  topic_ids jsonb NOT NULL DEFAULT '[]',
  requested_on date NOT NULL,
  answer_due date,
  learned_without_consent_on date,
  nullity_deadline date,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX slack_followed_requests_team ON slack_followed_requests (team_id, answer_due);

CREATE TABLE slack_scheduled_reminders (
  slack_message_id text NOT NULL,
  request_id uuid NOT NULL REFERENCES slack_followed_requests (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('answer_due', 'nullity')),
  channel_id text NOT NULL,
  post_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (channel_id, slack_message_id)
);
CREATE INDEX slack_scheduled_reminders_request ON slack_scheduled_reminders (request_id);
`;
