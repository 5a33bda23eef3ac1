// Where the system parts the tests need live. Used by test setup in every package.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** @returns {string | undefined} the Chromium binary, from CHROMIUM_PATH or Debian's package */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((path) => path !== undefined && path !== "" && existsSync(path));
}

/** @returns {string | undefined} the folder with initdb and pg_ctl, from PG_BIN or Debian's package */
export function postgresBin() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, "initdb"))) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], "bin");
}

/** @returns {string | undefined} Debian's faketime (libfaketime), which runs a command under a shifted clock */
export function faketimePath() {
  return ["/usr/bin/faketime", "/usr/local/bin/faketime"].find((path) => existsSync(path));
}

/** Launch flags for Chromium as root with no network (see shared/STACK.md). */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
