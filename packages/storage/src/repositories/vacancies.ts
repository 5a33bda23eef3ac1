import { randomUUID } from "node:crypto";
import type { Sql } from "../driver/index.js";
import type { Council } from "./councils.js";
import type { Organisation } from "./organisations.js";

export type VacancyStatus = "open" | "closed";

/** An open seat on a council. `role` is a role profile id of the recruitment area (e.g. `member`). */
export type Vacancy = {
  readonly id: string;
  readonly councilId: string;
  readonly slug: string;
  readonly role: string;
  readonly title: string;
  readonly summary: string;
  readonly status: VacancyStatus;
  /** `YYYY-MM-DD` */
  readonly publishedOn: string | null;
  /** `YYYY-MM-DD`: last day to apply, or null when open until filled. */
  readonly closesOn: string | null;
  readonly createdAt: Date;
};

export type NewVacancy = {
  readonly councilId: string;
  readonly slug: string;
  readonly role: string;
  readonly title: string;
  readonly summary?: string;
  readonly status?: VacancyStatus;
  readonly publishedOn?: string | null;
  readonly closesOn?: string | null;
  /** From the app's clock (never the database's). */
  readonly createdAt: Date;
};

/** A vacancy with the council and organisation its page shows. */
export type VacancyPage = { readonly vacancy: Vacancy; readonly council: Council; readonly organisation: Organisation };

type Row = {
  id: string;
  council_id: string;
  slug: string;
  role: string;
  title: string;
  summary: string;
  status: VacancyStatus;
  published_on: string | null;
  closes_on: string | null;
  created_at: Date;
};

const columns = "v.id, v.council_id, v.slug, v.role, v.title, v.summary, v.status, v.published_on::text AS published_on, v.closes_on::text AS closes_on, v.created_at";

const toVacancy = (row: Row): Vacancy => ({
  id: row.id,
  councilId: row.council_id,
  slug: row.slug,
  role: row.role,
  title: row.title,
  summary: row.summary,
  status: row.status,
  publishedOn: row.published_on,
  closesOn: row.closes_on,
  createdAt: row.created_at,
});

type PageRow = Row & {
  c_organisation_id: string;
  c_slug: string;
  c_name: string;
  c_kind: Council["kind"];
  c_description: string;
  c_created_at: Date;
  o_slug: string;
  o_name: string;
  o_is_demo: boolean;
  o_membership_rules: unknown;
  o_procedure_settings: unknown;
  o_created_at: Date;
};

const pageColumns = `${columns},
  c.organisation_id AS c_organisation_id, c.slug AS c_slug, c.name AS c_name, c.kind AS c_kind, c.description AS c_description, c.created_at AS c_created_at,
  o.slug AS o_slug, o.name AS o_name, o.is_demo AS o_is_demo, o.membership_rules AS o_membership_rules, o.procedure_settings AS o_procedure_settings, o.created_at AS o_created_at`;

const toPage = (row: PageRow): VacancyPage => ({
  vacancy: toVacancy(row),
  council: {
    id: row.council_id,
    organisationId: row.c_organisation_id,
    slug: row.c_slug,
    name: row.c_name,
    kind: row.c_kind,
    description: row.c_description,
    createdAt: row.c_created_at,
  },
  organisation: {
    id: row.c_organisation_id,
    slug: row.o_slug,
    name: row.o_name,
    isDemo: row.o_is_demo,
    membershipRules: row.o_membership_rules,
    procedureSettings: row.o_procedure_settings,
    createdAt: row.o_created_at,
  },
});

const pageFrom = "FROM vacancies v JOIN councils c ON c.id = v.council_id JOIN organisations o ON o.id = c.organisation_id";

export const vacancyReads = {
  /** A vacancy of one organisation's councils; another organisation's reads as missing. */
  async get(sql: Sql, organisationId: string, id: string): Promise<Vacancy | undefined> {
    const rows = await sql.query<Row>(`SELECT ${columns} FROM vacancies v JOIN councils c ON c.id = v.council_id WHERE v.id = $2 AND c.organisation_id = $1`, [organisationId, id]);
    return rows[0] && toVacancy(rows[0]);
  },
  /** The page of a vacancy by its slug, with its council and organisation. */
  async page(sql: Sql, slug: string): Promise<VacancyPage | undefined> {
    const rows = await sql.query<PageRow>(`SELECT ${pageColumns} ${pageFrom} WHERE v.slug = $1`, [slug]);
    return rows[0] && toPage(rows[0]);
  },
  /** Open vacancies, newest first, with their council and organisation. */
  async listOpen(sql: Sql): Promise<VacancyPage[]> {
    const rows = await sql.query<PageRow>(`SELECT ${pageColumns} ${pageFrom} WHERE v.status = 'open' ORDER BY v.published_on DESC NULLS LAST, v.title`);
    return rows.map(toPage);
  },
  async listByCouncil(sql: Sql, councilId: string): Promise<Vacancy[]> {
    const rows = await sql.query<Row>(`SELECT ${columns} FROM vacancies v WHERE v.council_id = $1 ORDER BY v.created_at`, [councilId]);
    return rows.map(toVacancy);
  },
};

export const vacancyWrites = {
  async create(sql: Sql, input: NewVacancy): Promise<Vacancy> {
    const rows = await sql.query<Row>(
      `INSERT INTO vacancies AS v (id, council_id, slug, role, title, summary, status, published_on, closes_on, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, $9::date, $10) RETURNING ${columns}`,
      [randomUUID(), input.councilId, input.slug, input.role, input.title, input.summary ?? "", input.status ?? "open", input.publishedOn ?? null, input.closesOn ?? null, input.createdAt],
    );
    return toVacancy(rows[0] as Row);
  },
  async setStatus(sql: Sql, id: string, status: VacancyStatus): Promise<boolean> {
    return (await sql.query(`UPDATE vacancies SET status = $2 WHERE id = $1 RETURNING id`, [id, status])).length === 1;
  },
};
