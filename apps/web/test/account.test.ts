// Accounts: a new CSRF cookie at login, idle timeout, logging out everywhere, changing the password,
// and Secure cookies and HSTS that follow an https PUBLIC_ORIGIN. Time only through the injected clock.
import { IN_MEMORY, type Store, openStore } from "@raadswerk/storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDLE_MINUTES } from "../src/council/auth/session.js";
import { memoryLogger } from "../src/log.js";
import { type AppSettings, createApp, listen } from "../src/server.js";
import { PASSWORD, TODAY, client, seedCouncil, settings } from "./council-helpers.js";

let store: Store;
let clock = new Date(`${TODAY}T10:00:00Z`);
const servers: { close(): Promise<void> }[] = [];

async function start(overrides: Partial<AppSettings> = {}): Promise<string> {
  const app = createApp({ store, settings: { ...settings, ...overrides }, log: memoryLogger(), now: () => clock });
  const server = await listen(app, { port: 0, hostname: "127.0.0.1" });
  servers.push(server);
  return server.url;
}

let url = "";
beforeAll(async () => {
  store = await openStore({ dataDir: IN_MEMORY });
  url = await start();
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await store.close();
});

describe("accounts", () => {
  it("gives a new CSRF cookie at login, so a token from before the login no longer works", async () => {
    const { email, council } = await seedCouncil(store);
    const browser = client(url);
    const before = (await browser.page("/raad/inloggen")).text;
    const oldToken = /name="_csrf" value="([^"]+)"/.exec(before)?.[1] ?? "";
    const oldCookie = browser.jar.get("rw_csrf");
    await browser.post("/raad/inloggen", { email, password: PASSWORD });
    const newCookie = browser.jar.get("rw_csrf");
    const replay = await browser.post(`/raad/raden/${council.id}/leden`, { _csrf: oldToken, name: "Piet", role: "chair", startedOn: "2024-01-01", termNumber: "1" }, { csrf: false });
    expect({ rotated: oldCookie !== undefined && newCookie !== undefined && oldCookie !== newCookie, replay: replay.status }).toEqual({ rotated: true, replay: 403 });
  });

  it("ends a session left idle for the idle timeout, and keeps one in use", async () => {
    const { email } = await seedCouncil(store);
    clock = new Date(`${TODAY}T10:00:00Z`);
    const browser = client(url);
    await browser.login(email);
    clock = new Date(clock.getTime() + (IDLE_MINUTES - 1) * 60_000);
    const inUse = (await browser.page("/raad")).status;
    clock = new Date(clock.getTime() + (IDLE_MINUTES - 1) * 60_000);
    const stillInUse = (await browser.page("/raad")).status;
    clock = new Date(clock.getTime() + IDLE_MINUTES * 60_000);
    const idle = await browser.page("/raad");
    clock = new Date(`${TODAY}T10:00:00Z`);
    expect({ inUse, stillInUse, idle: idle.status, to: idle.location }).toEqual({ inUse: 200, stillInUse: 200, idle: 303, to: "/raad/inloggen" });
  });

  it("logs out on every device", async () => {
    const { email } = await seedCouncil(store);
    const [laptop, phone] = [client(url), client(url)];
    await laptop.login(email);
    await phone.login(email);
    await laptop.page("/raad/account");
    const out = await laptop.post("/raad/account/overal-uitloggen", {});
    expect({ out: out.status, laptop: (await laptop.page("/raad")).status, phone: (await phone.page("/raad")).status }).toEqual({ out: 303, laptop: 303, phone: 303 });
  });

  it("changes the password: refuses a wrong current one, then ends the other sessions and keeps this one", async () => {
    const { email } = await seedCouncil(store);
    const [laptop, phone] = [client(url), client(url)];
    await laptop.login(email);
    await phone.login(email);
    await laptop.page("/raad/account");
    const wrong = await laptop.post("/raad/account/wachtwoord", { current: "niet mijn wachtwoord", next: "een nieuwe lange zin hier", repeat: "een nieuwe lange zin hier" });
    const changed = await laptop.post("/raad/account/wachtwoord", { current: PASSWORD, next: "een nieuwe lange zin hier", repeat: "een nieuwe lange zin hier" });
    expect({
      wrong: wrong.status,
      wrongText: wrong.text.includes("Dit is niet uw huidige wachtwoord."),
      changed: changed.status,
      laptop: (await laptop.page("/raad")).status,
      phone: (await phone.page("/raad")).status,
      oldPassword: (await client(url).login(email)).status,
      newPassword: (await client(url).login(email, "een nieuwe lange zin hier")).status,
    }).toEqual({ wrong: 422, wrongText: true, changed: 303, laptop: 200, phone: 303, oldPassword: 422, newPassword: 303 });
  });

  it("marks cookies Secure and sends HSTS when PUBLIC_ORIGIN is https, whatever NODE_ENV says", async () => {
    const httpsUrl = await start({ PUBLIC_ORIGIN: "https://raad.example.nl", NODE_ENV: "test" });
    const httpUrl = await start({ PUBLIC_ORIGIN: "http://raad.example.nl", NODE_ENV: "production" });
    const [secured, plain] = await Promise.all([fetch(`${httpsUrl}/raad/inloggen`), fetch(`${httpUrl}/raad/inloggen`)]);
    const csrf = (response: Response) => response.headers.getSetCookie().find((line) => line.startsWith("rw_csrf=")) ?? "";
    expect({
      httpsHsts: secured.headers.get("strict-transport-security"),
      httpsSecure: /;\s*Secure/i.test(csrf(secured)),
      httpHsts: plain.headers.get("strict-transport-security"),
      httpSecure: /;\s*Secure/i.test(csrf(plain)),
    }).toEqual({ httpsHsts: "max-age=31536000; includeSubDomains", httpsSecure: true, httpHsts: null, httpSecure: false });
  });

  it("puts the session in a Secure __Host- cookie behind https", async () => {
    const httpsUrl = await start({ PUBLIC_ORIGIN: "https://raad.example.nl" });
    const { email } = await seedCouncil(store);
    const browser = client(httpsUrl);
    const login = await browser.login(email);
    expect({ login: login.status, cookie: browser.jar.has("__Host-rw_session"), page: (await browser.page("/raad")).status }).toEqual({ login: 303, cookie: true, page: 200 });
  });
});
