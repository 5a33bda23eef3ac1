/**
 * The council side: locations and client groups, members with their terms, onboarding checklists,
 * the pipeline history of applications, staff accounts with sessions and lock-out, and an audit log
 * that holds ids and codes only (never what a person typed).
 */
export const sql = /* sql */ `
CREATE TABLE council_constituencies (
  id uuid PRIMARY KEY,
  council_id uuid NOT NULL REFERENCES councils (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('location', 'client_group')),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX council_constituencies_council ON council_constituencies (council_id);

CREATE TABLE council_members (
  id uuid PRIMARY KEY,
  council_id uuid NOT NULL REFERENCES councils (id) ON DELETE CASCADE,
  name text NOT NULL,
  role text NOT NULL,
  started_on date NOT NULL,
  term_number integer NOT NULL CHECK (term_number >= 1),
  represents uuid REFERENCES council_constituencies (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX council_members_council ON council_members (council_id);

CREATE TABLE member_onboardings (
  member_id uuid PRIMARY KEY REFERENCES council_members (id) ON DELETE CASCADE,
  starts_on date NOT NULL,
  check_in_by uuid NOT NULL REFERENCES council_members (id) ON DELETE CASCADE,
  done jsonb NOT NULL DEFAULT '{}'::jsonb
);

CREATE TABLE application_steps (
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  state text NOT NULL,
  on_date date NOT NULL,
  reason_code text,
  reason_note text,
  PRIMARY KEY (application_id, seq)
);

CREATE TABLE accounts (
  id uuid PRIMARY KEY,
  organisation_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  password_hash text NOT NULL,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  action text NOT NULL,
  subject_kind text NOT NULL,
  subject_id uuid,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_subject ON audit_log (subject_kind, subject_id);
CREATE INDEX audit_log_at ON audit_log (at);
`;
