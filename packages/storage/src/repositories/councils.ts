import { randomUUID } from "node:crypto";
import type { Sql } from "../driver/index.js";

/** Central council for the whole organisation, or a local one for a location or client group. */
export type CouncilKind = "central" | "local";

export type Council = {
  readonly id: string;
  readonly organisationId: string;
  readonly slug: string;
  readonly name: string;
  readonly kind: CouncilKind;
  /** What the council does, in plain words, for the vacancy page. */
  readonly description: string;
  readonly createdAt: Date;
};

export type NewCouncil = Omit<Council, "id" | "createdAt" | "description"> & { readonly description?: string };

type Row = { id: string; organisation_id: string; slug: string; name: string; kind: CouncilKind; description: string; created_at: Date };

const columns = "id, organisation_id, slug, name, kind, description, created_at";

const toCouncil = (row: Row): Council => ({
  id: row.id,
  organisationId: row.organisation_id,
  slug: row.slug,
  name: row.name,
  kind: row.kind,
  description: row.description,
  createdAt: row.created_at,
});

export const councilReads = {
  /** A council of one organisation; another organisation's reads as missing. */
  async get(sql: Sql, organisationId: string, id: string): Promise<Council | undefined> {
    const rows = await sql.query<Row>(`SELECT ${columns} FROM councils WHERE id = $2 AND organisation_id = $1`, [organisationId, id]);
    return rows[0] && toCouncil(rows[0]);
  },
  async bySlug(sql: Sql, slug: string): Promise<Council | undefined> {
    const rows = await sql.query<Row>(`SELECT ${columns} FROM councils WHERE slug = $1`, [slug]);
    return rows[0] && toCouncil(rows[0]);
  },
  async listByOrganisation(sql: Sql, organisationId: string): Promise<Council[]> {
    const rows = await sql.query<Row>(`SELECT ${columns} FROM councils WHERE organisation_id = $1 ORDER BY kind, name`, [organisationId]);
    return rows.map(toCouncil);
  },
};

export const councilWrites = {
  async create(sql: Sql, input: NewCouncil): Promise<Council> {
    const rows = await sql.query<Row>(
      `INSERT INTO councils (id, organisation_id, slug, name, kind, description) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${columns}`,
      [randomUUID(), input.organisationId, input.slug, input.name, input.kind, input.description ?? ""],
    );
    return toCouncil(rows[0] as Row);
  },
};
