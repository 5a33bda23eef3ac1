import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { domainPurity } from "../domain.js";

const linter = new Linter({ configType: "flat" });
const config = [{ files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } }, ...domainPurity];

function problems(code: string): string[] {
  return linter.verify(code, config, { filename: "src/wmcz/rule/index.ts" }).map((m) => m.ruleId ?? m.message);
}

describe("domainPurity", () => {
  it("refuses Node built-ins, with or without the node: prefix", () => {
    expect(problems('import { readFileSync } from "node:fs";\nreadFileSync;')).toContain("no-restricted-imports");
    expect(problems('import path from "path";\npath;')).toContain("no-restricted-imports");
  });

  it("refuses app and framework imports but allows zod, date-fns and relative files", () => {
    expect(problems('import { Hono } from "hono";\nHono;')).toContain("no-restricted-imports");
    expect(problems('import { x } from "@raadswerk/storage";\nx;')).toContain("no-restricted-imports");
    expect(problems('import * as z from "zod";\nimport { addDays } from "date-fns";\nimport { y } from "../_lib/y.js";\nz; addDays; y;')).toEqual([]);
    expect(problems('import { tzOffset } from "@date-fns/tz";\ntzOffset;')).toEqual([]);
    expect(problems('import * as z from "zod";\nz;')).toEqual([]);
    expect(problems('import { z } from "zod";\nz;')).toContain("no-restricted-syntax");
    expect(problems('import { x } from "@date-fns/utc-evil";\nx;')).toContain("no-restricted-imports");
  });

  it("refuses the clock, the environment and the network", () => {
    expect(problems("export const now = Date.now();")).toContain("no-restricted-syntax");
    expect(problems("export const now = new Date();")).toContain("no-restricted-syntax");
    expect(problems('export const now = new TZDate("Europe/Amsterdam");')).toContain("no-restricted-syntax");
    expect(problems("export const now = new TZDate();")).toContain("no-restricted-syntax");
    expect(problems("export const env = process.env;")).toContain("no-restricted-globals");
    expect(problems('export const page = fetch("https://example.org");')).toContain("no-restricted-globals");
  });

  it("allows a date built from given parts", () => {
    expect(problems("export const day = new Date(Date.UTC(2026, 10, 23));")).toEqual([]);
    expect(problems('export const day = new TZDate(2026, 10, 23, "Europe/Amsterdam");')).toEqual([]);
  });

  it("does not apply to test files", () => {
    const messages = linter.verify("export const now = Date.now();", config, { filename: "src/wmcz/rule/test.ts" });
    expect(messages).toEqual([]);
  });
});
