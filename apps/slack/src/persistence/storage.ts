/**
 * The app's persistence on `@raadswerk/storage`: followed requests and their reminders in the
 * Slack tables (migration `100_slack`), the organisation's settings from the web app's tables.
 * With DATABASE_URL both apps share one PostgreSQL database.
 */
import type { Store } from "@raadswerk/storage";
import { settingsFrom, type OrganisationSettings } from "../organisation.js";
import type { FollowStore } from "./types.js";

/**
 * Followed requests in storage.
 *
 * @example
 * const follows = storageFollowStore(await openStore({ dataDir: ".data" }));
 */
export function storageFollowStore(store: Store): FollowStore {
  return {
    add: (request) => store.slackFollows.add(request),
    get: (teamId, id) => store.slackFollows.get(teamId, id),
    list: (teamId) => store.slackFollows.list(teamId),
    recordWithoutConsent: (teamId, id, learnedOn, deadline) => store.slackFollows.recordWithoutConsent(teamId, id, learnedOn, deadline),
    addReminders: (reminders) => store.slackFollows.addReminders(reminders),
    reminders: (requestId) => store.slackFollows.reminders(requestId),
  };
}

/**
 * The organisation's settings from storage: the one with `slug`, or the first one when no slug is
 * configured. Validated with the domain's schemas on every read (the web app may change them).
 */
export function storageOrganisation(store: Store, slug?: string): OrganisationSettings {
  return settingsFrom(async () => {
    const organisation = slug === undefined ? (await store.organisations.list())[0] : await store.organisations.bySlug(slug);
    return organisation === undefined ? undefined : { procedureSettings: organisation.procedureSettings, membershipRules: organisation.membershipRules };
  });
}
