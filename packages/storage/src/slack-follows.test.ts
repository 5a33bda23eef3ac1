import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IN_MEMORY } from "./driver/pglite.js";
import { type Store, openStore } from "./open-store/index.js";
import { type PostgresServer, startPostgres } from "./testing/index.js";

const request = (o: { teamId?: string; title?: string; answerDue?: `${number}-${number}-${number}` } = {}) => ({
  teamId: o.teamId ?? "T1",
  channelId: "C1",
  title: o.title ?? "Nieuwe huisregels",
  right: "consent" as const,
  topicIds: ["client-regulations"],
  requestedOn: "2026-11-20" as const,
  answerDue: o.answerDue ?? ("2027-01-01" as const),
  createdAt: new Date("2026-11-20T10:00:00Z"),
});

/** The Slack app's tables, the same on every engine. */
function contract(open: () => Promise<Store>, label: string) {
  describe(`slack follows on ${label}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    it("stores a followed request and reads it back with its dates as calendar days", async () => {
      const created = await store.slackFollows.add(request());
      expect(await store.slackFollows.get("T1", created.id)).toEqual(created);
      expect([created.requestedOn, created.answerDue, created.topicIds]).toEqual(["2026-11-20", "2027-01-01", ["client-regulations"]]);
    });

    it("keeps workspaces apart", async () => {
      const created = await store.slackFollows.add(request({ teamId: "T2" }));
      expect(await store.slackFollows.get("T1", created.id)).toBeUndefined();
    });

    it("finds nothing for an id that is not a uuid", async () => {
      expect(await store.slackFollows.get("T1", "not-an-id")).toBeUndefined();
    });

    it("lists a workspace's requests, earliest answer date first", async () => {
      await store.slackFollows.add(request({ teamId: "T3", title: "Later", answerDue: "2027-03-01" }));
      await store.slackFollows.add(request({ teamId: "T3", title: "Eerder", answerDue: "2027-02-01" }));
      expect((await store.slackFollows.list("T3")).map((r) => r.title)).toEqual(["Eerder", "Later"]);
    });

    it("records the day the council learned of a decision taken without consent, and the nullity limit", async () => {
      const created = await store.slackFollows.add(request({ teamId: "T4" }));
      const updated = await store.slackFollows.recordWithoutConsent("T4", created.id, "2026-11-23", "2026-12-23");
      expect([updated?.learnedWithoutConsentOn, updated?.nullityDeadline]).toEqual(["2026-11-23", "2026-12-23"]);
    });

    it("stores scheduled reminders once, however often they are recorded", async () => {
      const created = await store.slackFollows.add(request({ teamId: "T5" }));
      const reminder = { requestId: created.id, kind: "answer_due" as const, channelId: "C1", postAt: new Date("2026-12-25T08:00:00Z"), slackMessageId: "Q1" };
      await store.slackFollows.addReminders([reminder]);
      await store.slackFollows.addReminders([reminder]);
      expect(await store.slackFollows.reminders(created.id)).toEqual([reminder]);
    });

    it("refuses an empty title", async () => {
      await expect(store.slackFollows.add(request({ title: "" }))).rejects.toThrow();
    });
  });
}

contract(() => openStore({ dataDir: IN_MEMORY }), "PGlite");

// PostgreSQL: required under CI=true; on a developer's machine without it startPostgres warns loudly.
const server: PostgresServer | undefined = await startPostgres();
afterAll(async () => {
  await server?.stop();
});
if (server !== undefined) {
  const pgServer = server;
  contract(async () => openStore({ databaseUrl: await pgServer.createDatabase(), dataDir: IN_MEMORY }), "PostgreSQL");
}
