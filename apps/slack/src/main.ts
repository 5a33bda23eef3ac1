/**
 * Starts the app from the environment: `node dist/main.js`.
 */
import { openStore } from "@raadswerk/storage";
import { createSlackApp } from "./app.js";
import { loadEnv } from "./env.js";
import { createLogger } from "./log.js";
import { storageCandidates } from "./persistence/candidates.js";
import { storageFollowStore, storageOrganisation } from "./persistence/storage.js";

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
const database = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
const slack = createSlackApp({
  signingSecret: env.SLACK_SIGNING_SECRET,
  botToken: env.SLACK_BOT_TOKEN,
  appToken: env.SLACK_APP_TOKEN,
  settings: { command: env.COMMAND, reminderDaysBefore: env.REMINDER_DAYS_BEFORE, reminderHour: env.REMINDER_HOUR },
  store: storageFollowStore(database),
  organisation: storageOrganisation(database, env.ORGANISATION),
  candidates: storageCandidates(database, env.ORGANISATION),
  logger,
  clientOptions: env.SLACK_API_URL === undefined ? {} : { slackApiUrl: env.SLACK_API_URL },
});
const running = await slack.start(env.PORT);
logger.info(env.SLACK_APP_TOKEN === undefined ? `listening port=${running.port} database=${database.kind}` : `connected mode=socket database=${database.kind}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void running
      .close()
      .then(() => database.close())
      .then(() => process.exit(0));
  });
}
