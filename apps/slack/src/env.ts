/**
 * The app's configuration, validated once from the environment. This is the only module that reads
 * `process.env` (ESLint enforces it for the rest of `src/`).
 */
import * as z from "zod";

/** Days before a deadline on which a reminder is scheduled ("common practice", not the law). */
const DaysListSchema = z
  .string()
  .regex(/^\d{1,3}(,\d{1,3})*$/, "a comma-separated list of whole days, such as 7,1")
  .transform((value) => [...new Set(value.split(",").map(Number))].sort((a, b) => b - a));

/** Zod schema over the environment variables the app reads. */
export const EnvSchema = z.object({
  SLACK_SIGNING_SECRET: z.string().min(1),
  /** Bot token (`xoxb-…`) of the one workspace this installation serves. */
  SLACK_BOT_TOKEN: z.string().min(1),
  /** App-level token (`xapp-…`): when given, the app connects over Socket Mode instead of HTTP. */
  SLACK_APP_TOKEN: z.string().startsWith("xapp-").optional(),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  /** PostgreSQL connection string; without it the storage package uses embedded PGlite. */
  DATABASE_URL: z.string().min(1).optional(),
  /** Folder for the embedded database when DATABASE_URL is not set. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** Slug of the organisation whose settings apply; default: the first organisation in storage. */
  ORGANISATION: z.string().min(1).max(100).optional(),
  /** The slash command's name as registered in Slack. */
  COMMAND: z
    .string()
    .regex(/^\/[a-z0-9_-]{1,31}$/, "a slash followed by lower-case letters, digits, - or _")
    .default("/raad"),
  /** Days before the answer date (and the nullity limit) on which reminders go out. */
  REMINDER_DAYS_BEFORE: DaysListSchema.default([7, 1]),
  /** Hour of the day (Europe/Amsterdam) at which reminders are posted. */
  REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(9),
  /** Web API base URL; only for tests and proxies. */
  SLACK_API_URL: z.url().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

/** The validated configuration. */
export type Env = z.infer<typeof EnvSchema>;

/**
 * Reads and validates the environment. Without a source it reads `process.env`.
 *
 * @throws {Error} listing the names of the variables that are missing or wrong (never their values)
 * @example
 * loadEnv({ SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1" }).COMMAND; // "/raad"
 */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const names = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${names.join("\n  ")}`);
  }
  return parsed.data;
}
