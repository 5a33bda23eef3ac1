// Sessions: a random token in a HttpOnly, SameSite=Strict cookie; only its SHA-256 is stored.
import { createHash, randomBytes } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

/** How long a session lasts after logging in (hours): one working day. */
export const SESSION_HOURS = 8;
/** A session not used for this long (minutes) ends: a computer left open is not left signed in. */
export const IDLE_MINUTES = 30;
/** How often (seconds) a session's last use is written: not on every request. */
export const TOUCH_EVERY_SECONDS = 60;
/** Failed logins in a row that lock an account. */
export const MAX_FAILED_LOGINS = 5;
/** How long a locked account stays locked (seconds). */
export const LOCK_SECONDS = 15 * 60;

/** The cookie's name: with Secure, the `__Host-` prefix also pins it to this host and path `/`. */
export const sessionCookieName = (secure: boolean): string => (secure ? "__Host-rw_session" : "rw_session");

/** A new random session token (256 bits). */
export const newSessionToken = (): string => randomBytes(32).toString("base64url");

/** What the database keeps of a token. */
export const hashSessionToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** The session token sent by the browser, if it looks like one of ours. */
export function readSessionToken(c: Context, secure: boolean): string | undefined {
  const value = getCookie(c, sessionCookieName(secure));
  return value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

export function setSessionCookie(c: Context, token: string, secure: boolean): void {
  setCookie(c, sessionCookieName(secure), token, { httpOnly: true, secure, sameSite: "Strict", path: "/", maxAge: SESSION_HOURS * 3600 });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, sessionCookieName(secure), { path: "/", secure, httpOnly: true, sameSite: "Strict" });
}
