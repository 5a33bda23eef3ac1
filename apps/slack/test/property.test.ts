import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, USER_EN, USER_NL, type TestApp } from "./harness.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({});
});
afterAll(async () => {
  await app.close();
});

const WORDS = ["recht", "termijn", "lid", "training", "aftreden", "help", "advies", "instemming", "vandaag", "31-02-2026", "15-12-2026", "2026-12-15", "<!channel>", "&", "`", "*", "_"];
const commandText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((words) => words.join(" ")),
  fc.tuple(fc.constantFrom(...WORDS), fc.string({ unit: "grapheme", maxLength: 2000 })).map(([word, rest]) => `${word} ${rest}`),
);

// 100 runs of 20 texts sent side by side: 2,000 random command texts, each checked on its own.
const BATCH = 20;
const RUNS = 100;

describe("any command text", () => {
  it("gets an acknowledgement and a reply Slack accepts, never a crash", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(commandText, fc.constantFrom(USER_NL, USER_EN)), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        await Promise.all(
          batch.map(async ([text, user]) => {
            n += 1;
            const id = `p${n}`;
            const response = await app.command(text, { response_id: id, user_id: user, trigger_id: `trigger-${id}` });
            expect(response.status).toBe(200);
            const reply = await app.api.waitFor(["response_url", "views.open"], (c) => c.path.endsWith(`/${id}`) || c.body.trigger_id === `trigger-${id}`, 20_000);
            expect(reply).toBeDefined();
          }),
        );
        expect(app.api.problems).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    expect(n).toBeGreaterThanOrEqual(BATCH * RUNS);
    expect(app.logs.filter((line) => line.includes('"level":"error"'))).toEqual([]);
  }, 180_000);
});
