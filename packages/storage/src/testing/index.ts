/**
 * Test helpers shared by every package that stores data: a throwaway PostgreSQL server on
 * 127.0.0.1, started from Debian's binaries and removed afterwards.
 *
 * @module
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { postgresBin } from "@raadswerk/system";
import pg from "pg";

const run = promisify(execFile);

/** A running throwaway server. */
export type PostgresServer = {
  /** Connection string of its default database (`postgres`). */
  readonly url: string;
  readonly port: number;
  /** Creates an empty database and returns its connection string (one per test file or suite). */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>;
};

const isRoot = (): boolean => typeof process.getuid === "function" && process.getuid() === 0;

/** Runs a PostgreSQL binary; as root through `runuser -u postgres` because initdb refuses root. */
async function asPostgres(binary: string, args: readonly string[]): Promise<void> {
  if (isRoot()) await run("runuser", ["-u", "postgres", "--", binary, ...args]);
  else await run(binary, [...args]);
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let counter = 0;

/**
 * Whether the tests must have PostgreSQL: under `CI=true` a missing server fails the run; on a
 * developer's machine the PostgreSQL half of a suite is skipped with a loud message.
 */
export const postgresRequired = (): boolean => process.env.CI === "true" || process.env.CI === "1";

/**
 * Starts a throwaway PostgreSQL on 127.0.0.1 (a free port, a temporary folder, trust auth for user
 * `app`). Takes about 2 s. Returns undefined when PostgreSQL is not installed and not required.
 *
 * @throws {Error} when PostgreSQL is missing under `CI=true`, or the server does not start
 * @example
 * const server = await startPostgres();
 * const url = await server?.createDatabase(); // "postgres://app@127.0.0.1:54321/t_1_..."
 * await server?.stop();
 */
export async function startPostgres(): Promise<PostgresServer | undefined> {
  const bin = postgresBin();
  if (bin === undefined) {
    const text = "PostgreSQL is not installed (no initdb found; set PG_BIN or run `apt-get install -y postgresql`).";
    if (postgresRequired()) throw new Error(`${text} CI=true: the PostgreSQL tests must run.`);
    console.warn(`\n!!!!!!!!\n!! ${text}\n!! SKIPPING the PostgreSQL half of these tests.\n!!!!!!!!\n`);
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), "raadswerk-pg-"));
  const data = join(dir, "data");
  if (isRoot()) await run("chown", ["postgres", dir]);
  await asPostgres(join(bin, "initdb"), ["-D", data, "-U", "app", "--auth=trust", "--encoding=UTF8", "--no-sync"]);
  let port = 0;
  for (let attempt = 1; ; attempt += 1) {
    port = await freePort();
    try {
      await asPostgres(join(bin, "pg_ctl"), [
        "-D",
        data,
        "-l",
        join(dir, "server.log"),
        "-w",
        "-o",
        `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`,
        "start",
      ]);
      break;
    } catch (error) {
      // Another process may have taken the port between looking and starting: try another one.
      if (attempt >= 3) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  const url = `postgres://app@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url,
    port,
    async createDatabase(name = `t_${process.pid}_${(counter += 1)}`) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
      } finally {
        await client.end();
      }
      return `postgres://app@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await asPostgres(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
