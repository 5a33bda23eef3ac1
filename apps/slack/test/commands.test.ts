import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { commonPracticeRules, questionsFor } from "@raadswerk/domain/eligibility";
import { LID_SUBMIT } from "../src/commands/lid.js";
import { startTestApp, USER_EN, type TestApp } from "./harness.js";
import { viewSubmission } from "./payloads.js";
import type { RecordedCall } from "./slack-api.js";

const NOW = new Date("2026-11-23T10:00:00Z");
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ now: () => NOW });
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

describe("/raad lid", () => {
  const answer = (v: string) => ({ value: { type: "radio_buttons", selected_option: { value: v } } });
  const allNo = () => ({
    employee: answer("no"),
    formerEmployee: answer("no"),
    volunteer: answer("no"),
    supplier: answer("no"),
    boardMember: answer("no"),
    supervisoryBoardMember: answer("no"),
    worksCouncilMember: answer("no"),
    familyAssociationBoardMember: answer("no"),
    otherProviderCouncilMember: answer("no"),
    relativeOfStaff: answer("no"),
    other: { value: { type: "plain_text_input", value: null } },
  });

  it("opens a modal with the questions the membership rules need", async () => {
    await app.command("lid", { trigger_id: "t-lid" });
    const call = await app.api.waitFor("views.open", (c) => c.body.trigger_id === "t-lid");
    const view = call.body.view as { callback_id: string; blocks: { type: string; block_id?: string }[] };
    expect(view.callback_id).toBe(LID_SUBMIT);
    expect(view.blocks.filter((b) => b.type === "input").map((b) => b.block_id)).toEqual(questionsFor(commonPracticeRules).map((q) => q.id));
  });

  it("sends nothing to the channel and stores nothing", async () => {
    await app.command("lid", { trigger_id: "t-lid-2" });
    await app.api.waitFor("views.open", (c) => c.body.trigger_id === "t-lid-2");
    expect(app.api.callsTo("chat.postMessage")).toEqual([]);
    expect(app.api.callsTo("response_url")).toEqual([]);
  });

  it("shows the outcome in the modal itself, only to the user", async () => {
    const response = await app.interaction(viewSubmission(LID_SUBMIT, allNo()));
    const body = JSON.parse(response.text) as { response_action: string; view: { blocks: { type: string; text?: { text: string } }[] } };
    expect(body.response_action).toBe("update");
    expect(body.view.blocks[0]?.text?.text).toBe("Kan lid worden");
  });

  it("refuses someone who works for the provider", async () => {
    const response = await app.interaction(viewSubmission(LID_SUBMIT, { ...allNo(), employee: answer("yes") }));
    const body = JSON.parse(response.text) as { view: { blocks: { text?: { text: string } }[] } };
    expect(body.view.blocks[0]?.text?.text).toBe("Kan geen lid worden");
  });

  it("asks for a missing answer on the field itself", async () => {
    const response = await app.interaction(viewSubmission(LID_SUBMIT, { ...allNo(), formerEmployee: answer("yes") }));
    const body = JSON.parse(response.text) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe("errors");
    expect(Object.keys(body.errors)).toEqual(["employmentEndedOn"]);
  });
});
