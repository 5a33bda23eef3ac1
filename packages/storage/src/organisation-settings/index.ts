import type { Sql } from "../driver/index.js";
import type { Store, Transaction } from "../open-store/index.js";
import { json } from "../repositories/_bind.js";

/**
 * An organisation's Wmcz settings as stored: `longTermStay` null when not known; `procedureSettings`
 * as stored (the app validates it with the domain's `ProcedureSettingsSchema`), null for the
 * common-practice defaults.
 */
export type OrganisationSettings = {
  readonly organisationId: string;
  readonly longTermStay: boolean | null;
  readonly procedureSettings: unknown;
  readonly updatedAt: Date;
};

/** What the council desk saves; `now` is the caller's clock (never the database's). */
export type SaveOrganisationSettings = {
  readonly longTermStay: boolean | null;
  readonly procedureSettings: unknown;
  readonly now: Date;
};

type Row = { organisation_id: string; long_term_stay: boolean | null; procedure_settings: unknown; updated_at: Date };

const toSettings = (row: Row): OrganisationSettings => ({
  organisationId: row.organisation_id,
  longTermStay: row.long_term_stay,
  procedureSettings: row.procedure_settings,
  updatedAt: row.updated_at,
});

/** Reads and writes of the organisation settings (migration `150_organisation_settings`). */
export type OrganisationSettingsStore = {
  get(organisationId: string): Promise<OrganisationSettings | undefined>;
  save(organisationId: string, input: SaveOrganisationSettings): Promise<OrganisationSettings>;
};

async function get(sql: Sql, organisationId: string): Promise<OrganisationSettings | undefined> {
  const rows = await sql.query<Row>("SELECT organisation_id, long_term_stay, procedure_settings, updated_at FROM organisation_settings WHERE organisation_id = $1", [organisationId]);
  return rows[0] && toSettings(rows[0]);
}

async function save(sql: Sql, organisationId: string, input: SaveOrganisationSettings): Promise<OrganisationSettings> {
  const rows = await sql.query<Row>(
    `INSERT INTO organisation_settings (organisation_id, long_term_stay, procedure_settings, updated_at)
     VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (organisation_id) DO UPDATE SET long_term_stay = EXCLUDED.long_term_stay, procedure_settings = EXCLUDED.procedure_settings, updated_at = EXCLUDED.updated_at
     RETURNING organisation_id, long_term_stay, procedure_settings, updated_at`,
    [organisationId, input.longTermStay, input.procedureSettings === null || input.procedureSettings === undefined ? null : json(input.procedureSettings), input.now],
  );
  return toSettings(rows[0] as Row);
}

/**
 * The organisation settings on a store (a write in its own transaction) or inside an open
 * transaction.
 *
 * @example
 * await organisationSettingsStore(store).save(org.id, { longTermStay: true, procedureSettings: null, now: clock() });
 * (await organisationSettingsStore(store).get(org.id))?.longTermStay; // true
 */
export function organisationSettingsStore(store: Store | Transaction): OrganisationSettingsStore {
  if ("transaction" in store) {
    return { get: (id) => get(store.sql, id), save: (id, input) => store.transaction((tx) => save(tx.sql, id, input)) };
  }
  return { get: (id) => get(store.sql, id), save: (id, input) => save(store.sql, id, input) };
}
