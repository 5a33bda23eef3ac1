import { randomUUID } from "node:crypto";
import type { Sql } from "../driver/index.js";
import { json } from "./_bind.js";

/** A care organisation; one installation usually serves one. */
export type Organisation = {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  /** Demo data made by `pnpm start`: pages mark it clearly. */
  readonly isDemo: boolean;
  /** The organisation's membership rules as stored; the app validates them with the domain schema. */
  readonly membershipRules: unknown;
  /** The organisation's procedure settings (periods), or null for the defaults. */
  readonly procedureSettings: unknown;
  readonly createdAt: Date;
};

export type NewOrganisation = {
  readonly slug: string;
  readonly name: string;
  readonly isDemo?: boolean;
  readonly membershipRules: unknown;
  readonly procedureSettings?: unknown;
};

type Row = {
  id: string;
  slug: string;
  name: string;
  is_demo: boolean;
  membership_rules: unknown;
  procedure_settings: unknown;
  created_at: Date;
};

const columns = "id, slug, name, is_demo, membership_rules, procedure_settings, created_at";

const toOrganisation = (row: Row): Organisation => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  isDemo: row.is_demo,
  membershipRules: row.membership_rules,
  procedureSettings: row.procedure_settings,
  createdAt: row.created_at,
});

export const organisationReads = {
  async get(sql: Sql, id: string): Promise<Organisation | undefined> {
    const rows = await sql.query<Row>(`SELECT ${columns} FROM organisations WHERE id = $1`, [id]);
    return rows[0] && toOrganisation(rows[0]);
  },
  async bySlug(sql: Sql, slug: string): Promise<Organisation | undefined> {
    const rows = await sql.query<Row>(`SELECT ${columns} FROM organisations WHERE slug = $1`, [slug]);
    return rows[0] && toOrganisation(rows[0]);
  },
  async list(sql: Sql): Promise<Organisation[]> {
    return (await sql.query<Row>(`SELECT ${columns} FROM organisations ORDER BY name`)).map(toOrganisation);
  },
};

export const organisationWrites = {
  async create(sql: Sql, input: NewOrganisation): Promise<Organisation> {
    const rows = await sql.query<Row>(
      `INSERT INTO organisations (id, slug, name, is_demo, membership_rules, procedure_settings)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb) RETURNING ${columns}`,
      [randomUUID(), input.slug, input.name, input.isDemo ?? false, json(input.membershipRules), input.procedureSettings === undefined ? null : json(input.procedureSettings)],
    );
    return toOrganisation(rows[0] as Row);
  },
  async updateRules(sql: Sql, id: string, membershipRules: unknown): Promise<boolean> {
    const rows = await sql.query(`UPDATE organisations SET membership_rules = $2::jsonb WHERE id = $1 RETURNING id`, [id, json(membershipRules)]);
    return rows.length === 1;
  },
};
