// Helpers for the council tests: an app on a given store with a fixed clock, and a browser-like client with cookies.
import type { CalendarDate } from "@raadswerk/domain/calendar";
import { commonPracticeRules } from "@raadswerk/domain/eligibility";
import { type Store, councilStore } from "@raadswerk/storage";
import { hashPassword } from "../src/council/auth/password.js";
import { memoryLogger } from "../src/log.js";
import { type AppSettings, createApp, listen } from "../src/server.js";

export const settings: AppSettings = {
  SESSION_SECRET: "s".repeat(40),
  PUBLIC_ORIGIN: undefined,
  TRUST_PROXY: false,
  APPLY_RATE_LIMIT: 100,
  APPLY_RATE_WINDOW_SECONDS: 60,
  NODE_ENV: "test",
  RETENTION_DAYS: 30,
};

export const PASSWORD = "een lange zin als wachtwoord";
export const TODAY = "2026-11-23" as CalendarDate;

/** Starts the whole app on `store` with today fixed. */
export async function startApp(store: Store, today: CalendarDate = TODAY) {
  const log = memoryLogger();
  const app = createApp({ store, settings, log, today: () => today, now: () => new Date(`${today}T10:00:00Z`) });
  const server = await listen(app, { port: 0, hostname: "127.0.0.1" });
  return { ...server, log };
}

let counter = 0;

/** An organisation with a council, a vacancy, an account and a fresh email address. */
export async function seedCouncil(store: Store) {
  counter += 1;
  const organisation = await store.organisations.create({ slug: `zorg-${counter}-${Date.now()}`, name: "Zorggroep Test", membershipRules: commonPracticeRules });
  const council = await store.councils.create({ organisationId: organisation.id, slug: `raad-${counter}-${Date.now()}`, name: "Centrale cliëntenraad", kind: "central" });
  const vacancy = await store.vacancies.create({ councilId: council.id, slug: `lid-${counter}-${Date.now()}`, role: "member", title: "Lid centrale raad", publishedOn: "2026-11-01" });
  const email = `secretaris${counter}-${Date.now()}@example.org`;
  const account = await councilStore(store).accounts.create({ email, name: "Sam Secretaris", organisationId: organisation.id, passwordHash: await hashPassword(PASSWORD, { logN: 10, r: 8, p: 1 }) });
  return { organisation, council, vacancy, email, account };
}

/** A stored application as the public side makes it. */
export function applicationFor(vacancyId: string, name = "Ans de Vries", createdDay = "2026-11-01") {
  return {
    vacancyId,
    outcome: "eligible" as const,
    reasons: [],
    ruleSetVersion: "eligibility@test",
    answers: { isClient: "yes" },
    name,
    email: "ans.devries@example.org",
    phone: "06 12345678",
    motivation: "Ik wil meepraten over de zorg.",
    consentedAt: new Date(`${createdDay}T09:00:00Z`),
  };
}

/** A client that keeps cookies like a browser and reads CSRF tokens from pages. */
export function client(base: string) {
  const jar = new Map<string, string>();
  let csrf = "";
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...rest] = (pair ?? "").split("=");
      if (name === undefined) continue;
      if (/max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name.trim());
      else jar.set(name.trim(), rest.join("="));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const self = {
    jar,
    async get(path: string): Promise<Response> {
      const response = await fetch(`${base}${path}`, { headers: { cookie: cookie() }, redirect: "manual" });
      remember(response);
      return response;
    },
    async page(path: string): Promise<{ status: number; text: string; location: string | null }> {
      const response = await self.get(path);
      const text = await response.text();
      const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
      if (token !== undefined) csrf = token;
      return { status: response.status, text, location: response.headers.get("location") };
    },
    async post(path: string, fields: Record<string, string>, options: { csrf?: boolean } = {}): Promise<{ status: number; text: string; location: string | null }> {
      const body = new URLSearchParams({ ...(options.csrf === false ? {} : { _csrf: csrf }), ...fields });
      const response = await fetch(`${base}${path}`, { method: "POST", body, headers: { cookie: cookie(), "content-type": "application/x-www-form-urlencoded" }, redirect: "manual" });
      remember(response);
      const text = await response.text();
      const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
      if (token !== undefined) csrf = token;
      return { status: response.status, text, location: response.headers.get("location") };
    },
    async login(email: string, password = PASSWORD) {
      await self.page("/raad/inloggen");
      return self.post("/raad/inloggen", { email, password });
    },
  };
  return self;
}

/**
 * Dates an application's creation and status change on `day` (the app's fixed today). The storage
 * package still stamps them with the database's now(); main is changing every write to take an
 * injected `now`, after which this test-only helper can go.
 */
export async function pinApplicationTo(store: Store, id: string, day: string = TODAY): Promise<void> {
  await store.sql.query("UPDATE applications SET created_at = $2, status_changed_at = $2 WHERE id = $1", [id, new Date(`${day}T09:00:00Z`)]);
}
