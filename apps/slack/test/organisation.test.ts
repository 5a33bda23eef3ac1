import { commonPracticeRules } from "@raadswerk/domain/eligibility";
import type { Store } from "@raadswerk/storage";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { storageOrganisation } from "../src/persistence/storage.js";
import { openTestDatabase, startTestApp, type TestApp } from "./harness.js";

const NOW = new Date("2026-11-23T10:00:00Z");
let database: Store;
let app: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  await database.organisations.create({
    slug: "zorggroep-test",
    name: "Zorggroep Test",
    membershipRules: { ...commonPracticeRules, whoMayJoin: "clients_only" },
    procedureSettings: { adviceAnswerPeriod: { amount: 4, unit: "weeks" }, consentAnswerPeriod: { amount: 30, unit: "calendar-days" } },
  });
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

  it("falls back to common practice when the stored settings do not validate", async () => {
    await database.organisations.create({ slug: "kapot", name: "Kapot", membershipRules: { nonsense: true }, procedureSettings: { adviceAnswerPeriod: "soon" } });
    const settings = storageOrganisation(database, "kapot");
    const [procedure, rules] = [await settings.procedureSettings(), await settings.membershipRules()];
    expect([procedure, rules]).toEqual([undefined, commonPracticeRules]);
  });
});
