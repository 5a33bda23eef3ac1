/** What every repository function receives: a connection, or the transaction it runs in. */
export interface Sql {
  /** Runs one parameterised statement (`$1`, `$2`, ...) and returns its rows. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
}

/** Which database engine a store runs on. */
export type DriverKind = "pglite" | "postgres";

/** A database connection that can run transactions; one per store. */
export interface Driver extends Sql {
  readonly kind: DriverKind;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
