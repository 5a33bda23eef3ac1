/**
 * The public side: organisations with their membership rules, councils, vacancies, applications
 * with their outcome and rule-set version, and what several app instances must share (rate-limit
 * counters, job claims).
 */
export const sql = /* sql */ `
CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  is_demo boolean NOT NULL DEFAULT false,
  membership_rules jsonb NOT NULL,
  procedure_settings jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE councils (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('central', 'local')),
  description text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX councils_organisation ON councils (organisation_id);

CREATE TABLE vacancies (
  id uuid PRIMARY KEY,
  council_id uuid NOT NULL REFERENCES councils (id) ON DELETE CASCADE,
  slug text NOT NULL UNIQUE,
  role text NOT NULL,
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  published_on date,
  closes_on date,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX vacancies_council ON vacancies (council_id);

CREATE TABLE applications (
  id uuid PRIMARY KEY,
  vacancy_id uuid NOT NULL REFERENCES vacancies (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'registered',
  status_changed_at timestamptz NOT NULL DEFAULT now(),
  outcome text NOT NULL CHECK (outcome IN ('eligible', 'needs_review', 'not_eligible')),
  reasons jsonb NOT NULL,
  rule_set_version text NOT NULL,
  answers jsonb NOT NULL,
  name text NOT NULL,
  email text NOT NULL,
  phone text NOT NULL DEFAULT '',
  motivation text NOT NULL DEFAULT '',
  availability text NOT NULL DEFAULT '',
  locale text NOT NULL DEFAULT 'nl',
  consented_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX applications_vacancy ON applications (vacancy_id, created_at);
CREATE INDEX applications_status ON applications (status, status_changed_at);

CREATE TABLE rate_limits (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  window_end timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_limits_end ON rate_limits (window_end);

CREATE TABLE job_runs (
  job text NOT NULL,
  run_key text NOT NULL,
  claimed_by text NOT NULL,
  claimed_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  PRIMARY KEY (job, run_key)
);
`;
