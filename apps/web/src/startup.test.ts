import { describe, expect, it } from "vitest";
import { startupWarnings } from "./startup.js";

describe("startupWarnings", () => {
  it("warns when production runs on PGlite", () => {
    expect(startupWarnings({ NODE_ENV: "production" }, "pglite").map((w) => w.code)).toEqual(["production_on_pglite"]);
  });

  it("says nothing for production on PostgreSQL or for trying out on PGlite", () => {
    expect([startupWarnings({ NODE_ENV: "production" }, "postgres"), startupWarnings({ NODE_ENV: "development" }, "pglite")]).toEqual([[], []]);
  });
});
