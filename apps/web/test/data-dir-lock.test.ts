// The embedded database serves one process: create-account beside a running app on the same
// DATA_DIR stops with a clear message instead of opening the folder a second time.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@raadswerk/storage";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "raadswerk-lock-web-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function createAccount() {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--conditions=@raadswerk/source", "scripts/create-account.ts", "--email", "sam@example.org", "--name", "Sam Jansen"], {
    cwd: join(import.meta.dirname, ".."),
    env: { ...process.env, DATA_DIR: dir, RAADSWERK_PASSWORD: "een lange zin als wachtwoord", NODE_ENV: "development" },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe("create-account and a running app on one PGlite folder", () => {
  it("refuses while another process has the folder open, and works once it is closed", async () => {
    const running = await openStore({ dataDir: dir });
    const whileRunning = createAccount();
    await running.close();
    const afterStop = createAccount();
    expect({
      refused: whileRunning.status,
      says: whileRunning.stderr.includes(`is in use by process ${process.pid}. Stop that process first`),
      created: afterStop.status,
      createdSays: afterStop.stdout.includes("Account created for sam@example.org"),
    }).toEqual({ refused: 1, says: true, created: 0, createdSays: true });
  }, 240_000);
});
