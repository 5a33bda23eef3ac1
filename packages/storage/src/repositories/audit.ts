import type { Sql } from "../driver/index.js";
import { type Json, json } from "./_bind.js";

/** What was done: looked at, changed, or the privacy actions. */
export type AuditAction = "view" | "create" | "update" | "delete" | "export" | "erase" | "purge" | "login" | "login_failed" | "login_locked" | "logout";

/** What it was done to. */
export type AuditSubject = "application" | "member" | "constituency" | "council" | "vacancy" | "rules" | "onboarding" | "account" | "audit_log";

/**
 * One line of the audit log: who (an account id), when, what and to which record (an id). `detail`
 * holds codes only (e.g. `{ from: "registered", to: "introduction" }`), never names or typed text.
 */
export type AuditEntry = {
  readonly id: number;
  readonly at: Date;
  /** The organisation the line belongs to; null for lines of no organisation (a failed login for an unknown address). */
  readonly organisationId: string | null;
  readonly accountId: string | null;
  /** The account's display name at read time, or null when the account is gone. */
  readonly accountName: string | null;
  readonly action: AuditAction;
  readonly subjectKind: AuditSubject;
  readonly subjectId: string | null;
  readonly detail: Readonly<Record<string, Json>>;
};

export type NewAuditEntry = {
  readonly at: Date;
  /**
   * The organisation whose data was touched (required, so no line lands in every organisation's
   * log by accident); null only for lines of no organisation, which no organisation's log shows.
   */
  readonly organisationId: string | null;
  readonly accountId: string | null;
  readonly action: AuditAction;
  readonly subjectKind: AuditSubject;
  readonly subjectId?: string | null;
  readonly detail?: Readonly<Record<string, Json>>;
};

type Row = { id: string | number; at: Date; organisation_id: string | null; account_id: string | null; account_name: string | null; action: AuditAction; subject_kind: AuditSubject; subject_id: string | null; detail: Record<string, Json> };
const toEntry = (row: Row): AuditEntry => ({
  id: Number(row.id),
  at: row.at,
  organisationId: row.organisation_id,
  accountId: row.account_id,
  accountName: row.account_name,
  action: row.action,
  subjectKind: row.subject_kind,
  subjectId: row.subject_id,
  detail: row.detail,
});
const select = "SELECT l.id, l.at, l.organisation_id, l.account_id, a.name AS account_name, l.action, l.subject_kind, l.subject_id, l.detail FROM audit_log l LEFT JOIN accounts a ON a.id = l.account_id";

/**
 * Every read takes the organisation: the log of one organisation never shows another's lines (ids
 * and staff names). Lines with no organisation are shown to none.
 */
export const auditReads = {
  /** The organisation's newest entries first. */
  async recent(sql: Sql, organisationId: string, limit: number, offset = 0): Promise<AuditEntry[]> {
    return (await sql.query<Row>(`${select} WHERE l.organisation_id = $1 ORDER BY l.at DESC, l.id DESC LIMIT $2 OFFSET $3`, [organisationId, limit, offset])).map(toEntry);
  },
  /** The organisation's entries about one record, oldest first. */
  async forSubject(sql: Sql, organisationId: string, kind: AuditSubject, id: string): Promise<AuditEntry[]> {
    return (
      await sql.query<Row>(`${select} WHERE l.organisation_id = $1 AND l.subject_kind = $2 AND l.subject_id = $3 ORDER BY l.at, l.id`, [organisationId, kind, id])
    ).map(toEntry);
  },
  async count(sql: Sql, organisationId: string): Promise<number> {
    return (await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE organisation_id = $1", [organisationId]))[0]?.n ?? 0;
  },
};

export const auditWrites = {
  async record(sql: Sql, entry: NewAuditEntry): Promise<void> {
    await sql.query("INSERT INTO audit_log (at, organisation_id, account_id, action, subject_kind, subject_id, detail) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)", [
      entry.at,
      entry.organisationId,
      entry.accountId,
      entry.action,
      entry.subjectKind,
      entry.subjectId ?? null,
      json(entry.detail ?? {}),
    ]);
  },
};

/**
 * Cuts the link between audit entries and erased records: the id and the details go, the fact
 * that someone acted at that moment stays.
 */
export async function forgetAuditSubjects(sql: Sql, kind: AuditSubject, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await sql.query(
    `UPDATE audit_log SET subject_id = NULL, detail = '{"erased":true}'::jsonb WHERE subject_kind = $1 AND subject_id = ANY($2::uuid[]) RETURNING id`,
    [kind, ids],
  );
  return rows.length;
}
