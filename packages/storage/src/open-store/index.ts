import { join } from "node:path";
import type { Driver, DriverKind, Sql } from "../driver/index.js";
import { IN_MEMORY, openPglite } from "../driver/pglite.js";
import { openPostgres } from "../driver/postgres.js";
import { type Migration, migrate, migrations } from "../migrations/index.js";
import { applicationReads, applicationWrites } from "../repositories/applications.js";
import { type Bound, type WriteRunner, bind } from "../repositories/_bind.js";
import { councilReads, councilWrites } from "../repositories/councils.js";
import { jobReads, jobWrites } from "../repositories/jobs.js";
import { organisationReads, organisationWrites } from "../repositories/organisations.js";
import { rateLimitReads, rateLimitWrites } from "../repositories/rate-limits.js";
import { slackFollowReads, slackFollowWrites } from "../repositories/slack-follows.js";
import { vacancyReads, vacancyWrites } from "../repositories/vacancies.js";

/** The typed repositories; every write runs in a transaction. */
export type Repositories = {
  readonly organisations: Bound<typeof organisationReads> & Bound<typeof organisationWrites>;
  readonly councils: Bound<typeof councilReads> & Bound<typeof councilWrites>;
  readonly vacancies: Bound<typeof vacancyReads> & Bound<typeof vacancyWrites>;
  readonly applications: Bound<typeof applicationReads> & Bound<typeof applicationWrites>;
  readonly rateLimits: Bound<typeof rateLimitReads> & Bound<typeof rateLimitWrites>;
  readonly jobs: Bound<typeof jobReads> & Bound<typeof jobWrites>;
  /** Requests a council follows in Slack, and their scheduled reminders (the Slack app). */
  readonly slackFollows: Bound<typeof slackFollowReads> & Bound<typeof slackFollowWrites>;
};

/** Repositories inside one transaction, plus the raw connection for what they do not cover. */
export type Transaction = Repositories & { readonly sql: Sql };

/** An open database with its repositories. Open one per process and share it. */
export type Store = Repositories & {
  readonly kind: DriverKind;
  /** Runs several repository calls in one transaction (all or nothing). */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /** The raw connection, for reads the repositories do not cover. */
  readonly sql: Sql;
  close(): Promise<void>;
};

export type StoreOptions = {
  /** A PostgreSQL connection string; when absent the embedded PGlite is used. */
  readonly databaseUrl?: string | undefined;
  /** Folder for the embedded database (its `pglite/` subfolder), or `memory://` for a throwaway one. */
  readonly dataDir: string;
  /** Connections in the PostgreSQL pool (default 10). */
  readonly poolSize?: number;
  /** Migrations to apply (default: all of {@link migrations}). */
  readonly migrations?: readonly Migration[];
};

function repositories(read: Sql, write: WriteRunner): Repositories {
  return {
    organisations: bind(organisationReads, organisationWrites, read, write),
    councils: bind(councilReads, councilWrites, read, write),
    vacancies: bind(vacancyReads, vacancyWrites, read, write),
    applications: bind(applicationReads, applicationWrites, read, write),
    rateLimits: bind(rateLimitReads, rateLimitWrites, read, write),
    jobs: bind(jobReads, jobWrites, read, write),
    slackFollows: bind(slackFollowReads, slackFollowWrites, read, write),
  };
}

/** Wraps an open driver as a store (migrations already applied). */
export function storeFromDriver(driver: Driver): Store {
  return {
    kind: driver.kind,
    sql: driver,
    ...repositories(driver, (fn) => driver.transaction(fn)),
    transaction: (fn) => driver.transaction((sql) => fn({ sql, ...repositories(sql, (inner) => inner(sql)) })),
    close: () => driver.close(),
  };
}

/**
 * Opens the database and brings its schema up to date: PostgreSQL when `databaseUrl` is given
 * (shared by several instances and apps), otherwise the embedded PGlite in `dataDir`.
 *
 * @example
 * const store = await openStore({ dataDir: "memory://" });
 * await store.organisations.list(); // []
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const driver =
    options.databaseUrl !== undefined && options.databaseUrl !== ""
      ? openPostgres(options.databaseUrl, options.poolSize === undefined ? {} : { max: options.poolSize })
      : await openPglite(options.dataDir === IN_MEMORY ? IN_MEMORY : join(options.dataDir, "pglite"));
  try {
    await migrate(driver, options.migrations ?? migrations);
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw error;
  }
  return storeFromDriver(driver);
}
