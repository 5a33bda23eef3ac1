import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { settingsFrom } from "../src/organisation.js";
import type { Store } from "@raadswerk/storage";
import { openTestDatabase, startTestApp, type TestApp } from "./harness.js";
import { homeOpened } from "./payloads.js";

const NOW = new Date("2026-11-23T10:00:00Z");
const council = {
  id: "ccr",
  kind: "central",
  name: "Centrale cliëntenraad",
  minMembers: 3,
  maxMembers: 5,
  termYears: 4,
  maxTerms: 2,
  represents: [],
  members: [
    { id: "lid-a", role: "chair", startedOn: "2023-01-01", termNumber: 1 },
    { id: "lid-b", role: "member", startedOn: "2019-01-01", termNumber: 2 },
    { id: "lid-c", role: "secretary", startedOn: "2025-03-01", termNumber: 1 },
  ],
};

let database: Store;
let app: TestApp;
let empty: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  app = await startTestApp({ database, now: () => NOW, overrides: { organisation: settingsFrom(() => Promise.resolve({ councils: [council] })) } });
  empty = await startTestApp({ database, now: () => NOW });
});
afterAll(async () => {
  await app.close();
  await empty.close();
  await database.close();
});
afterEach(() => {
  expect(app.api.problems).toEqual([]);
  app.api.reset();
});

describe("/raad aftreden", () => {
  it("shows each member's term end by id and role, and the open seats", async () => {
    await app.command("aftreden", { response_id: "a1" });
    const call = await app.api.waitFor("response_url", (c) => c.path.endsWith("/a1"));
    const text = JSON.stringify(call.body.blocks);
    expect(text).toContain("Rooster van aftreden: Centrale cliëntenraad");
    expect(text).toContain("voorzitter: termijn eindigt op 31 december 2026");
    expect(text).toMatch(/Er zijn \d open plekken\.|Er is 1 open plek\./);
  });

  it("says where to add members when none are recorded", async () => {
    await empty.command("aftreden", { response_id: "a2" });
    const call = await empty.api.waitFor("response_url", (c) => c.path.endsWith("/a2"));
    expect(call.body.text).toBe("Er staan nog geen leden in de administratie van de raad. Voeg ze toe in de webapp.");
  });
});

describe("the App Home tab with councils", () => {
  it("shows open seats and terms ending soon", async () => {
    await app.send(homeOpened("U0HOMEC"), { contentType: "application/json" });
    const call = await app.api.waitFor("views.publish", (c) => c.body.user_id === "U0HOMEC");
    const text = JSON.stringify(call.body.view);
    expect(text).toContain("Centrale cliëntenraad: ");
    expect(text).toContain("Centrale cliëntenraad: voorzitter, 31 december 2026");
  });
});
