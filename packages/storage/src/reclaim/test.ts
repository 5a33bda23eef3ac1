import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { councilStore } from "../council-store/index.js";
import { openStore } from "../open-store/index.js";
import { reclaimErased } from "./index.js";

/** Files under `dir` whose bytes contain `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hits.push(...filesContaining(path, needle));
    else if (readFileSync(path).includes(needle)) hits.push(path.slice(dir.length));
  }
  return hits;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("reclaimErased on PGlite", () => {
  it("leaves no trace of an erased application in the data folder's files (tables and WAL)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "raadswerk-reclaim-"));
    dirs.push(dir);
    const store = await openStore({ dataDir: dir });
    const organisation = await store.organisations.create({ slug: "o", name: "O", membershipRules: {} });
    const council = await store.councils.create({ organisationId: organisation.id, slug: "c", name: "C", kind: "central" });
    const vacancy = await store.vacancies.create({ councilId: council.id, slug: "v", role: "member", title: "Lid", createdAt: new Date("2026-11-01T09:00:00Z") });
    const saved = await store.applications.create({
      vacancyId: vacancy.id,
      outcome: "eligible",
      reasons: [],
      ruleSetVersion: "x",
      answers: {},
      name: "Zwaantje Wisbaar",
      email: "zwaantje.wisbaar@example.org",
      phone: "06 98765432",
      consentedAt: new Date("2026-09-01T10:00:00Z"),
      createdAt: new Date("2026-09-01T10:00:00Z"),
    });
    await store.sql.exec("CHECKPOINT");
    const before = filesContaining(dir, "zwaantje.wisbaar@example.org").length;
    await councilStore(store).pipeline.erase(saved.id);
    await reclaimErased(store);
    const after = ["Zwaantje Wisbaar", "zwaantje.wisbaar@example.org", "06 98765432"].flatMap((needle) => filesContaining(dir, needle));
    await store.close();
    expect({ foundBefore: before > 0, after }).toEqual({ foundBefore: true, after: [] });
  }, 180_000);
});
