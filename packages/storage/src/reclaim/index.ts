import type { DriverKind, Sql } from "../driver/index.js";

/** The tables that hold personal data or its traces: vacuumed after an erase or a purge. */
const PERSONAL_TABLES = ["applications", "application_steps", "audit_log", "sessions", "rate_limits"] as const;

/**
 * Makes an erase or purge physical. Deleting a row leaves its bytes in the table file and in the
 * write-ahead log until PostgreSQL reuses the space. On PGlite (our own files): `VACUUM` the tables
 * that held personal data, switch to a new WAL segment and checkpoint twice with WAL recycling off,
 * so the old segment is removed instead of kept for reuse; afterwards neither the table files nor
 * the WAL hold the erased values. On a PostgreSQL server: `VACUUM` the same tables (the server's own
 * WAL recycling and backups are the administrator's; see the README).
 *
 * Call it after the erase or purge has committed, outside a transaction.
 *
 * @example
 * await councilStore(store).pipeline.erase(id);
 * await reclaimErased(store);
 */
export async function reclaimErased(store: { readonly kind: DriverKind; readonly sql: Sql }): Promise<void> {
  await store.sql.exec(`VACUUM ${PERSONAL_TABLES.join(", ")}`);
  if (store.kind !== "pglite") return;
  await store.sql.exec("SET wal_recycle = off");
  await store.sql.query("SELECT pg_switch_wal()");
  await store.sql.exec("CHECKPOINT");
  await store.sql.exec("CHECKPOINT");
}
