/**
 * The app's persistence on `@raadswerk/storage`: followed requests and their reminders in the
 * Slack tables (migration `100_slack`), the organisation's settings from the web app's tables.
 * With DATABASE_URL both apps share one PostgreSQL database.
 */
import type { CalendarDate } from "@raadswerk/domain/calendar";
import { commonPracticeRules, MembershipRulesSchema } from "@raadswerk/domain/eligibility";
import { councilUnderRules, MemberRoleSchema } from "@raadswerk/domain/recruitment";
import { councilStore, organisationSettingsStore, type Store } from "@raadswerk/storage";
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
    // The job-claim table: one row per handled request, claimed by exactly one instance.
    firstTime: (kind, key, at) => store.jobs.claim(`slack:${kind}`, key, "slack", at),
  };
}

/**
 * The organisation's settings from storage: the one with `slug`, or the first one when no slug is
 * configured, with its councils and their members as the web app keeps them. Validated with the
 * domain's schemas on every read (the web app may change them). Members are passed on by id, role
 * and term only: names stay in the web app.
 */
export function storageOrganisation(store: Store, slug?: string): OrganisationSettings {
  return settingsFrom(async () => {
    const organisation = slug === undefined ? (await store.organisations.list())[0] : await store.organisations.bySlug(slug);
    if (organisation === undefined) return undefined;
    const parsedRules = MembershipRulesSchema.safeParse(organisation.membershipRules);
    const rules = parsedRules.success ? parsedRules.data : commonPracticeRules;
    const council = councilStore(store);
    const councils = await Promise.all(
      (await store.councils.listByOrganisation(organisation.id)).map(async (c) => {
        const [constituencies, members] = await Promise.all([council.members.constituencies(c.id), council.members.members(c.id)]);
        // The council's size and terms come from the organisation's regulation, as in the web app.
        return councilUnderRules(
          {
            id: c.id,
            kind: c.kind,
            name: c.name,
            represents: constituencies.map((g) => ({ id: g.id, kind: g.kind, name: g.name })),
            members: members.map((m) => ({
              id: m.id,
              role: MemberRoleSchema.safeParse(m.role).data ?? "member",
              startedOn: m.startedOn as CalendarDate,
              termNumber: m.termNumber,
              ...(m.represents === null ? {} : { represents: m.represents }),
            })),
          },
          rules,
        );
      }),
    );
    // Wmcz settings saved on the council desk (migration 150) come first (null periods: common
    // practice); without a saved row the periods come from the older organisations column.
    const wmcz = await organisationSettingsStore(store).get(organisation.id);
    return {
      procedureSettings: wmcz === undefined ? organisation.procedureSettings : wmcz.procedureSettings,
      longTermStay: wmcz?.longTermStay ?? undefined,
      membershipRules: organisation.membershipRules,
      councils,
    };
  });
}
