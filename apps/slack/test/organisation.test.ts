import { commonPracticeRules } from "@raadswerk/domain/eligibility";
import { councilStore, organisationSettingsStore, type Store } from "@raadswerk/storage";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { storageOrganisation } from "../src/persistence/storage.js";
import { openTestDatabase, startTestApp, type TestApp } from "./harness.js";

const NOW = new Date("2026-11-23T10:00:00Z");
const ORG_PERIODS = { adviceAnswerPeriod: { amount: 4, unit: "weeks" }, consentAnswerPeriod: { amount: 30, unit: "calendar-days" } };
let database: Store;
let app: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  const organisation = await database.organisations.create({
    slug: "zorggroep-test",
    name: "Zorggroep Test",
    membershipRules: { ...commonPracticeRules, whoMayJoin: "clients_only" },
    procedureSettings: { adviceAnswerPeriod: { amount: 4, unit: "weeks" }, consentAnswerPeriod: { amount: 30, unit: "calendar-days" } },
  });
  const ccr = await database.councils.create({ organisationId: organisation.id, slug: "ccr", name: "Centrale cliëntenraad", kind: "central" });
  const members = councilStore(database).members;
  const group = await members.addConstituency({ councilId: ccr.id, kind: "location", name: "De Linde" });
  await members.addMember({ councilId: ccr.id, name: "Ans de Vries", role: "member", startedOn: "2023-01-01", termNumber: 1, represents: group.id });
  await members.addMember({ councilId: ccr.id, name: "Piet Bakker", role: "chair", startedOn: "2024-06-01", termNumber: 1, represents: null });
  app = await startTestApp({ database, now: () => NOW, overrides: { organisation: storageOrganisation(database, "zorggroep-test") } });
});
afterAll(async () => {
  await app.close();
  await database.close();
});
afterEach(() => {
  expect(app.api.problems).toEqual([]);
  app.api.reset();
});

describe("the organisation's settings from storage", () => {
  // Issue 11, correction 1: /raad recht reads "set up for long-term stay" from the council desk's settings.
  it("reads long-term stay from the settings the council desk saved", async () => {
    const organisation = await database.organisations.bySlug("zorggroep-test");
    const settings = storageOrganisation(database, "zorggroep-test");
    expect(await settings.longTermStay()).toBeUndefined();
    await app.command("recht Benoeming van een nieuwe teamleider", { response_id: "o-stay-1" });
    const unknown = JSON.stringify((await app.api.waitFor("response_url", (c) => c.path.endsWith("/o-stay-1"))).body.blocks);
    expect(unknown).toContain("Geldt alleen als de instelling erop is ingericht");
    await organisationSettingsStore(database).save(organisation?.id ?? "", { longTermStay: false, procedureSettings: ORG_PERIODS, now: NOW });
    expect(await settings.longTermStay()).toBe(false);
    await app.command("recht Benoeming van een nieuwe teamleider", { response_id: "o-stay-2" });
    const no = JSON.stringify((await app.api.waitFor("response_url", (c) => c.path.endsWith("/o-stay-2"))).body.blocks);
    expect(no).not.toContain("Kiezen en benoemen van leidinggevenden");
    await organisationSettingsStore(database).save(organisation?.id ?? "", { longTermStay: true, procedureSettings: ORG_PERIODS, now: NOW });
    await app.command("recht Benoeming van een nieuwe teamleider", { response_id: "o-stay-3" });
    const yes = JSON.stringify((await app.api.waitFor("response_url", (c) => c.path.endsWith("/o-stay-3"))).body.blocks);
    expect([yes.includes("Kiezen en benoemen van leidinggevenden"), yes.includes("Geldt alleen als")]).toEqual([true, false]);
  });

  it("dates the answer by the organisation's own period", async () => {
    await app.command("termijn advies 20-11-2026", { response_id: "o1" });
    const call = await app.api.waitFor("response_url", (c) => c.path.endsWith("/o1"));
    expect(JSON.stringify(call.body.blocks)).toContain("*18 december 2026*");
  });

  it("asks the questions of the organisation's membership rules", async () => {
    await app.command("lid", { trigger_id: "t-org-lid" });
    const call = await app.api.waitFor("views.open", (c) => c.body.trigger_id === "t-org-lid");
    const ids = (call.body.view as { blocks: { block_id?: string; type: string }[] }).blocks.filter((b) => b.type === "input").map((b) => b.block_id);
    expect(ids[0]).toBe("client");
  });

  it("shows the term schedule of the councils the web app keeps, without members' names", async () => {
    await app.command("aftreden", { response_id: "o-aftreden" });
    const call = await app.api.waitFor("response_url", (c) => c.path.endsWith("/o-aftreden"));
    const text = JSON.stringify(call.body.blocks);
    expect(text).toContain("lid (De Linde): termijn eindigt op 31 december 2026");
    expect(text).not.toMatch(/Ans de Vries|Piet Bakker/);
  });

  it("reads the answer periods the council desk saved, before the older organisation column", async () => {
    const other = await database.organisations.create({ slug: "andere", name: "Andere", membershipRules: commonPracticeRules, procedureSettings: ORG_PERIODS });
    const settings = storageOrganisation(database, "andere");
    expect((await settings.procedureSettings())?.adviceAnswerPeriod).toEqual({ amount: 4, unit: "weeks" });
    const desk = { adviceAnswerPeriod: { amount: 2, unit: "months" }, consentAnswerPeriod: { amount: 20, unit: "working-days" } };
    await organisationSettingsStore(database).save(other.id, { longTermStay: null, procedureSettings: desk, now: NOW });
    expect((await settings.procedureSettings())?.adviceAnswerPeriod).toEqual({ amount: 2, unit: "months" });
    await organisationSettingsStore(database).save(other.id, { longTermStay: null, procedureSettings: null, now: NOW });
    expect(await settings.procedureSettings()).toBeUndefined();
  });

  it("falls back to common practice when the stored settings do not validate", async () => {
    await database.organisations.create({ slug: "kapot", name: "Kapot", membershipRules: { nonsense: true }, procedureSettings: { adviceAnswerPeriod: "soon" } });
    const settings = storageOrganisation(database, "kapot");
    const [procedure, rules] = [await settings.procedureSettings(), await settings.membershipRules()];
    expect([procedure, rules]).toEqual([undefined, commonPracticeRules]);
  });
});
