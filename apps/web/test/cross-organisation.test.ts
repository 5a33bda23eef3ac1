// Standing test: two organisations with a user each. Every council route, taken from the router
// itself (routes added later are walked without editing this test), is asked for with the other
// organisation's ids: each answers 404, changes nothing and shows none of the other's names or ids;
// pages without ids, exports and the audit log show nothing of the other organisation either.
import { instantInNetherlands } from "@raadswerk/domain/calendar";
import { IN_MEMORY, type Store, councilStore, openStore } from "@raadswerk/storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryLogger } from "../src/log.js";
import { createApp, listen } from "../src/server.js";
import { NOW, TODAY, applicationFor, client, seedCouncil, settings } from "./council-helpers.js";

/** A plausible, valid form per route pattern, so a 404 comes from the ownership check, not from validation. */
const forms: Readonly<Record<string, Record<string, string>>> = {
  "/raad/raden/:councilId/leden": { name: "Nieuw Lid", role: "member", startedOn: "2024-01-01", termNumber: "1" },
  "/raad/raden/:councilId/leden/:memberId/bewerken": { name: "Bert Buurman", role: "chair", startedOn: "2024-01-01", termNumber: "1" },
  "/raad/raden/:councilId/groepen": { groupName: "Nieuwe groep", groupKind: "location" },
  "/raad/raden/:councilId/vacatures": { gap: "1", title: "Gestolen vacature", summary: "", closesOn: "" },
  "/raad/raden/:councilId/vacatures/:vacancyId/status": { status: "closed" },
  "/raad/raden/:councilId/leden/:memberId/inwerken": { startsOn: "2024-01-01", checkInBy: "" },
  "/raad/raden/:councilId/leden/:memberId/inwerken/stap": { step: "welcome_by_chair", done: "yes" },
  "/raad/aanmeldingen/:applicationId/stap": { seq: "2", to: "eligibility_checked", on: TODAY, reason: "", note: "" },
  "/raad/aanmeldingen/:applicationId/wissen": { confirm: "yes" },
};

describe("the council routes across organisations", () => {
  let store: Store;
  let url = "";
  let close: () => Promise<void> = () => Promise.resolve();
  let routes: { method: string; path: string }[] = [];
  let mine: Awaited<ReturnType<typeof seedCouncil>>;
  const theirs = { names: [] as string[], ids: {} as Record<string, string> };

  beforeAll(async () => {
    store = await openStore({ dataDir: IN_MEMORY });
    const app = createApp({ store, settings, log: memoryLogger(), now: () => NOW });
    routes = [...new Map(app.routes.filter((r) => (r.method === "GET" || r.method === "POST") && r.path.startsWith("/raad")).map((r) => [`${r.method} ${r.path}`, { method: r.method, path: r.path }])).values()];
    ({ url, close } = await listen(app, { port: 0, hostname: "127.0.0.1" }));
    mine = await seedCouncil(store);
    const other = await seedCouncil(store);
    const db = councilStore(store);
    await store.sql.query("UPDATE accounts SET name = 'Sanne Buurorganisatie' WHERE id = $1", [other.account.id]);
    await store.sql.query("UPDATE organisations SET name = 'Zorggroep Buurman' WHERE id = $1", [other.organisation.id]);
    await store.sql.query("UPDATE councils SET name = 'Raad Buurman' WHERE id = $1", [other.council.id]);
    await store.sql.query("UPDATE vacancies SET title = 'Vacature Buurman' WHERE id = $1", [other.vacancy.id]);
    const group = await db.members.addConstituency({ councilId: other.council.id, kind: "location", name: "Locatie Buurman" });
    const chair = await db.members.addMember({ councilId: other.council.id, name: "Voorzitter Buurman", role: "chair", startedOn: "2023-01-01", termNumber: 1, represents: null });
    const member = await db.members.addMember({ councilId: other.council.id, name: "Bert Buurman", role: "member", startedOn: "2026-11-02", termNumber: 1, represents: group.id });
    await db.members.setOnboarding(member.id, "2026-11-02", chair.id);
    const application = await store.applications.create({ ...applicationFor(other.vacancy.id, "Tessa Buurman"), email: "tessa.buurman@example.org", phone: "06 55554444" });
    await db.pipeline.addStep(application.id, { seq: 1, state: "introduction", on: "2026-11-10", reasonCode: null, reasonNote: null }, instantInNetherlands("2026-11-10"));
    // Their secretary works in their log, so it has lines to leak.
    const them = client(url);
    await them.login(other.email);
    await them.page(`/raad/aanmeldingen/${application.id}`);
    theirs.names = ["Sanne Buurorganisatie", "Zorggroep Buurman", "Raad Buurman", "Vacature Buurman", "Locatie Buurman", "Voorzitter Buurman", "Bert Buurman", "Tessa Buurman", "tessa.buurman@example.org", "06 55554444"];
    theirs.ids = { councilId: other.council.id, memberId: member.id, groupId: group.id, vacancyId: other.vacancy.id, applicationId: application.id, chairId: chair.id, organisationId: other.organisation.id };
  });
  afterAll(async () => {
    await close();
    await store.close();
  });

  /** What a page shows of the other organisation, leaving out the ids the request itself named. */
  const leaks = (text: string, path: string) => [...theirs.names, ...Object.values(theirs.ids).filter((id) => !path.includes(id))].filter((value) => text.includes(value));

  it("finds the council routes in the router", () => {
    expect(routes.filter((r) => r.path.includes(":")).length).toBeGreaterThanOrEqual(12);
  });

  it("answers 404 to every route with the other organisation's ids, and shows and changes nothing of theirs", async () => {
    const me = client(url);
    await me.login(mine.email);
    const results: { route: string; status: number; leaks: string[] }[] = [];
    for (const route of routes.filter((r) => r.path.includes(":"))) {
      // Their ids throughout, and our own council with their other ids.
      for (const ownCouncil of [false, true]) {
        // Our own council is ours: only a route with another id after it is a cross-organisation request.
        if (ownCouncil && (!route.path.includes(":councilId") || (route.path.match(/:\w+/g) ?? []).length < 2)) continue;
        const path = route.path.replace(/:(\w+)/g, (_, name: string) => {
          if (name === "councilId" && ownCouncil) return mine.council.id;
          const id = theirs.ids[name];
          if (id === undefined) throw new Error(`route ${route.path}: give the parameter :${name} an id of the other organisation in this test`);
          return id;
        });
        await me.page("/raad");
        const answer = route.method === "GET" ? await me.page(path) : await me.post(path, forms[route.path] ?? {});
        results.push({ route: `${route.method} ${route.path}${ownCouncil ? " (own council)" : ""}`, status: answer.status, leaks: leaks(answer.text, path) });
      }
    }
    const wrong = results.filter((r) => r.status !== 404 || r.leaks.length > 0);
    const db = councilStore(store);
    const unchanged = {
      member: (await db.members.member(theirs.ids.organisationId ?? "", theirs.ids.memberId ?? ""))?.role,
      application: (await store.applications.get(theirs.ids.organisationId ?? "", theirs.ids.applicationId ?? ""))?.status,
      vacancy: (await store.vacancies.get(theirs.ids.organisationId ?? "", theirs.ids.vacancyId ?? ""))?.status,
      groups: (await db.members.constituencies(theirs.ids.councilId ?? "")).length,
    };
    console.log(`cross-organisation walk: ${results.length} requests over ${routes.filter((r) => r.path.includes(":")).length} routes with ids`);
    expect({ wrong, unchanged }).toEqual({ wrong: [], unchanged: { member: "member", application: "introduction", vacancy: "open", groups: 1 } });
  });

  it("shows nothing of the other organisation on the pages without ids, including the audit log", async () => {
    const me = client(url);
    await me.login(mine.email);
    const found: { path: string; leaks: string[] }[] = [];
    for (const route of routes.filter((r) => r.method === "GET" && !r.path.includes(":"))) {
      const answer = await me.page(route.path);
      found.push({ path: route.path, leaks: leaks(answer.text, route.path) });
    }
    expect(found.filter((f) => f.leaks.length > 0)).toEqual([]);
  });
});
