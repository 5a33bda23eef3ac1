/**
 * One app under test for the bench, in its own process so the load generator and the Web API
 * stand-in do not share its event loop. Usage: `server.ts <full|bare> <slackApiUrl>`; prints the port.
 */
import { createSlackApp } from "../src/app.js";
import { createLogger } from "../src/log.js";
import { IN_MEMORY, openStore } from "@raadswerk/storage";
import { storageCandidates } from "../src/persistence/candidates.js";
import { storageFollowStore } from "../src/persistence/storage.js";
import { BOT_TOKEN, SIGNING_SECRET } from "../test/harness.js";

const [kind = "full", slackApiUrl] = process.argv.slice(2);
const database = await openStore({ dataDir: IN_MEMORY });
const slack = createSlackApp({
  signingSecret: SIGNING_SECRET,
  botToken: BOT_TOKEN,
  settings: { command: "/raad", reminderDaysBefore: [7, 1], reminderHour: 9 },
  store: storageFollowStore(database),
  candidates: storageCandidates(database),
  logger: createLogger("error"),
  clientOptions: { slackApiUrl, retryConfig: { retries: 0 } },
  bare: kind === "bare",
});
const running = await slack.start(0, "127.0.0.1");
console.log(`port=${running.port}`);
process.once("SIGTERM", () => {
  void running.close().then(() => process.exit(0));
});
