import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInNetherlands } from "@raadswerk/domain/calendar";
import { CHANNEL, sign, SIGNING_SECRET, slashCommandBody } from "./harness.js";
import { homeOpened, viewSubmission } from "./payloads.js";
import { startSlackApi, type SlackApi } from "./slack-api.js";

const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));
let api: SlackApi;
let dataDir: string;

type Started = { child: ChildProcess; port: number; lines: string[] };

/**
 * The server signs and checks request times with the system clock, like the test that signs them:
 * under the shifted-clock runs (libfaketime) the child must see the same shifted clock.
 */
function sameClock(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => (e[0] === "LD_PRELOAD" || e[0].startsWith("FAKETIME")) && e[1] !== undefined));
}

/** Starts `src/main.ts` as the server would run, configured only through the environment. */
function startMain(): Promise<Started> {
  const child = spawn(process.execPath, ["--conditions=@raadswerk/source", "--import", "tsx", MAIN], {
    env: { PATH: process.env.PATH, ...sameClock(), SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: "xoxb-test", PORT: "0", DATA_DIR: dataDir, SLACK_API_URL: api.url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`main exited with ${code}: ${lines.join("\n")}`)));
    child.stderr?.on("data", (chunk: Buffer) => lines.push(chunk.toString()));
    child.stdout?.on("data", (chunk: Buffer) => {
      lines.push(chunk.toString());
      const match = /listening port=(\d+)/.exec(chunk.toString());
      if (match !== null) resolve({ child, port: Number(match[1]), lines });
    });
  });
}

function stop(started: Started): Promise<void> {
  return new Promise((resolve) => {
    started.child.removeAllListeners("exit");
    started.child.once("exit", () => resolve());
    started.child.kill("SIGTERM");
  });
}

async function post(port: number, body: string, contentType = "application/x-www-form-urlencoded", secret = SIGNING_SECRET): Promise<number> {
  const ts = Math.floor(Date.now() / 1000);
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: "POST",
    headers: { "content-type": contentType, "x-slack-request-timestamp": String(ts), "x-slack-signature": sign(body, ts, secret) },
    body,
  });
  await response.text();
  return response.status;
}

beforeAll(async () => {
  api = await startSlackApi();
  dataDir = mkdtempSync(join(tmpdir(), "raadswerk-slack-"));
});
afterAll(async () => {
  await api.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the server started from the environment", () => {
  it("verifies requests and answers through the Web API it is given", async () => {
    const started = await startMain();
    try {
      expect(await post(started.port, slashCommandBody("help"), undefined, "wrong")).toBe(401);
      expect(await post(started.port, slashCommandBody("help", {}, api.responseUrl("main-1")))).toBe(200);
      await api.waitFor("response_url", (c) => c.path.endsWith("/main-1"));
    } finally {
      await stop(started);
    }
  }, 120_000);

  it("keeps followed requests in its database across a restart", async () => {
    const first = await startMain();
    const values = {
      title: { value: { type: "plain_text_input", value: "Bewaard verzoek" } },
      right: { value: { type: "static_select", selected_option: { value: "advice" } } },
      sent_on: { value: { type: "datepicker", selected_date: todayInNetherlands(new Date()) } },
    };
    try {
      const body = new URLSearchParams({ payload: JSON.stringify(viewSubmission("follow_submit", values, JSON.stringify({ channel: CHANNEL, topics: [] }))) }).toString();
      expect(await post(first.port, body)).toBe(200);
      await api.waitFor("chat.postMessage", (c) => String(c.body.text).includes("Bewaard verzoek"));
    } finally {
      await stop(first);
    }
    const second = await startMain();
    try {
      expect(await post(second.port, homeOpened("U0RESTART"), "application/json")).toBe(200);
      const call = await api.waitFor("views.publish", (c) => c.body.user_id === "U0RESTART");
      expect(JSON.stringify(call.body.view)).toContain("Bewaard verzoek");
    } finally {
      await stop(second);
    }
  }, 180_000);
});
