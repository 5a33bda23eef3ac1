import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { memoryFollowStore } from "../src/persistence/memory.js";
import { startTestApp, USER_EN, type TestApp } from "./harness.js";
import type { RecordedCall } from "./slack-api.js";

const NOW = new Date("2026-11-23T10:00:00Z");
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ store: memoryFollowStore(), now: () => NOW });
});
afterAll(async () => {
  await app.close();
});
afterEach(() => {
  expect(app.api.problems).toEqual([]);
  app.api.reset();
});

let n = 0;
async function ask(text: string, user?: string): Promise<RecordedCall> {
  n += 1;
  const id = `c${n}`;
  const response = await app.command(text, { response_id: id, ...(user === undefined ? {} : { user_id: user }) });
  expect(response.status).toBe(200);
  return app.api.waitFor("response_url", (c) => c.path.endsWith(`/${id}`));
}
const blockText = (call: RecordedCall) => JSON.stringify(call.body.blocks);

describe("/raad training", () => {
  it("recommends training for a situation typed in everyday words", async () => {
    const call = await ask("training we hebben nieuwe leden");
    expect(call.body.text).toBe("Training bij: We hebben nieuwe leden");
  });

  it("shows the training in order with half-days and a total", async () => {
    const call = await ask("training nieuwe leden");
    expect(blockText(call)).toMatch(/\*1\. [^*]+\* — /);
    expect(blockText(call)).toMatch(/Samen (minstens )?\d+( tot \d+)? dagde(el|len)\./);
  });

  it("accepts a situation by its number in the list", async () => {
    const call = await ask("training 1");
    expect(call.body.text).toBe("Training bij: Onze raad is net begonnen");
  });

  it("lists the situations when none is given", async () => {
    const call = await ask("training");
    expect(call.body.text).toBe("Zet een situatie achter het woord, bijvoorbeeld `/raad training nieuwe leden`.");
    expect(blockText(call)).toContain("1. Onze raad is net begonnen");
  });

  it("lists the situations, escaped, for a situation it does not know", async () => {
    const call = await ask("training <xyz>");
    expect(call.body.text).toBe("De situatie `&lt;xyz&gt;` ken ik niet. Kies een nummer of beschrijf het anders:");
  });

  it("answers in English for an English user", async () => {
    const call = await ask("training new members", USER_EN);
    expect(call.body.text).toBe("Training for: We have new members");
  });
});
