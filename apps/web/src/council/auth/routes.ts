// Logging in and out, and the guard that keeps every other council page behind a session.
import { councilStore } from "@raadswerk/storage";
import { Hono, type MiddlewareHandler } from "hono";
import { clientAddress } from "../../security/client-address.js";
import { rotateCsrfCookie } from "../../security/csrf.js";
import { enforceRateLimit } from "../../security/rate-limit.js";
import { type AppDeps, httpsOnly } from "../../server.js";
import { html } from "../../views/html.js";
import { type CouncilContext, type CouncilEnv, audit, postedForm, render, seeOther } from "../context.js";
import { councilText } from "../i18n/index.js";
import { button, csrfInput, field, heading1, paragraph, textInput } from "../views.js";
import { dummyHash, verifyPassword } from "./password.js";
import {
  IDLE_MINUTES,
  LOCK_SECONDS,
  MAX_FAILED_LOGINS,
  SESSION_HOURS,
  TOUCH_EVERY_SECONDS,
  clearSessionCookie,
  hashSessionToken,
  newSessionToken,
  readSessionToken,
  setSessionCookie,
} from "./session.js";

/** Login attempts one address may make per window (on top of the per-account lock-out). */
export const LOGIN_RATE = { max: 30, windowSeconds: 600 } as const;

/** Puts the signed-in account on the request, or sends the visitor to the login page. */
export function requireSession(deps: AppDeps): MiddlewareHandler<CouncilEnv> {
  const secure = httpsOnly(deps.settings);
  return async (c, next) => {
    const path = c.req.path;
    if (path === "/raad/inloggen") {
      await next();
      return;
    }
    const token = readSessionToken(c, secure);
    const now = deps.now();
    const db = councilStore(deps.store);
    const session = token === undefined ? undefined : await db.accounts.session(hashSessionToken(token), now, IDLE_MINUTES * 60);
    if (session === undefined) {
      if (token !== undefined) clearSessionCookie(c, secure);
      if (c.req.method !== "GET") return seeOther(c, "/raad/inloggen");
      return c.redirect("/raad/inloggen", 303);
    }
    if (token !== undefined && now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_SECONDS * 1000) await db.accounts.touchSession(hashSessionToken(token), now);
    c.set("account", session.account);
    c.set("sessionTokenHash", token === undefined ? undefined : hashSessionToken(token));
    await next();
    c.header("Cache-Control", "no-store");
  };
}

function loginPage(c: CouncilContext, deps: AppDeps, email: string, failed: boolean, loggedOut: boolean) {
  const locale = c.get("locale");
  const t = councilText(locale);
  return render(
    c,
    deps,
    { title: t.loginTitle, status: failed ? 422 : 200, hasErrors: failed },
    html`${heading1(t.loginTitle)}
${paragraph(t.loginIntro)}
${loggedOut ? html`<p class="rw-notice" role="status">${t.loggedOut}</p>` : ""}
${failed ? html`<div class="rw-summary" role="alert" id="fouten" tabindex="-1"><p class="utrecht-paragraph">${t.loginFailed}</p></div>` : ""}
<form method="post" action="/raad/inloggen" class="rw-card">
${csrfInput(c.get("csrfToken"))}
${field({ name: "email", label: t.email }, textInput("email", email, { type: "email", autocomplete: "username", required: true }))}
${field({ name: "password", label: t.password }, textInput("password", "", { type: "password", autocomplete: "current-password", required: true }))}
${button(t.loginButton)}
</form>`,
  );
}

/** `GET/POST /raad/inloggen` and `POST /raad/uitloggen`. */
export function authRoutes(deps: AppDeps): Hono<CouncilEnv> {
  const app = new Hono<CouncilEnv>();
  const secure = httpsOnly(deps.settings);
  const db = councilStore(deps.store);

  app.get("/raad/inloggen", (c) => loginPage(c, deps, "", false, c.req.query("uit") === "1"));

  app.post("/raad/inloggen", async (c) => {
    const form = await postedForm(c, deps);
    const now = deps.now();
    await enforceRateLimit(deps.store, { bucket: "login", address: clientAddress(c, deps.settings.TRUST_PROXY), secret: deps.settings.SESSION_SECRET, limit: LOGIN_RATE, now });
    const email = (form.email ?? "").trim().toLowerCase().slice(0, 320);
    const password = (form.password ?? "").slice(0, 1000);
    const found = email === "" ? undefined : await db.accounts.byEmail(email);
    // Spend the same time whether or not the address is known.
    const matches = await verifyPassword(password, found?.passwordHash ?? (await dummyHash()));
    if (found === undefined) {
      await audit(c, deps, "login_failed", "account", null);
      return loginPage(c, deps, email, true, false);
    }
    if (found.lockedUntil !== null && found.lockedUntil > now) {
      await audit(c, deps, "login_locked", "account", found.id);
      return loginPage(c, deps, email, true, false);
    }
    if (!matches) {
      const lockedUntil = await db.accounts.recordFailedLogin(found.id, now, MAX_FAILED_LOGINS, LOCK_SECONDS);
      await audit(c, deps, lockedUntil === null ? "login_failed" : "login_locked", "account", found.id);
      return loginPage(c, deps, email, true, false);
    }
    await db.accounts.clearFailedLogins(found.id);
    const token = newSessionToken();
    await db.accounts.createSession(hashSessionToken(token), found.id, now, new Date(now.getTime() + SESSION_HOURS * 3_600_000));
    setSessionCookie(c, token, secure);
    rotateCsrfCookie(c, { secret: deps.settings.SESSION_SECRET, secure });
    c.set("account", found);
    await audit(c, deps, "login", "account", found.id);
    return seeOther(c, "/raad");
  });

  app.post("/raad/uitloggen", async (c) => {
    await postedForm(c, deps);
    const token = readSessionToken(c, secure);
    if (token !== undefined) await db.accounts.deleteSession(hashSessionToken(token));
    await audit(c, deps, "logout", "account", c.get("account")?.id ?? null);
    clearSessionCookie(c, secure);
    return seeOther(c, "/raad/inloggen?uit=1");
  });
  return app;
}
