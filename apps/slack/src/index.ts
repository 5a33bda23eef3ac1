/**
 * @raadswerk/slack: the council's assistant in Slack.
 *
 * @module
 */
export { createSlackApp, EVENTS_PATH, MAX_BODY_BYTES, SIGNATURE_WINDOW_SECONDS, type SlackApp, type SlackAppOptions, type RunningSlackApp } from "./app.js";
export { loadEnv, EnvSchema, type Env } from "./env.js";
export { createLogger } from "./log.js";
export type { FollowStore, FollowedRequest, NewFollowedRequest, ScheduledReminder } from "./persistence/types.js";
export { storageFollowStore, storageOrganisation } from "./persistence/storage.js";
export { storageCandidates, type CandidateRegistry } from "./persistence/candidates.js";
export { settingsFrom, commonPractice, type OrganisationSettings } from "./organisation.js";
