// Types for the plain-JS workspace package that locates Debian's Chromium and PostgreSQL.
declare module "@raadswerk/system" {
  /** The Chromium binary, from CHROMIUM_PATH or Debian's package. */
  export function chromiumPath(): string | undefined;
  /** The folder with initdb and pg_ctl, from PG_BIN or Debian's package. */
  export function postgresBin(): string | undefined;
  /** Launch flags for Chromium as root with no network. */
  export const chromiumArgs: readonly string[];
}
