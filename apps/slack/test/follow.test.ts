import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FOLLOW_OPEN, FOLLOW_SUBMIT } from "../src/reminders/index.js";
import { CHANNEL, startTestApp, TEAM, USER_EN, type TestApp } from "./harness.js";
import { buttonClick, homeOpened, viewSubmission } from "./payloads.js";

const NOW = new Date("2026-11-23T10:00:00Z");
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ now: () => NOW, api: { nowSeconds: () => NOW.getTime() / 1000 } });
});
afterAll(async () => {
  await app.close();
});
afterEach(() => {
  expect(app.api.problems).toEqual([]);
  app.api.reset();
});

const followValue = JSON.stringify({ right: "consent", topics: ["house-rules"], title: "Nieuwe huisregels <b>" });

describe("the follow button", () => {
  it("opens a modal with the suggested name, the right and today's date", async () => {
    const response = await app.interaction(buttonClick(FOLLOW_OPEN, followValue, { trigger: "t-follow" }));
    expect(response.status).toBe(200);
    const call = await app.api.waitFor("views.open", (c) => c.body.trigger_id === "t-follow");
    const view = call.body.view as { callback_id: string; blocks: { block_id: string; element: Record<string, unknown> }[] };
    expect(view.callback_id).toBe(FOLLOW_SUBMIT);
    expect(view.blocks.map((b) => [b.block_id, b.element.initial_value ?? b.element.initial_date ?? (b.element.initial_option as { value: string }).value])).toEqual([
      ["title", "Nieuwe huisregels <b>"],
      ["right", "consent"],
      ["sent_on", "2026-11-23"],
    ]);
  });

  it("opens the modal in English for an English user", async () => {
    await app.interaction(buttonClick(FOLLOW_OPEN, followValue, { trigger: "t-follow-en", user: USER_EN }));
    const call = await app.api.waitFor("views.open", (c) => c.body.trigger_id === "t-follow-en");
    expect((call.body.view as { title: { text: string } }).title.text).toBe("Follow a request");
  });

  it("ignores a button value that is not what the app sent", async () => {
    const response = await app.interaction(buttonClick(FOLLOW_OPEN, "{broken", { trigger: "t-broken" }));
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(app.api.callsTo("views.open")).toEqual([]);
  });
});

describe("submitting the follow modal", () => {
  const values = (title: string, date = "2026-11-20") => ({
    title: { value: { type: "plain_text_input", value: title } },
    right: { value: { type: "static_select", selected_option: { value: "consent", text: { type: "plain_text", text: "x" } } } },
    sent_on: { value: { type: "datepicker", selected_date: date } },
  });
  const metadata = JSON.stringify({ channel: CHANNEL, topics: ["house-rules"] });

  it("stores the request and confirms it in the channel, escaped", async () => {
    const response = await app.interaction(viewSubmission(FOLLOW_SUBMIT, values("Huisregels <!channel>"), metadata));
    expect(response.status).toBe(200);
    const call = await app.api.waitFor("chat.postMessage", (c) => c.body.channel === CHANNEL);
    expect(String(call.body.text)).toContain("Huisregels &lt;!channel&gt;");
    const stored = await app.store.list(TEAM);
    expect(stored.map((r) => [r.title, r.right, r.requestedOn, r.topicIds, r.createdAt.toISOString()])).toContainEqual(["Huisregels <!channel>", "consent", "2026-11-20", ["house-rules"], NOW.toISOString()]);
  });

  it("handles a replayed submission (the same signed request again) once: one stored request, one confirmation", async () => {
    const submission = viewSubmission(FOLLOW_SUBMIT, values("Eenmalig gevolgd"), metadata);
    const first = await app.interaction(submission);
    await app.api.waitFor("chat.postMessage", (c) => String(c.body.text).includes("Eenmalig gevolgd"));
    const replay = await app.interaction(submission);
    // A later submission of its own: when its confirmation is in, the replay has long been handled.
    await app.interaction(viewSubmission(FOLLOW_SUBMIT, values("Daarna gevolgd"), metadata));
    await app.api.waitFor("chat.postMessage", (c) => String(c.body.text).includes("Daarna gevolgd"));
    const stored = (await app.store.list(TEAM)).filter((r) => r.title === "Eenmalig gevolgd").length;
    const confirmations = app.api.callsTo("chat.postMessage").filter((c) => String(c.body.text).includes("Eenmalig gevolgd")).length;
    expect({ first: first.status, replay: replay.status, stored, confirmations }).toEqual({ first: 200, replay: 200, stored: 1, confirmations: 1 });
  });

  it("answers an empty name with an error on the name field, and stores nothing", async () => {
    const before = (await app.store.list(TEAM)).length;
    const response = await app.interaction(viewSubmission(FOLLOW_SUBMIT, values("   "), metadata));
    const answer = JSON.parse(response.text) as { response_action: string; errors: Record<string, string> };
    expect([answer.response_action, Object.keys(answer.errors)]).toEqual(["errors", ["title"]]);
    expect((await app.store.list(TEAM)).length).toBe(before);
  });
});

describe("the App Home tab", () => {
  it("publishes the home view for the user who opened it", async () => {
    const response = await app.send(homeOpened("U0HOME"), { contentType: "application/json" });
    expect(response.status).toBe(200);
    const call = await app.api.waitFor("views.publish", (c) => c.body.user_id === "U0HOME");
    expect((call.body.view as { type: string }).type).toBe("home");
  });
});

describe("following a request in a channel the app may not post in", () => {
  let closed: TestApp;
  beforeAll(async () => {
    closed = await startTestApp({ now: () => NOW, api: { nowSeconds: () => NOW.getTime() / 1000, errors: { "chat.scheduleMessage": "not_in_channel" } } });
  });
  afterAll(async () => {
    await closed.close();
  });

  it("still stores the request and confirms it, logging only Slack's error code", async () => {
    const values = {
      title: { value: { type: "plain_text_input", value: "Geheim plan" } },
      right: { value: { type: "static_select", selected_option: { value: "advice" } } },
      sent_on: { value: { type: "datepicker", selected_date: "2026-11-20" } },
    };
    await closed.interaction(viewSubmission(FOLLOW_SUBMIT, values, JSON.stringify({ channel: CHANNEL, topics: [] })));
    const call = await closed.api.waitFor("chat.postMessage");
    expect(call.body.text).toBe("De raad volgt nu *Geheim plan*. Antwoorddatum: 1 januari 2027.");
    expect(closed.logs.filter((l) => l.includes("schedule_failed"))).toHaveLength(2);
    expect(closed.logs.join("\n")).not.toContain("Geheim plan");
  });
});
