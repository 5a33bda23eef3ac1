import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../open-store/index.js";
import { DataDirLockedError } from "./pglite.js";

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), "raadswerk-lock-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("the embedded database's folder lock", () => {
  it("refuses a second store on a folder in use, with a clear error, and opens again after close", async () => {
    const dir = fresh();
    const first = await openStore({ dataDir: dir });
    const second = await openStore({ dataDir: dir }).then(
      () => "opened",
      (error: unknown) => (error instanceof DataDirLockedError ? error.message : String(error)),
    );
    await first.close();
    const again = await openStore({ dataDir: dir });
    const organisations = await again.organisations.list();
    await again.close();
    expect({ second, organisations }).toEqual({
      second: `The embedded database in ${join(dir, "pglite")} is in use by process ${process.pid}. Stop that process first, or let both use one PostgreSQL server (DATABASE_URL): the embedded database serves one process on one machine.`,
      organisations: [],
    });
  }, 180_000);

  it("takes over a lock left by a process that is gone (a crash)", async () => {
    const dir = fresh();
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    writeFileSync(join(dir, "pglite.lock"), `${gone}\n`);
    const store = await openStore({ dataDir: dir });
    await store.close();
    expect(Number(gone)).toBeGreaterThan(0);
  }, 180_000);
});
