import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env.js";

const dir = () => mkdtempSync(join(tmpdir(), "raadswerk-env-"));

describe("parseEnv", () => {
  it("uses the embedded database and port 3000 when nothing is set", () => {
    const env = parseEnv({ DATA_DIR: dir() });
    expect({ port: env.PORT, url: env.DATABASE_URL, demo: env.SEED_DEMO }).toEqual({ port: 3000, url: undefined, demo: true });
  });

  it("generates a development secret once and keeps it in the data folder", () => {
    const dataDir = dir();
    const first = parseEnv({ DATA_DIR: dataDir }).SESSION_SECRET;
    expect({ again: parseEnv({ DATA_DIR: dataDir }).SESSION_SECRET, file: readFileSync(join(dataDir, "secret"), "utf8").trim() }).toEqual({ again: first, file: first });
  });

  it("requires a secret in production", () => {
    expect(() => parseEnv({ DATA_DIR: dir(), NODE_ENV: "production" })).toThrow(EnvError);
  });

  it("leaves the demo out in production unless asked", () => {
    expect(parseEnv({ NODE_ENV: "production", SESSION_SECRET: "s".repeat(32) }).SEED_DEMO).toBe(false);
  });

  it("names every invalid setting without showing its value", () => {
    expect(() => parseEnv({ PORT: "port", DATABASE_URL: "mysql://secret@host/db", DATA_DIR: dir() })).toThrowErrorMatchingInlineSnapshot(`
      [EnvError: Invalid settings:
      - PORT: Invalid input: expected number, received NaN
      - DATABASE_URL: DATABASE_URL must start with postgres:// or postgresql://]
    `);
  });
});

describe("parseEnv TRUST_PROXY", () => {
  it("reads false, true and a number of trusted proxies", () => {
    const hops = ["false", "true", "0", "1", "2"].map((value) => parseEnv({ DATA_DIR: dir(), TRUST_PROXY: value }).TRUST_PROXY);
    expect({ hops, unset: parseEnv({ DATA_DIR: dir() }).TRUST_PROXY }).toEqual({ hops: [0, 1, 0, 1, 2], unset: 0 });
  });

  it("refuses anything else", () => {
    expect(() => parseEnv({ DATA_DIR: dir(), TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY must be true, false or a number of proxies/);
  });
});
