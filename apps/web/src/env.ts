// The one place that reads the environment: every setting is validated here, once, at start-up.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as z from "zod";

const flag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

/** The environment variables the web app reads, with their defaults. */
export const EnvSchema = z.object({
  /** Port to listen on; 0 picks a free one. */
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  /** Address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 behind a proxy or in a container. */
  HOST: z.string().min(1).default("127.0.0.1"),
  /** A PostgreSQL connection string: shared by several instances and by the Slack app. Empty: embedded PGlite. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Folder for the embedded database and the generated development secret. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** Secret (32+ characters) for CSRF tokens and hashed rate-limit keys; every instance needs the same one. */
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must have at least 32 characters").optional(),
  /** The public address (https://raad.example.nl) when behind a proxy; used to check the Origin of forms. */
  PUBLIC_ORIGIN: z.url().optional(),
  /**
   * How many proxies of your own stand in front of the app: the client address is then the entry
   * of X-Forwarded-For that the outermost of them appended (the N-th from the right). `false`/`0`:
   * ignore the header; `true`/`1`: one proxy; `2`..`10`: that many.
   */
  TRUST_PROXY: z
    .enum(["true", "false", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], "TRUST_PROXY must be true, false or a number of proxies from 0 to 10")
    .default("false")
    .transform((value) => (value === "true" ? 1 : value === "false" ? 0 : Number(value))),
  /** Applications one address may send per window. */
  APPLY_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(20),
  /** Length of the rate-limit window in seconds. */
  APPLY_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  /** Days an application is kept after the council's final decision (shown in the privacy notice). */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Days after submission after which an application is erased in any state, decided or not (shown in the privacy notice). */
  APPLICATION_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** Create the demo organisation, council and vacancy if missing (default: yes, except in production). */
  SEED_DEMO: flag.optional(),
  /** `production` requires SESSION_SECRET and marks cookies Secure. */
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

/** Validated settings, with the secret resolved. */
export type Env = Omit<z.infer<typeof EnvSchema>, "SESSION_SECRET" | "SEED_DEMO"> & { readonly SESSION_SECRET: string; readonly SEED_DEMO: boolean };

/** Thrown when the environment is invalid: the message lists every problem, never a value. */
export class EnvError extends Error {
  override name = "EnvError";
}

/**
 * Parses settings from an environment-like record. Without `SESSION_SECRET` (not allowed in
 * production) a random one is generated once and kept in `DATA_DIR/secret`.
 *
 * @throws {EnvError} when a setting is invalid
 */
export function parseEnv(source: Readonly<Record<string, string | undefined>>): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new EnvError(`Invalid settings:\n${parsed.error.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`).join("\n")}`);
  }
  const env = parsed.data;
  const dataDir = resolve(env.DATA_DIR);
  // The demo is on by default for trying the app out, off by default in production.
  const seedDemo = env.SEED_DEMO ?? env.NODE_ENV !== "production";
  if (env.SESSION_SECRET !== undefined) return { ...env, DATA_DIR: dataDir, SEED_DEMO: seedDemo, SESSION_SECRET: env.SESSION_SECRET };
  if (env.NODE_ENV === "production") throw new EnvError("Invalid settings:\n- SESSION_SECRET: required in production");
  return { ...env, DATA_DIR: dataDir, SEED_DEMO: seedDemo, SESSION_SECRET: developmentSecret(dataDir) };
}

function developmentSecret(dataDir: string): string {
  const file = join(dataDir, "secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The settings of this process. */
export function readEnv(): Env {
  return parseEnv(process.env);
}
