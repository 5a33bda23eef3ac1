// What the app says once at start-up about how it is set up (not about anyone's data).
import type { DriverKind } from "@raadswerk/storage";
import type { Env } from "./env.js";

/** Codes of the start-up warnings; the text is for the administrator reading the log. */
export type StartupWarning = { readonly code: "production_on_pglite"; readonly message: string };

/**
 * Warnings about the set-up. In production the embedded PGlite is a risk: it runs without fsync (a
 * power cut can lose acknowledged applications), serves one process only and cannot be shared with
 * the Slack app or a second instance; production belongs on PostgreSQL (`DATABASE_URL`).
 *
 * @example
 * startupWarnings({ NODE_ENV: "production" }, "pglite")[0]?.code; // "production_on_pglite"
 * startupWarnings({ NODE_ENV: "production" }, "postgres"); // []
 */
export function startupWarnings(env: Pick<Env, "NODE_ENV">, databaseKind: DriverKind): StartupWarning[] {
  if (env.NODE_ENV === "production" && databaseKind === "pglite") {
    return [
      {
        code: "production_on_pglite",
        message:
          "NODE_ENV=production on the embedded PGlite database: it runs without fsync and serves one process on one machine. Use PostgreSQL (DATABASE_URL) in production; PGlite is for trying out.",
      },
    ];
  }
  return [];
}
