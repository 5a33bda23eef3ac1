import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { Driver, Sql } from "./index.js";

/** The location PGlite understands as "in memory, gone when closed". */
export const IN_MEMORY = "memory://";

/**
 * An embedded PostgreSQL (WASM) in `dataDir`, or in memory for `memory://`. One process only may
 * open a folder at a time.
 */
export async function openPglite(dataDir: string): Promise<Driver> {
  if (dataDir !== IN_MEMORY) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const wrap = (target: Pick<PGlite, "query" | "exec">): Sql => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(text, [...params]);
      return result.rows;
    },
    async exec(text: string) {
      await target.exec(text);
    },
  });
  return {
    kind: "pglite",
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}
