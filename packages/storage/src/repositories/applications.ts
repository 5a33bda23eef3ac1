import { randomUUID } from "node:crypto";
import type { Sql } from "../driver/index.js";
import { json } from "./_bind.js";

/** The eligibility verdict stored with an application. */
export type ApplicationOutcome = "eligible" | "needs_review" | "not_eligible";

/**
 * A candidate's application with the outcome shown to them and the version of the rules that gave
 * it. Personal data: never log it; the council side exports, erases and purges it.
 */
export type Application = {
  readonly id: string;
  readonly vacancyId: string;
  /** Pipeline state of the recruitment area (starts `registered`). */
  readonly status: string;
  readonly statusChangedAt: Date;
  readonly outcome: ApplicationOutcome;
  /** The coded reasons of the verdict, as the domain returned them. */
  readonly reasons: unknown;
  readonly ruleSetVersion: string;
  /** The eligibility answers as the form sent them (field name → value). */
  readonly answers: Readonly<Record<string, string>>;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly motivation: string;
  readonly availability: string;
  readonly locale: string;
  readonly consentedAt: Date;
  readonly createdAt: Date;
};

/** A new application. `createdAt` comes from the app's clock (never the database's): it is the day the candidate applied. */
export type NewApplication = Omit<Application, "id" | "status" | "statusChangedAt" | "phone" | "motivation" | "availability" | "locale"> & {
  readonly status?: string;
  readonly phone?: string;
  readonly motivation?: string;
  readonly availability?: string;
  readonly locale?: string;
};

type Row = {
  id: string;
  vacancy_id: string;
  status: string;
  status_changed_at: Date;
  outcome: ApplicationOutcome;
  reasons: unknown;
  rule_set_version: string;
  answers: Record<string, string>;
  name: string;
  email: string;
  phone: string;
  motivation: string;
  availability: string;
  locale: string;
  consented_at: Date;
  created_at: Date;
};

const columns =
  "id, vacancy_id, status, status_changed_at, outcome, reasons, rule_set_version, answers, name, email, phone, motivation, availability, locale, consented_at, created_at";

const toApplication = (row: Row): Application => ({
  id: row.id,
  vacancyId: row.vacancy_id,
  status: row.status,
  statusChangedAt: row.status_changed_at,
  outcome: row.outcome,
  reasons: row.reasons,
  ruleSetVersion: row.rule_set_version,
  answers: row.answers,
  name: row.name,
  email: row.email,
  phone: row.phone,
  motivation: row.motivation,
  availability: row.availability,
  locale: row.locale,
  consentedAt: row.consented_at,
  createdAt: row.created_at,
});

/** Limits a read to applications for one organisation's vacancies. */
const ofOrganisation = "vacancy_id IN (SELECT v.id FROM vacancies v JOIN councils c ON c.id = v.council_id WHERE c.organisation_id = $1)";

/** Reads of personal data take the organisation: another organisation's application reads as missing. */
export const applicationReads = {
  async get(sql: Sql, organisationId: string, id: string): Promise<Application | undefined> {
    const rows = await sql.query<Row>(`SELECT ${columns} FROM applications WHERE id = $2 AND ${ofOrganisation}`, [organisationId, id]);
    return rows[0] && toApplication(rows[0]);
  },
  async listByVacancy(sql: Sql, organisationId: string, vacancyId: string): Promise<Application[]> {
    const rows = await sql.query<Row>(`SELECT ${columns} FROM applications WHERE vacancy_id = $2 AND ${ofOrganisation} ORDER BY created_at, id`, [organisationId, vacancyId]);
    return rows.map(toApplication);
  },
  /** How many applications are stored in all (a number, no personal data: for health checks and tests). */
  async count(sql: Sql): Promise<number> {
    const rows = await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM applications");
    return rows[0]?.n ?? 0;
  },
};

export const applicationWrites = {
  async create(sql: Sql, input: NewApplication): Promise<Application> {
    const rows = await sql.query<Row>(
      `INSERT INTO applications (id, vacancy_id, status, outcome, reasons, rule_set_version, answers, name, email, phone, motivation, availability, locale, consented_at, created_at, status_changed_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::jsonb, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING ${columns}`,
      [
        randomUUID(),
        input.vacancyId,
        input.status ?? "registered",
        input.outcome,
        json(input.reasons),
        input.ruleSetVersion,
        json(input.answers),
        input.name,
        input.email,
        input.phone ?? "",
        input.motivation ?? "",
        input.availability ?? "",
        input.locale ?? "nl",
        input.consentedAt,
        input.createdAt,
      ],
    );
    return toApplication(rows[0] as Row);
  },
  async setStatus(sql: Sql, id: string, status: string, at: Date): Promise<boolean> {
    return (await sql.query(`UPDATE applications SET status = $2, status_changed_at = $3 WHERE id = $1 RETURNING id`, [id, status, at])).length === 1;
  },
  /** Removes an application and everything it holds (erasure on request). */
  async erase(sql: Sql, id: string): Promise<boolean> {
    return (await sql.query(`DELETE FROM applications WHERE id = $1 RETURNING id`, [id])).length === 1;
  },
};
