import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { councilStore } from "./council-store/index.js";
import { IN_MEMORY, openPglite } from "./driver/pglite.js";
import { migrate, migrations } from "./migrations/index.js";
import { type Store, openStore } from "./open-store/index.js";
import { type PostgresServer, startPostgres } from "./testing/index.js";

let counter = 0;

/** An organisation with a council and a vacancy. */
async function seed(store: Store) {
  counter += 1;
  const organisation = await store.organisations.create({ slug: `org-c${counter}`, name: "Zorggroep Test", membershipRules: {} });
  const council = await store.councils.create({ organisationId: organisation.id, slug: `cr-c${counter}`, name: "Centrale cliëntenraad", kind: "central" });
  const vacancy = await store.vacancies.create({ councilId: council.id, slug: `v-c${counter}`, role: "member", title: "Lid", createdAt: new Date("2026-08-01T10:00:00Z") });
  return { organisation, council, vacancy };
}

const application = (vacancyId: string) => ({
  vacancyId,
  outcome: "eligible" as const,
  reasons: [],
  ruleSetVersion: "eligibility@1",
  answers: {},
  name: "Ans de Vries",
  email: "ans@example.org",
  consentedAt: new Date("2026-09-01T10:00:00Z"),
  createdAt: new Date("2026-09-01T10:00:00Z"),
});

/** Midnight in Amsterdam in winter, as the app turns a step's day into an instant. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+01:00`);

function contract(open: () => Promise<Store>, label: string) {
  describe(`council storage on ${label}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    it("keeps members with the constituency they represent", async () => {
      const { council } = await seed(store);
      const db = councilStore(store);
      const linde = await db.members.addConstituency({ councilId: council.id, kind: "location", name: "De Linde" });
      await db.members.addMember({ councilId: council.id, name: "Piet", role: "chair", startedOn: "2023-01-01", termNumber: 2, represents: linde.id });
      expect(await db.members.members(council.id)).toMatchObject([{ name: "Piet", role: "chair", startedOn: "2023-01-01", termNumber: 2, represents: linde.id }]);
    });

    it("clears the link when a constituency is removed", async () => {
      const { organisation, council } = await seed(store);
      const db = councilStore(store);
      const group = await db.members.addConstituency({ councilId: council.id, kind: "client_group", name: "Thuiszorg" });
      const member = await db.members.addMember({ councilId: council.id, name: "Ria", role: "member", startedOn: "2024-01-01", termNumber: 1, represents: group.id });
      await db.members.removeConstituency(council.id, group.id);
      expect((await db.members.member(organisation.id, member.id))?.represents).toBeNull();
    });

    it("records onboarding steps as done and not done", async () => {
      const { organisation, council } = await seed(store);
      const db = councilStore(store);
      const chair = await db.members.addMember({ councilId: council.id, name: "Piet", role: "chair", startedOn: "2023-01-01", termNumber: 1, represents: null });
      const fresh = await db.members.addMember({ councilId: council.id, name: "Nina", role: "member", startedOn: "2026-09-01", termNumber: 1, represents: null });
      await db.members.setOnboarding(fresh.id, "2026-09-01", chair.id);
      await db.members.markOnboardingStep(fresh.id, "welcome_by_chair", "2026-09-01");
      await db.members.markOnboardingStep(fresh.id, "check_in", "2026-12-01");
      await db.members.markOnboardingStep(fresh.id, "check_in", null);
      expect(await db.members.onboarding(organisation.id, fresh.id)).toEqual({ memberId: fresh.id, startsOn: "2026-09-01", checkInBy: chair.id, done: { welcome_by_chair: "2026-09-01" } });
    });

    it("locks an account after the set number of failed logins and counts again after", async () => {
      const db = councilStore(store);
      const account = await db.accounts.create({ email: `Sec${counter}@Example.org`, name: "Secretaris", passwordHash: "x" });
      const now = new Date("2026-11-23T10:00:00Z");
      const results = [];
      for (let i = 0; i < 3; i += 1) results.push(await db.accounts.recordFailedLogin(account.id, now, 3, 900));
      expect(results).toEqual([null, null, new Date("2026-11-23T10:15:00Z")]);
      expect((await db.accounts.byEmail(`sec${counter}@example.org`))?.failedLogins).toBe(0);
    });

    it("finds a session until it expires", async () => {
      const db = councilStore(store);
      const account = await db.accounts.create({ email: `s${(counter += 1)}@example.org`, name: "S", passwordHash: "x" });
      await db.accounts.createSession(`hash-${counter}`, account.id, new Date("2026-11-23T10:00:00Z"), new Date("2026-11-23T18:00:00Z"));
      await db.accounts.touchSession(`hash-${counter}`, new Date("2026-11-23T17:50:00Z"));
      const during = await db.accounts.session(`hash-${counter}`, new Date("2026-11-23T17:59:59Z"), 1800);
      const after = await db.accounts.session(`hash-${counter}`, new Date("2026-11-23T18:00:00Z"), 1800);
      expect({ during: during?.account.id, after }).toEqual({ during: account.id, after: undefined });
    });

    it("ends a session left idle longer than the idle timeout, and keeps one in use", async () => {
      const db = councilStore(store);
      const account = await db.accounts.create({ email: `idle${(counter += 1)}@example.org`, name: "S", passwordHash: "x" });
      await db.accounts.createSession(`idle-${counter}`, account.id, new Date("2026-11-23T10:00:00Z"), new Date("2026-11-23T18:00:00Z"));
      const used = await db.accounts.session(`idle-${counter}`, new Date("2026-11-23T10:29:59Z"), 1800);
      const idle = await db.accounts.session(`idle-${counter}`, new Date("2026-11-23T10:30:00Z"), 1800);
      await db.accounts.touchSession(`idle-${counter}`, new Date("2026-11-23T10:20:00Z"));
      const touched = await db.accounts.session(`idle-${counter}`, new Date("2026-11-23T10:45:00Z"), 1800);
      expect({ used: used?.account.id, idle, touched: touched?.account.id }).toEqual({ used: account.id, idle: undefined, touched: account.id });
    });

    it("ends every session of an account, or every other one", async () => {
      const db = councilStore(store);
      const account = await db.accounts.create({ email: `all${(counter += 1)}@example.org`, name: "S", passwordHash: "x" });
      for (const tag of ["a", "b", "c"]) await db.accounts.createSession(`all-${counter}-${tag}`, account.id, new Date("2026-11-23T10:00:00Z"), new Date("2026-11-23T18:00:00Z"));
      const others = await db.accounts.deleteSessionsOf(account.id, `all-${counter}-a`);
      const rest = await db.accounts.deleteSessionsOf(account.id);
      expect({ others, rest }).toEqual({ others: 2, rest: 1 });
    });

    it("moves an application only from the step it is at", async () => {
      const { organisation, vacancy } = await seed(store);
      const saved = await store.applications.create(application(vacancy.id));
      const db = councilStore(store);
      const step = { seq: 1, state: "introduction", on: "2026-09-08", reasonCode: null, reasonNote: null };
      const [first, second] = [await db.pipeline.addStep(saved.id, step, dayStart(step.on)), await db.pipeline.addStep(saved.id, { ...step, state: "rejected" }, dayStart(step.on))];
      expect({ first, second, status: (await store.applications.get(organisation.id, saved.id))?.status }).toEqual({ first: true, second: false, status: "introduction" });
    });

    it("erases an application and cuts its audit entries loose", async () => {
      const { organisation, vacancy } = await seed(store);
      const saved = await store.applications.create(application(vacancy.id));
      const db = councilStore(store);
      await db.audit.record({ at: new Date("2026-09-02T10:00:00Z"), organisationId: organisation.id, accountId: null, action: "update", subjectKind: "application", subjectId: saved.id, detail: { to: "rejected" } });
      await db.pipeline.erase(saved.id);
      expect({ app: await store.applications.get(organisation.id, saved.id), audit: await db.audit.forSubject(organisation.id, "application", saved.id) }).toEqual({ app: undefined, audit: [] });
    });

    it("purges only final applications whose status is older than the cut-off", async () => {
      const { organisation, vacancy } = await seed(store);
      const db = councilStore(store);
      const old = await store.applications.create(application(vacancy.id));
      const recent = await store.applications.create(application(vacancy.id));
      const open = await store.applications.create(application(vacancy.id));
      await db.pipeline.addStep(old.id, { seq: 1, state: "withdrawn", on: "2026-01-10", reasonCode: "other", reasonNote: null }, dayStart("2026-01-10"));
      await db.pipeline.addStep(recent.id, { seq: 1, state: "withdrawn", on: "2026-01-11", reasonCode: "other", reasonNote: null }, dayStart("2026-01-11"));
      await db.pipeline.addStep(open.id, { seq: 1, state: "introduction", on: "2026-01-01", reasonCode: null, reasonNote: null }, dayStart("2026-01-01"));
      const purged = await db.pipeline.purgeBatch(["withdrawn", "rejected", "active"], dayStart("2026-01-11"), 100);
      expect(purged).toEqual([{ id: old.id, organisationId: organisation.id }]);
    });

    it("purges an application in any state once it was submitted on or before the maximum-age cut-off", async () => {
      const { organisation, vacancy } = await seed(store);
      const db = councilStore(store);
      const old = await store.applications.create(application(vacancy.id));
      const young = await store.applications.create(application(vacancy.id));
      await store.sql.query("UPDATE applications SET created_at = $2 WHERE id = $1", [old.id, new Date("2025-01-10T12:00:00Z")]);
      await store.sql.query("UPDATE applications SET created_at = $2 WHERE id = $1", [young.id, new Date("2025-01-11T12:00:00Z")]);
      await db.pipeline.addStep(old.id, { seq: 1, state: "introduction", on: "2025-02-01", reasonCode: null, reasonNote: null }, dayStart("2025-02-01"));
      const purged = await db.pipeline.purgeBatch(["withdrawn", "rejected", "active"], dayStart("2000-01-01"), 100, dayStart("2025-01-11"));
      expect({ purged, young: (await store.applications.get(organisation.id, young.id))?.status }).toEqual({ purged: [{ id: old.id, organisationId: organisation.id }], young: "registered" });
    });

    describe("reads across organisations", () => {
      it("shows an organisation only its own audit lines", async () => {
        const [mine, theirs] = [await seed(store), await seed(store)];
        const db = councilStore(store);
        const at = new Date("2026-09-02T10:00:00Z");
        await db.audit.record({ at, organisationId: mine.organisation.id, accountId: null, action: "create", subjectKind: "vacancy", subjectId: mine.vacancy.id });
        await db.audit.record({ at, organisationId: theirs.organisation.id, accountId: null, action: "create", subjectKind: "vacancy", subjectId: theirs.vacancy.id });
        await db.audit.record({ at, organisationId: null, accountId: null, action: "login_failed", subjectKind: "account" });
        const recent = await db.audit.recent(mine.organisation.id, 100);
        expect({
          recent: recent.map((line) => line.subjectId),
          count: await db.audit.count(mine.organisation.id),
          theirsViaMine: await db.audit.forSubject(mine.organisation.id, "vacancy", theirs.vacancy.id),
        }).toEqual({ recent: [mine.vacancy.id], count: 1, theirsViaMine: [] });
      });

      it("reads another organisation's application, steps, vacancy, council and member as missing", async () => {
        const [mine, theirs] = [await seed(store), await seed(store)];
        const db = councilStore(store);
        const saved = await store.applications.create(application(theirs.vacancy.id));
        await db.pipeline.addStep(saved.id, { seq: 1, state: "introduction", on: "2026-09-08", reasonCode: null, reasonNote: null }, dayStart("2026-09-08"));
        const member = await db.members.addMember({ councilId: theirs.council.id, name: "Ander Lid", role: "member", startedOn: "2024-01-01", termNumber: 1, represents: null });
        await db.members.setOnboarding(member.id, "2024-01-01", member.id);
        const viaMine = {
          application: await store.applications.get(mine.organisation.id, saved.id),
          byVacancy: await store.applications.listByVacancy(mine.organisation.id, theirs.vacancy.id),
          steps: await db.pipeline.steps(mine.organisation.id, saved.id),
          vacancy: await store.vacancies.get(mine.organisation.id, theirs.vacancy.id),
          council: await store.councils.get(mine.organisation.id, theirs.council.id),
          member: await db.members.member(mine.organisation.id, member.id),
          onboarding: await db.members.onboarding(mine.organisation.id, member.id),
        };
        const viaTheirs = {
          application: (await store.applications.get(theirs.organisation.id, saved.id))?.id,
          byVacancy: (await store.applications.listByVacancy(theirs.organisation.id, theirs.vacancy.id)).length,
          steps: (await db.pipeline.steps(theirs.organisation.id, saved.id)).length,
          vacancy: (await store.vacancies.get(theirs.organisation.id, theirs.vacancy.id))?.id,
          council: (await store.councils.get(theirs.organisation.id, theirs.council.id))?.id,
          member: (await db.members.member(theirs.organisation.id, member.id))?.id,
          onboarding: (await db.members.onboarding(theirs.organisation.id, member.id))?.memberId,
        };
        expect({ viaMine, viaTheirs }).toEqual({
          viaMine: { application: undefined, byVacancy: [], steps: [], vacancy: undefined, council: undefined, member: undefined, onboarding: undefined },
          viaTheirs: { application: saved.id, byVacancy: 1, steps: 1, vacancy: theirs.vacancy.id, council: theirs.council.id, member: member.id, onboarding: member.id },
        });
      });
    });
  });
}

contract(() => openStore({ dataDir: IN_MEMORY }), "PGlite");

describe("migration 110_audit_organisation", () => {
  it("gives existing audit lines the organisation of their subject, else of the account, else none", async () => {
    const driver = await openPglite(IN_MEMORY);
    const before = migrations.slice(0, migrations.findIndex((m) => m.id === "110_audit_organisation"));
    await migrate(driver, before);
    const org = "11111111-1111-4111-8111-111111111111";
    const council = "22222222-2222-4222-8222-222222222222";
    const account = "33333333-3333-4333-8333-333333333333";
    await driver.query("INSERT INTO organisations (id, slug, name, membership_rules) VALUES ($1, 'o', 'O', '{}')", [org]);
    await driver.query("INSERT INTO councils (id, organisation_id, slug, name, kind) VALUES ($1, $2, 'c', 'C', 'central')", [council, org]);
    await driver.query("INSERT INTO accounts (id, organisation_id, email, name, password_hash) VALUES ($1, $2, 'a@example.org', 'A', 'x')", [account, org]);
    const at = new Date("2026-09-01T10:00:00Z");
    await driver.query("INSERT INTO audit_log (at, account_id, action, subject_kind, subject_id) VALUES ($1, NULL, 'create', 'council', $2)", [at, council]);
    await driver.query("INSERT INTO audit_log (at, account_id, action, subject_kind, subject_id) VALUES ($1, $2, 'login', 'account', $2)", [at, account]);
    await driver.query("INSERT INTO audit_log (at, account_id, action, subject_kind) VALUES ($1, NULL, 'login_failed', 'account')", [at]);
    await migrate(driver);
    const rows = await driver.query<{ action: string; organisation_id: string | null }>("SELECT action, organisation_id FROM audit_log ORDER BY id");
    await driver.close();
    expect(rows).toEqual([
      { action: "create", organisation_id: org },
      { action: "login", organisation_id: org },
      { action: "login_failed", organisation_id: null },
    ]);
  });
});

const server: PostgresServer | undefined = await startPostgres();
afterAll(async () => {
  await server?.stop();
});

if (server !== undefined) {
  const pgServer = server;
  contract(async () => openStore({ databaseUrl: await pgServer.createDatabase(), dataDir: IN_MEMORY }), "PostgreSQL");

  describe("purge with two instances on one PostgreSQL", () => {
    it("purges every final application exactly once when both run at the same time", async () => {
      const url = await pgServer.createDatabase();
      const [a, b] = [await openStore({ databaseUrl: url, dataDir: IN_MEMORY }), await openStore({ databaseUrl: url, dataDir: IN_MEMORY })];
      const { vacancy } = await seed(a);
      for (let i = 0; i < 60; i += 1) {
        const saved = await a.applications.create(application(vacancy.id));
        await councilStore(a).pipeline.addStep(saved.id, { seq: 1, state: "rejected", on: "2026-01-01", reasonCode: "other", reasonNote: null }, dayStart("2026-01-01"));
      }
      const drain = async (store: Store) => {
        const ids: string[] = [];
        for (;;) {
          const batch = await councilStore(store).pipeline.purgeBatch(["rejected"], dayStart("2026-02-01"), 5);
          if (batch.length === 0) return ids;
          ids.push(...batch.map((row) => row.id));
        }
      };
      const [fromA, fromB] = await Promise.all([drain(a), drain(b)]);
      const all = [...fromA, ...fromB];
      const left = await a.applications.count();
      await Promise.all([a.close(), b.close()]);
      expect({ total: all.length, unique: new Set(all).size, left }).toEqual({ total: 60, unique: 60, left: 0 });
    });
  });
}
