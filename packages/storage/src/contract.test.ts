import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres } from "./driver/postgres.js";
import { IN_MEMORY } from "./driver/pglite.js";
import { migrate, migrations } from "./migrations/index.js";
import { type Store, openStore } from "./open-store/index.js";
import { type PostgresServer, startPostgres } from "./testing/index.js";

const rules = { minimumAge: 18 };

/** The app's clock in these tests: far from the real date, so a time taken from the database's own clock shows. */
const CLOCK = new Date("2031-05-06T07:08:09Z");

/** A council with an open vacancy, for the application tests. */
async function seed(store: Store, slug: string) {
  const organisation = await store.organisations.create({ slug: `org-${slug}`, name: "Zorggroep Test", membershipRules: rules });
  const council = await store.councils.create({ organisationId: organisation.id, slug: `cr-${slug}`, name: "Centrale cliëntenraad", kind: "central" });
  const vacancy = await store.vacancies.create({ councilId: council.id, slug: `v-${slug}`, role: "member", title: "Lid", publishedOn: "2026-11-01", createdAt: CLOCK });
  return { organisation, council, vacancy };
}

const application = (vacancyId: string) => ({
  vacancyId,
  outcome: "eligible" as const,
  reasons: [{ code: "age_ok", params: {} }],
  ruleSetVersion: "eligibility@1",
  answers: { birthDate: "1950-03-01", worksForProvider: "no" },
  name: "Ans de Vries",
  email: "ans@example.org",
  consentedAt: new Date("2026-11-23T10:00:00Z"),
  createdAt: CLOCK,
});

/** The same contract for every engine. */
function contract(open: () => Promise<Store>, label: string) {
  describe(`storage on ${label}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    it("stores an organisation with its membership rules as JSON", async () => {
      const { organisation } = await seed(store, "json");
      expect((await store.organisations.get(organisation.id))?.membershipRules).toEqual(rules);
    });

    it("finds a vacancy page with its council and organisation by slug", async () => {
      await seed(store, "page");
      const page = await store.vacancies.page("v-page");
      expect({ title: page?.vacancy.title, publishedOn: page?.vacancy.publishedOn, council: page?.council.name, organisation: page?.organisation.name }).toEqual({
        title: "Lid",
        publishedOn: "2026-11-01",
        council: "Centrale cliëntenraad",
        organisation: "Zorggroep Test",
      });
    });

    it("returns nothing for an unknown vacancy", async () => {
      expect(await store.vacancies.page("no-such-vacancy")).toBeUndefined();
    });

    it("stores an application with its outcome, reasons and rule-set version", async () => {
      const { organisation, vacancy } = await seed(store, "app");
      const saved = await store.applications.create(application(vacancy.id));
      const read = await store.applications.get(organisation.id, saved.id);
      expect(read).toMatchObject({ outcome: "eligible", ruleSetVersion: "eligibility@1", status: "registered", reasons: [{ code: "age_ok", params: {} }], answers: { birthDate: "1950-03-01" } });
    });

    it("stamps an application and a vacancy with the app's clock, never the database's", async () => {
      const { organisation, vacancy } = await seed(store, "clock");
      const saved = await store.applications.create({ ...application(vacancy.id), createdAt: new Date("2031-05-06T22:30:00Z") });
      const read = await store.applications.get(organisation.id, saved.id);
      expect({ created: read?.createdAt.toISOString(), statusChanged: read?.statusChangedAt.toISOString(), vacancy: (await store.vacancies.get(organisation.id, vacancy.id))?.createdAt.toISOString() }).toEqual({
        created: "2031-05-06T22:30:00.000Z",
        statusChanged: "2031-05-06T22:30:00.000Z",
        vacancy: CLOCK.toISOString(),
      });
    });

    it("rolls back every write of a transaction that fails", async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.organisations.create({ slug: "rolled-back", name: "Weg", membershipRules: {} });
          throw new Error("stop");
        }),
      ).rejects.toThrow("stop");
      expect(await store.organisations.bySlug("rolled-back")).toBeUndefined();
    });

    it("refuses an application for a vacancy that does not exist", async () => {
      await expect(store.applications.create(application("00000000-0000-4000-8000-000000000000"))).rejects.toThrow();
    });

    it("erases an application", async () => {
      const { organisation, vacancy } = await seed(store, "erase");
      const saved = await store.applications.create(application(vacancy.id));
      expect(await store.applications.erase(saved.id)).toBe(true);
      expect(await store.applications.get(organisation.id, saved.id)).toBeUndefined();
    });

    it("counts rate-limit hits per key within a window", async () => {
      const now = new Date("2026-11-23T10:00:30Z");
      await store.rateLimits.hit("k1", 60, now);
      const second = await store.rateLimits.hit("k1", 60, now);
      expect(second).toEqual({ hits: 2, resetAt: new Date("2026-11-23T10:01:00Z") });
    });

    it("starts counting again in the next window", async () => {
      await store.rateLimits.hit("k2", 60, new Date("2026-11-23T10:00:30Z"));
      expect((await store.rateLimits.hit("k2", 60, new Date("2026-11-23T10:01:05Z"))).hits).toBe(1);
    });

    it("counts concurrent hits without losing one", async () => {
      const now = new Date("2026-11-23T11:00:00Z");
      await Promise.all(Array.from({ length: 20 }, () => store.rateLimits.hit("k3", 60, now)));
      expect((await store.rateLimits.hit("k3", 60, now)).hits).toBe(21);
    });

    it("gives one run of a job to exactly one claimant", async () => {
      const claims = await Promise.all(["a", "b", "c"].map((instance) => store.jobs.claim("purge", "2026-11-23", instance, CLOCK)));
      expect(claims.filter(Boolean)).toHaveLength(1);
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

  describe("migrate on PostgreSQL", () => {
    it("migrates once when two instances start at the same time", async () => {
      const url = await pgServer.createDatabase();
      const [a, b] = [openPostgres(url), openPostgres(url)];
      const applied = await Promise.all([migrate(a), migrate(b)]);
      await Promise.all([a.close(), b.close()]);
      expect(applied.map((ids) => ids.length).sort()).toEqual([0, migrations.length]);
    });

    it("applies nothing on a database that is up to date", async () => {
      const driver = openPostgres(await pgServer.createDatabase());
      await migrate(driver);
      const again = await migrate(driver);
      await driver.close();
      expect(again).toEqual([]);
    });
  });
}
