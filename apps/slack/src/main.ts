/**
 * Starts the app from the environment: `node dist/main.js`.
 */
import { createSlackApp } from "./app.js";
import { loadEnv } from "./env.js";
import { createLogger } from "./log.js";
import { memoryFollowStore } from "./persistence/memory.js";

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
const slack = createSlackApp({
  signingSecret: env.SLACK_SIGNING_SECRET,
  botToken: env.SLACK_BOT_TOKEN,
  appToken: env.SLACK_APP_TOKEN,
  settings: { command: env.COMMAND, reminderDaysBefore: env.REMINDER_DAYS_BEFORE, reminderHour: env.REMINDER_HOUR },
  store: memoryFollowStore(),
  logger,
  clientOptions: env.SLACK_API_URL === undefined ? {} : { slackApiUrl: env.SLACK_API_URL },
});
const running = await slack.start(env.PORT);
logger.info(env.SLACK_APP_TOKEN === undefined ? `listening port=${running.port}` : "connected mode=socket");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
