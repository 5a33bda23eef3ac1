import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTACT_FIELDS } from "../src/forms/contact.js";
import { DEMO_VACANCY_SLUG } from "../src/demo/seed.js";
import { demoQuestions } from "./fixtures.js";
import { type RunningApp, Visitor, startApp, testStore } from "./helpers.js";

const FORM = `/vacatures/${DEMO_VACANCY_SLUG}/aanmelden`;
const knownNames = [...demoQuestions.map((q) => q.id), ...CONTACT_FIELDS, "_csrf", "lang"];
const value = fc.oneof(fc.constantFrom("yes", "no", "", "2020-01-01", "2020-02-31", "1950-3-1", "ja"), fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 300 }));

describe("any form body gets a clear answer", () => {
  let app: RunningApp;
  let visitor: Visitor;
  beforeAll(async () => {
    app = await startApp(await testStore());
    visitor = new Visitor(app.url);
    await visitor.get(FORM);
  });
  afterAll(async () => {
    await app.close();
    await app.store.close();
  });

  it("answers the application form with an outcome or the form with errors, never a server error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.oneof(fc.constantFrom(...knownNames), fc.string({ maxLength: 12 })), value, { maxKeys: 30 }), async (form) => {
        const reply = await visitor.post(FORM, { ...form, _csrf: visitor.csrf });
        expect([200, 422]).toContain(reply.status);
        expect(reply.text).toContain("</html>");
      }),
      { numRuns: 150 },
    );
  });

  it("answers the Rechtenwijzer with a result or errors, never a server error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 2000 }), fc.oneof(fc.constant("2026-11-23"), fc.string({ maxLength: 12 })), async (text, requestDate) => {
        const reply = await visitor.post("/rechtenwijzer", { text, requestDate, _csrf: visitor.csrf });
        expect([200, 422]).toContain(reply.status);
      }),
      { numRuns: 100 },
    );
  });

  it("answers raw bodies of any content type with a 4xx page, never a server error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json", "text/plain", ""), fc.string({ maxLength: 500 }), async (type, body) => {
        const response = await fetch(new URL(FORM, app.url), { method: "POST", body, headers: type === "" ? {} : { "content-type": type } });
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  });
});
