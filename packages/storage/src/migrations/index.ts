import type { Driver } from "../driver/index.js";
import { sql as core } from "./001_core.js";
import { sql as council } from "./050_council.js";
import { sql as slack } from "./100_slack.js";
import { sql as auditOrganisation } from "./110_audit_organisation.js";
import { sql as sessionActivity } from "./120_session_activity.js";
import { sql as organisationSettings } from "./150_organisation_settings.js";

/** One schema change: applied once, in the order of {@link migrations}, never edited after release. */
export type Migration = { readonly id: string; readonly sql: string };

/**
 * Every migration, in order. Add a file `NNN_name.ts` exporting `sql` and list it here; numbers
 * leave room between areas (`050_council`, `100_slack`).
 */
export const migrations: readonly Migration[] = [
  { id: "001_core", sql: core },
  { id: "050_council", sql: council },
  { id: "100_slack", sql: slack },
  { id: "110_audit_organisation", sql: auditOrganisation },
  { id: "120_session_activity", sql: sessionActivity },
  { id: "150_organisation_settings", sql: organisationSettings },
];

/** Key of the advisory lock that keeps two starting instances from migrating at once. */
const MIGRATION_LOCK = 7_261_001;

/**
 * Applies the migrations that are missing, in one transaction under an advisory lock: a second
 * instance starting at the same time waits, then finds nothing left to do.
 *
 * @returns the ids applied by this call
 */
export async function migrate(driver: Driver, list: readonly Migration[] = migrations): Promise<string[]> {
  return driver.transaction(async (sql) => {
    await sql.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await sql.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const done = new Set((await sql.query<{ id: string }>("SELECT id FROM schema_migrations")).map((row) => row.id));
    const applied: string[] = [];
    for (const migration of list) {
      if (done.has(migration.id)) continue;
      await sql.exec(migration.sql);
      await sql.query("INSERT INTO schema_migrations (id) VALUES ($1)", [migration.id]);
      applied.push(migration.id);
    }
    return applied;
  });
}
