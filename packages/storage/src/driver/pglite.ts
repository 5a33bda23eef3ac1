import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { Driver, Sql } from "./index.js";

/** The location PGlite understands as "in memory, gone when closed". */
export const IN_MEMORY = "memory://";

/**
 * Thrown when another process (or another store in this one) has the embedded database's folder
 * open. PGlite is one process's database: two processes on one folder corrupt it.
 */
export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid}. Stop that process first, ` +
        "or let both use one PostgreSQL server (DATABASE_URL): the embedded database serves one process on one machine.",
    );
  }
}

/** Whether a process with this id is running (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the folder's lock file (`<dataDir>.lock`, holding the process id), created atomically. A
 * lock left by a process that is gone (a crash, `kill -9`) is taken over.
 *
 * @throws {DataDirLockedError} when a running process holds it
 * @returns a function that releases the lock
 */
function lockDataDir(dataDir: string): () => void {
  const path = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, "wx", 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(readFileSync(path, "utf8"), 10);
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) throw new DataDirLockedError(dataDir, holder);
      rmSync(path, { force: true });
    }
  }
  throw new DataDirLockedError(dataDir, Number.NaN);
}

/**
 * An embedded PostgreSQL (WASM) in `dataDir`, or in memory for `memory://`. One process only may
 * open a folder at a time: a lock file beside it enforces that.
 *
 * @throws {DataDirLockedError} when the folder is in use
 */
export async function openPglite(dataDir: string): Promise<Driver> {
  let unlock = () => undefined as void;
  if (dataDir !== IN_MEMORY) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir);
  } catch (error) {
    unlock();
    throw error;
  }
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
    close: async () => {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}
