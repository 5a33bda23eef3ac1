/**
 * The organisation's Wmcz settings the council desk edits (issue 11): whether the *instelling* is
 * set up for long-term stay (art. 7 h and i, social plan and room layout apply only then; NULL is
 * "not known"), and the answer periods from its medezeggenschapsregeling (the domain's
 * `ProcedureSettings`, validated by the app; NULL: common-practice defaults). A table of its own so
 * the organisations table is left alone. `updated_at` comes from the caller's clock, never `now()`.
 */
export const sql = /* sql */ `
CREATE TABLE organisation_settings (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  long_term_stay boolean,
  procedure_settings jsonb,
  updated_at timestamptz NOT NULL
);
`;
