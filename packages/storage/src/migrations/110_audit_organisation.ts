/**
 * Audit lines belong to one organisation: a secretary's log shows only their own organisation's
 * lines. Existing lines get the organisation of what they are about (application, vacancy, council,
 * member, constituency, onboarding, rules), else of the account that acted. Lines that belong to no
 * organisation (a failed login for an unknown address) keep NULL and are shown to nobody.
 */
export const sql = /* sql */ `
ALTER TABLE audit_log ADD COLUMN organisation_id uuid REFERENCES organisations (id) ON DELETE CASCADE;

UPDATE audit_log l SET organisation_id = c.organisation_id
  FROM applications ap JOIN vacancies v ON v.id = ap.vacancy_id JOIN councils c ON c.id = v.council_id
  WHERE l.organisation_id IS NULL AND l.subject_kind = 'application' AND l.subject_id = ap.id;
UPDATE audit_log l SET organisation_id = c.organisation_id
  FROM vacancies v JOIN councils c ON c.id = v.council_id
  WHERE l.organisation_id IS NULL AND l.subject_kind = 'vacancy' AND l.subject_id = v.id;
UPDATE audit_log l SET organisation_id = c.organisation_id
  FROM councils c
  WHERE l.organisation_id IS NULL AND l.subject_kind = 'council' AND l.subject_id = c.id;
UPDATE audit_log l SET organisation_id = c.organisation_id
  FROM council_members m JOIN councils c ON c.id = m.council_id
  WHERE l.organisation_id IS NULL AND l.subject_kind IN ('member', 'onboarding') AND l.subject_id = m.id;
UPDATE audit_log l SET organisation_id = c.organisation_id
  FROM council_constituencies g JOIN councils c ON c.id = g.council_id
  WHERE l.organisation_id IS NULL AND l.subject_kind = 'constituency' AND l.subject_id = g.id;
UPDATE audit_log l SET organisation_id = o.id
  FROM organisations o
  WHERE l.organisation_id IS NULL AND l.subject_kind = 'rules' AND l.subject_id = o.id;
UPDATE audit_log l SET organisation_id = a.organisation_id
  FROM accounts a
  WHERE l.organisation_id IS NULL AND l.account_id = a.id;

CREATE INDEX audit_log_organisation ON audit_log (organisation_id, at);
`;
