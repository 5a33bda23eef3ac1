import { request } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { EVENTS_PATH, MAX_BODY_BYTES } from "../src/app.js";
import { LID_SUBMIT } from "../src/commands/lid.js";
import { FOLLOW_OPEN } from "../src/reminders/index.js";
import { WMCZ_CHECK_CALLBACK } from "../src/shortcuts/wmcz-check.js";
import { CHANNEL, interactionBody, SIGNING_SECRET, sign, slashCommandBody, startTestApp, USER_EN, type TestApp } from "./harness.js";
import { buttonClick, homeOpened, messageShortcut, viewSubmission } from "./payloads.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({});
});
afterAll(async () => {
  await app.close();
});
afterEach(() => {
  expect(app.api.problems).toEqual([]);
  app.api.reset();
  app.logs.length = 0;
});

/**
 * Posts to the events path over a raw connection: declares `declared` bytes (or sends chunks without
 * a length) and writes `send` bytes, then reports the status and how long the answer took. A server
 * that waits for the whole declared body would not answer before the timeout.
 */
function rawPost(url: string, options: { declared?: number; send: number; timestamp: number }): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const target = new URL(EVENTS_PATH, url);
    const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": String(options.timestamp), "x-slack-signature": "v0=00" };
    if (options.declared !== undefined) headers["content-length"] = String(options.declared);
    const req = request({ host: target.hostname, port: target.port, path: target.pathname, method: "POST", headers, timeout: 5_000 }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, ms: performance.now() - started });
      req.destroy();
    });
    req.on("timeout", () => reject(new Error("no answer within 5 s")));
    req.on("error", (error) => {
      if (!req.destroyed) reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < options.send) {
        const piece = chunk.subarray(0, Math.min(chunk.length, options.send - sent));
        sent += piece.length;
        if (!req.write(piece)) {
          req.once("drain", pump);
          return;
        }
      }
    };
    pump();
  });
}

describe("request size", () => {
  it("refuses a declared body over the cap with 413 before reading it", async () => {
    const response = await rawPost(app.url, { declared: 48 * 1024 * 1024, send: 1024, timestamp: Math.floor(Date.now() / 1000) });
    expect(response.status).toBe(413);
  });

  it("stops reading a body sent in chunks without a length once it passes the cap (413)", async () => {
    const response = await rawPost(app.url, { send: 4 * MAX_BODY_BYTES, timestamp: Math.floor(Date.now() / 1000) });
    expect(response.status).toBe(413);
  });

  it("still acknowledges a signed command after refusing large bodies", async () => {
    expect((await app.command("help")).status).toBe(200);
  });
});

describe("signed requests", () => {
  it("acknowledges a correctly signed slash command with 200", async () => {
    const response = await app.command("help");
    expect(response.status).toBe(200);
  });

  it("refuses a request signed with another secret with 401", async () => {
    const response = await app.send(slashCommandBody("help"), { secret: "not-the-secret" });
    expect(response.status).toBe(401);
  });

  it("refuses a request without a signature with 401", async () => {
    const response = await app.send(slashCommandBody("help"), { signature: null });
    expect(response.status).toBe(401);
  });

  it("refuses a request without a timestamp with 401", async () => {
    const response = await app.send(slashCommandBody("help"), { timestamp: null });
    expect(response.status).toBe(401);
  });

  it("refuses a correctly signed request older than five minutes with 401", async () => {
    const response = await app.send(slashCommandBody("help"), { skewSeconds: -310 });
    expect(response.status).toBe(401);
  });

  it("refuses a correctly signed request more than five minutes in the future with 401", async () => {
    const response = await app.send(slashCommandBody("help"), { skewSeconds: 310 });
    expect(response.status).toBe(401);
  });

  it("refuses a body changed after signing with 401", async () => {
    const ts = Math.floor(Date.now() / 1000);
    const signature = sign(slashCommandBody("help"), ts, SIGNING_SECRET);
    const response = await app.send(slashCommandBody("recht geheime tekst van een cliënt"), { signature, timestamp: String(ts) });
    expect(response.status).toBe(401);
  });

  it("accepts a correctly signed request four minutes old", async () => {
    const response = await app.send(slashCommandBody("help"), { skewSeconds: -240 });
    expect(response.status).toBe(200);
  });

  it.each([
    ["a button click", interactionBody(buttonClick(FOLLOW_OPEN, "{}"))],
    ["a modal submission", interactionBody(viewSubmission(LID_SUBMIT, {}))],
    ["a message shortcut", interactionBody(messageShortcut(WMCZ_CHECK_CALLBACK, "huisregels"))],
  ])("refuses %s signed with another secret with 401", async (_kind, body) => {
    const response = await app.send(body, { secret: "not-the-secret" });
    expect(response.status).toBe(401);
  });

  it("refuses an event signed with another secret with 401", async () => {
    const response = await app.send(homeOpened(), { secret: "not-the-secret", contentType: "application/json" });
    expect(response.status).toBe(401);
  });

  it("answers Slack's URL verification when signed", async () => {
    const response = await app.send(JSON.stringify({ type: "url_verification", challenge: "abc123", token: "x" }), { contentType: "application/json" });
    expect(JSON.parse(response.text)).toEqual({ challenge: "abc123" });
  });

  it("logs a rejected request without anything the user typed", async () => {
    await app.send(slashCommandBody("recht mevrouw Jansen uit kamer 12", { user_id: "U0SECRET" }), { secret: "wrong" });
    const log = app.logs.join("\n");
    expect(log).toContain("request_rejected status=401");
    expect(log).not.toMatch(/Jansen|kamer|U0SECRET|C0RAAD/);
  });

  it("calls no Web API method for a rejected request", async () => {
    await app.send(slashCommandBody("help"), { secret: "wrong" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(app.api.calls).toEqual([]);
  });
});

describe("/raad help", () => {
  it("acknowledges with an empty body", async () => {
    const response = await app.command("help");
    expect(response.text).toBe("");
  });

  it("answers through the response_url, only to the user", async () => {
    await app.command("help", { response_id: "help-1" });
    const call = await app.api.waitFor("response_url", (c) => c.path.endsWith("/help-1"));
    expect(call.body.response_type).toBe("ephemeral");
    expect(call.body.text).toBe("Zo gebruik je de raadsassistent");
  });

  it("lists every subcommand with an example", async () => {
    await app.command("help", { response_id: "help-2" });
    const call = await app.api.waitFor("response_url", (c) => c.path.endsWith("/help-2"));
    const text = JSON.stringify(call.body.blocks);
    for (const name of ["recht", "termijn", "lid", "training", "aftreden", "help"]) expect(text).toContain(`/raad ${name}`);
  });

  it("answers in English when the user's Slack locale is English", async () => {
    await app.command("help", { response_id: "help-en", user_id: USER_EN });
    const call = await app.api.waitFor("response_url", (c) => c.path.endsWith("/help-en"));
    expect(call.body.text).toBe("How to use the council assistant");
  });

  it("asks Slack for the user's locale with include_locale", async () => {
    await app.command("help", { response_id: "help-loc", user_id: "U0FRESH" });
    const call = await app.api.waitFor("users.info", (c) => c.body.user === "U0FRESH");
    expect(call.body.include_locale).toBe("true");
  });
});

describe("unknown and malformed commands", () => {
  it("suggests the nearest subcommand for a typo", async () => {
    await app.command("trianing", { response_id: "typo" });
    const call = await app.api.waitFor("response_url", (c) => c.path.endsWith("/typo"));
    expect(call.body.text).toBe("Het woord `trianing` ken ik niet. Typ `/raad help` voor de lijst. Bedoel je `/raad training`?");
  });

  it("explains how to use the command when it is empty", async () => {
    await app.command("", { response_id: "empty" });
    const call = await app.api.waitFor("response_url", (c) => c.path.endsWith("/empty"));
    expect(call.body.text).toBe("Typ na `/raad` wat je wilt weten. Hieronder staat hoe.");
  });

  it("escapes what the user typed so it cannot mention the channel", async () => {
    await app.command("<!channel>&co", { response_id: "escape" });
    const call = await app.api.waitFor("response_url", (c) => c.path.endsWith("/escape"));
    expect(call.body.text).toContain("&lt;!channel&gt;&amp;co");
    expect(JSON.stringify(call.body)).not.toContain("<!channel>");
  });

  it("posts into no channel for an ephemeral answer", async () => {
    await app.command("help", { response_id: "quiet" });
    await app.api.waitFor("response_url", (c) => c.path.endsWith("/quiet"));
    expect(app.api.callsTo("chat.postMessage").filter((c) => c.body.channel === CHANNEL)).toEqual([]);
  });
});

describe("other requests", () => {
  it("answers the health check", async () => {
    const response = await fetch(app.url.replace("/slack/events", "/healthz"));
    expect(response.status).toBe(200);
  });
});

describe("acknowledging first", () => {
  let slow: TestApp;
  beforeAll(async () => {
    slow = await startTestApp({ api: { delays: { "users.info": 400 } } });
  });
  afterAll(async () => {
    await slow.close();
  });

  it("acknowledges a command before the slow work behind the answer has finished", async () => {
    const response = await slow.command("help", { response_id: "slow-1" });
    expect([response.status, slow.api.callsTo("response_url")]).toEqual([200, []]);
    await slow.api.waitFor("response_url", (c) => c.path.endsWith("/slow-1"));
  });

  it("acknowledges a button click before the modal it opens", async () => {
    const response = await slow.interaction(buttonClick(FOLLOW_OPEN, JSON.stringify({ right: "advice" }), { trigger: "t-slow", user: "U0SLOW" }));
    expect([response.status, slow.api.callsTo("views.open")]).toEqual([200, []]);
    await slow.api.waitFor("views.open", (c) => c.body.trigger_id === "t-slow");
  });
});
