// Behind a trusted proxy, the rate limits count the address the proxy appended to X-Forwarded-For,
// so a client that writes its own entries at the left cannot get a fresh count per request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_RATE } from "../src/council/auth/routes.js";
import { DEMO_VACANCY_SLUG } from "../src/demo/seed.js";
import { type RunningApp, Visitor, startApp, testStore } from "./helpers.js";

const FORM = `/vacatures/${DEMO_VACANCY_SLUG}/aanmelden`;

describe("client address behind one trusted proxy (TRUST_PROXY=1)", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp(await testStore(), { TRUST_PROXY: 1, APPLY_RATE_LIMIT: 3, APPLY_RATE_WINDOW_SECONDS: 86_400 });
  });
  afterAll(async () => {
    await app.close();
    await app.store.close();
  });

  it("limits applications from one proxied address however the client fills in X-Forwarded-For", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const v = new Visitor(app.url);
      await v.get(FORM);
      statuses.push((await v.post(FORM, { name: "" }, { "x-forwarded-for": `10.9.8.${i}, 198.51.100.9` })).status);
    }
    expect(statuses).toEqual([422, 422, 422, 429]);
  });

  it("counts another proxied address separately", async () => {
    const v = new Visitor(app.url);
    await v.get(FORM);
    expect((await v.post(FORM, { name: "" }, { "x-forwarded-for": "198.51.100.10" })).status).toBe(422);
  });

  it("limits login attempts from one proxied address however the client fills in X-Forwarded-For", async () => {
    const v = new Visitor(app.url);
    await v.get("/raad/inloggen");
    const statuses: number[] = [];
    for (let i = 0; i <= LOGIN_RATE.max; i += 1) {
      statuses.push((await v.post("/raad/inloggen", { email: "", password: "x" }, { "x-forwarded-for": `10.7.${i}.1, 198.51.100.20` })).status);
    }
    expect({ first: statuses[0], last: statuses.at(-1) }).toEqual({ first: 422, last: 429 });
  });
});
