import pg from "pg";
import type { Driver, Sql } from "./index.js";

/** A pool of connections to a PostgreSQL server, for `DATABASE_URL`. */
export function openPostgres(databaseUrl: string, options: { max?: number } = {}): Driver {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.max ?? 10 });
  // A failing idle connection must not crash the process; the next query reports the error.
  pool.on("error", () => undefined);
  const wrap = (client: pg.Pool | pg.PoolClient): Sql => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await client.query(text, [...params]);
      return result.rows as Row[];
    },
    async exec(text: string) {
      await client.query(text);
    },
  });
  return {
    kind: "postgres",
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(wrap(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
