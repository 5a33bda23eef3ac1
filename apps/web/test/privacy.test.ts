// Erase and purge leave no personal data behind: not in any table, and on PGlite not in the data
// folder's files (table files and write-ahead log). Fixed dates through the injected clock.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { instantInNetherlands } from "@raadswerk/domain/calendar";
import { type Store, councilStore, openStore } from "@raadswerk/storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPurge } from "../src/council/purge.js";
import { TODAY, applicationFor, client, seedCouncil, startApp } from "./council-helpers.js";

/** Files under `dir` whose bytes contain `needle`, relative to `dir`. */
function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hits.push(...filesContaining(path, needle));
    else if (readFileSync(path).includes(needle)) hits.push(path.slice(dir.length));
  }
  return hits;
}

/** Every table's rows as text, for a scan. */
async function everyTable(store: Store): Promise<string> {
  const tables = await store.sql.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'");
  const parts: string[] = [];
  for (const { name } of tables) parts.push(JSON.stringify(await store.sql.query(`SELECT * FROM "${name}"`)));
  return parts.join("\n");
}

describe("erasure and purge on PGlite leave no trace in tables or files", () => {
  const dir = mkdtempSync(join(tmpdir(), "raadswerk-privacy-"));
  let store: Store;
  let app: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    store = await openStore({ dataDir: dir });
    app = await startApp(store);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const person = (tag: string, phone: string) => ({ name: `Tjitske ${tag}wis`, email: `tjitske.${tag}@example.org`, phone });
  const traces = async (who: ReturnType<typeof person>) => {
    const rows = await everyTable(store);
    const values = [who.name, who.email, who.phone];
    return { tables: values.filter((value) => rows.includes(value)), files: values.flatMap((value) => filesContaining(dir, value)), log: values.filter((value) => app.log.lines.join("\n").includes(value)) };
  };

  it("after an erase on request", async () => {
    const { email, vacancy } = await seedCouncil(store);
    const who = person("erase", "06 11112222");
    const saved = await store.applications.create({ ...applicationFor(vacancy.id), ...who });
    await store.sql.exec("CHECKPOINT");
    const before = filesContaining(dir, who.email).length;
    const browser = client(app.url);
    await browser.login(email);
    await browser.page(`/raad/aanmeldingen/${saved.id}`);
    const erased = await browser.post(`/raad/aanmeldingen/${saved.id}/wissen`, { confirm: "yes" });
    expect({ erased: erased.status, foundBefore: before > 0, ...(await traces(who)) }).toEqual({ erased: 303, foundBefore: true, tables: [], files: [], log: [] });
  }, 180_000);

  it("after the purge", async () => {
    const { vacancy } = await seedCouncil(store);
    const who = person("purge", "06 33334444");
    const saved = await store.applications.create({ ...applicationFor(vacancy.id), ...who });
    await councilStore(store).pipeline.addStep(saved.id, { seq: 1, state: "rejected", on: "2026-01-05", reasonCode: "council_full", reasonNote: null }, instantInNetherlands("2026-01-05"));
    const purged = await runPurge(store, { retentionDays: 30, maxAgeDays: 365, now: new Date(`${TODAY}T03:00:00Z`) });
    expect({ purged: purged.includes(saved.id), ...(await traces(who)) }).toEqual({ purged: true, tables: [], files: [], log: [] });
  }, 180_000);

  it("prunes finished rate-limit windows on the purge schedule", async () => {
    await store.rateLimits.hit("apply:old-window", 60, new Date("2026-11-20T10:00:00Z"));
    await runPurge(store, { retentionDays: 30, maxAgeDays: 365, now: new Date(`${TODAY}T03:00:00Z`) });
    expect(await store.sql.query("SELECT key FROM rate_limits WHERE key = 'apply:old-window'")).toEqual([]);
  }, 180_000);
});
