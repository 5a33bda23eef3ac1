import type { Sql } from "../driver/index.js";

/** A repository function: the connection or transaction first, then its own arguments. */
export type RepoFn = (sql: Sql, ...args: never[]) => Promise<unknown>;

/** The same functions with the connection filled in. */
export type Bound<F extends Record<string, RepoFn>> = {
  readonly [K in keyof F]: F[K] extends (sql: Sql, ...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;
};

/** Runs a write: in a new transaction at store level, directly inside an open one. */
export type WriteRunner = <T>(fn: (sql: Sql) => Promise<T>) => Promise<T>;

/** Binds reads to `read` and wraps every write in `write` (a transaction). */
export function bind<R extends Record<string, RepoFn>, W extends Record<string, RepoFn>>(
  reads: R,
  writes: W,
  read: Sql,
  write: WriteRunner,
): Bound<R> & Bound<W> {
  const bound: Record<string, (...args: never[]) => Promise<unknown>> = {};
  for (const [name, fn] of Object.entries(reads)) bound[name] = (...args) => fn(read, ...args);
  for (const [name, fn] of Object.entries(writes)) bound[name] = (...args) => write((sql) => fn(sql, ...args));
  return bound as Bound<R> & Bound<W>;
}

/** A JSON value as stored in a `jsonb` column. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** Serialises a value for a `$n::jsonb` parameter. */
export const json = (value: unknown): string => JSON.stringify(value);
