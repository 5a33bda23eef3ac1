// `pnpm start`: read settings, open the database (embedded unless DATABASE_URL), seed the demo, listen.
import { openStore } from "@raadswerk/storage";
import { seedDemo } from "./demo/seed.js";
import { EnvError, readEnv } from "./env.js";
import { jsonLogger } from "./log.js";
import { createApp, listen, systemClock } from "./server.js";
import { startPurgeSchedule } from "./council/index.js";
import { startupWarnings } from "./startup.js";

async function main(): Promise<void> {
  const env = readEnv();
  const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  for (const warning of startupWarnings(env, store.kind)) console.warn(JSON.stringify({ level: "warn", code: warning.code, message: warning.message }));
  const now = systemClock;
  if (env.SEED_DEMO && (await seedDemo(store, now()))) jsonLogger.info("demo organisation created");
  const app = createApp({ store, settings: env, now });
  const { url, close } = await listen(app, { port: env.PORT, hostname: env.HOST });
  // Erases applications RETENTION_DAYS after their final status, and any application
  // APPLICATION_MAX_AGE_DAYS after submission; safe when several instances run it.
  const stopPurge = startPurgeSchedule(store, { retentionDays: env.RETENTION_DAYS, maxAgeDays: env.APPLICATION_MAX_AGE_DAYS, now, log: jsonLogger });
  console.log(`\nRaadswerk is running at ${url}/  (database: ${store.kind === "postgres" ? "PostgreSQL" : `PGlite in ${env.DATA_DIR}`})`);
  console.log(`Demo vacancy: ${url}/vacatures/lid-centrale-clientenraad\n`);
  const stop = async () => {
    stopPurge();
    await close();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) console.error(error.message);
  else console.error("Raadswerk could not start:", error instanceof Error ? error.message : "unknown error");
  process.exit(1);
});
