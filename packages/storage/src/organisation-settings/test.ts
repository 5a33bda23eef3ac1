import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IN_MEMORY } from "../driver/pglite.js";
import { type Store, openStore } from "../open-store/index.js";
import { organisationSettingsStore } from "./index.js";

describe("organisationSettingsStore", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: IN_MEMORY });
  });
  afterAll(async () => {
    await store.close();
  });

  it("has no settings for a new organisation", async () => {
    const organisation = await store.organisations.create({ slug: "s-1", name: "Zorggroep S", membershipRules: {} });
    expect(await organisationSettingsStore(store).get(organisation.id)).toBeUndefined();
  });

  it("saves long-term stay and the answer periods with the caller's time, and overwrites them", async () => {
    const organisation = await store.organisations.create({ slug: "s-2", name: "Zorggroep T", membershipRules: {} });
    const settings = organisationSettingsStore(store);
    const first = new Date("2031-05-01T10:00:00Z");
    await settings.save(organisation.id, { longTermStay: true, procedureSettings: { adviceAnswerPeriod: { amount: 4, unit: "weeks" } }, now: first });
    expect(await settings.get(organisation.id)).toMatchObject({ longTermStay: true, procedureSettings: { adviceAnswerPeriod: { amount: 4, unit: "weeks" } }, updatedAt: first });
    const second = new Date("2031-05-02T10:00:00Z");
    await settings.save(organisation.id, { longTermStay: null, procedureSettings: null, now: second });
    expect(await settings.get(organisation.id)).toMatchObject({ longTermStay: null, procedureSettings: null, updatedAt: second });
  });

  it("joins an open transaction", async () => {
    const organisation = await store.organisations.create({ slug: "s-3", name: "Zorggroep U", membershipRules: {} });
    await store.transaction(async (tx) => {
      await organisationSettingsStore(tx).save(organisation.id, { longTermStay: false, procedureSettings: null, now: new Date("2030-01-01T00:00:00Z") });
    });
    expect((await organisationSettingsStore(store).get(organisation.id))?.longTermStay).toBe(false);
  });
});
