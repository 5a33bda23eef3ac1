import type { Sql } from "../driver/index.js";
import type { ApplicationOutcome } from "./applications.js";
import { forgetAuditSubjects } from "./audit.js";

/** One change of an application's pipeline state, as the council recorded it. */
export type ApplicationStep = {
  readonly seq: number;
  readonly state: string;
  /** `YYYY-MM-DD` */
  readonly on: string;
  readonly reasonCode: string | null;
  /** A short note kept with a withdrawal or rejection (no personal details). */
  readonly reasonNote: string | null;
};

/** An application as the council's list shows it. Personal data: never log it. */
export type ApplicationSummary = {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly statusChangedAt: Date;
  readonly outcome: ApplicationOutcome;
  readonly reasons: unknown;
  readonly createdAt: Date;
  readonly vacancyId: string;
  readonly vacancyTitle: string;
  readonly councilId: string;
  readonly councilName: string;
};

/** An application the purge removed, with the organisation it belonged to. */
export type PurgedApplication = { readonly id: string; readonly organisationId: string };

type StepRow = { seq: number; state: string; on_date: string; reason_code: string | null; reason_note: string | null };
type SummaryRow = {
  id: string;
  name: string;
  status: string;
  status_changed_at: Date;
  outcome: ApplicationOutcome;
  reasons: unknown;
  created_at: Date;
  vacancy_id: string;
  vacancy_title: string;
  council_id: string;
  council_name: string;
};

const toStep = (row: StepRow): ApplicationStep => ({ seq: row.seq, state: row.state, on: row.on_date, reasonCode: row.reason_code, reasonNote: row.reason_note });

export const pipelineReads = {
  /** The steps of one organisation's application; another organisation's has none. */
  async steps(sql: Sql, organisationId: string, applicationId: string): Promise<ApplicationStep[]> {
    const rows = await sql.query<StepRow>(
      `SELECT s.seq, s.state, s.on_date::text AS on_date, s.reason_code, s.reason_note FROM application_steps s
       JOIN applications a ON a.id = s.application_id JOIN vacancies v ON v.id = a.vacancy_id JOIN councils c ON c.id = v.council_id
       WHERE s.application_id = $2 AND c.organisation_id = $1 ORDER BY s.seq`,
      [organisationId, applicationId],
    );
    return rows.map(toStep);
  },
  /** Every application to the organisation's councils, oldest first. */
  async listByOrganisation(sql: Sql, organisationId: string): Promise<ApplicationSummary[]> {
    const rows = await sql.query<SummaryRow>(
      `SELECT a.id, a.name, a.status, a.status_changed_at, a.outcome, a.reasons, a.created_at, v.id AS vacancy_id, v.title AS vacancy_title, c.id AS council_id, c.name AS council_name
       FROM applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN councils c ON c.id = v.council_id
       WHERE c.organisation_id = $1 ORDER BY a.created_at, a.id`,
      [organisationId],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      status: row.status,
      statusChangedAt: row.status_changed_at,
      outcome: row.outcome,
      reasons: row.reasons,
      createdAt: row.created_at,
      vacancyId: row.vacancy_id,
      vacancyTitle: row.vacancy_title,
      councilId: row.council_id,
      councilName: row.council_name,
    }));
  },
};

export const pipelineWrites = {
  /**
   * Records a step and sets the application's status in one transaction. `seq` must be the next
   * number (steps so far + 1): when two people move the same application at once, one fails.
   * `takesEffectAt` is the instant the step's day starts where the council is (the app turns the
   * day into an instant; storage knows no time zone).
   *
   * @returns false when the application is gone or someone else recorded step `seq` first
   */
  async addStep(sql: Sql, applicationId: string, step: ApplicationStep, takesEffectAt: Date): Promise<boolean> {
    const inserted = await sql.query(
      `INSERT INTO application_steps (application_id, seq, state, on_date, reason_code, reason_note)
       SELECT id, $2, $3, $4::date, $5, $6 FROM applications WHERE id = $1
       ON CONFLICT (application_id, seq) DO NOTHING RETURNING seq`,
      [applicationId, step.seq, step.state, step.on, step.reasonCode, step.reasonNote],
    );
    if (inserted.length !== 1) return false;
    await sql.query("UPDATE applications SET status = $2, status_changed_at = $3 WHERE id = $1", [applicationId, step.state, takesEffectAt]);
    return true;
  },
  /** Erases an application with its steps, and cuts its audit entries loose (erasure on request). */
  async erase(sql: Sql, applicationId: string): Promise<boolean> {
    const locked = await sql.query("SELECT id FROM applications WHERE id = $1 FOR UPDATE", [applicationId]);
    if (locked.length === 0) return false;
    await forgetAuditSubjects(sql, "application", [applicationId]);
    await sql.query("DELETE FROM applications WHERE id = $1", [applicationId]);
    return true;
  },
  /**
   * Purges up to `limit` applications whose status is one of `finalStates` and took effect before
   * the instant `before`, and, when `submittedBefore` is given, every application submitted before
   * it whatever its state (the maximum age: an application left at "registered" does not live
   * forever). The app computes both instants from its clock; storage knows no time zone. Rows are
   * locked with `FOR UPDATE SKIP LOCKED`, so instances running at once each take other rows: every
   * application is purged exactly once.
   *
   * @returns the applications purged by this call, each with its organisation (for the audit line)
   */
  async purgeBatch(sql: Sql, finalStates: readonly string[], before: Date, limit: number, submittedBefore?: Date): Promise<PurgedApplication[]> {
    const rows = await sql.query<{ id: string; organisation_id: string }>(
      `SELECT a.id, c.organisation_id FROM applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN councils c ON c.id = v.council_id
       WHERE (a.status = ANY($1::text[]) AND a.status_changed_at < $2)
          OR ($4::timestamptz IS NOT NULL AND a.created_at < $4::timestamptz)
       ORDER BY a.status_changed_at, a.id LIMIT $3 FOR UPDATE OF a SKIP LOCKED`,
      [finalStates, before, limit, submittedBefore ?? null],
    );
    const ids = rows.map((row) => row.id);
    if (ids.length === 0) return [];
    await forgetAuditSubjects(sql, "application", ids);
    await sql.query("DELETE FROM applications WHERE id = ANY($1::uuid[])", [ids]);
    return rows.map((row) => ({ id: row.id, organisationId: row.organisation_id }));
  },
};
