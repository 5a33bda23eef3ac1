import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { AppError } from "../errors.js";

/** Name of the hidden form field that carries the token. */
export const CSRF_FIELD = "_csrf";
const COOKIE = "rw_csrf";

const sign = (secret: string, value: string): string => createHmac("sha256", secret).update(`csrf:${value}`).digest("base64url");

/**
 * Gives every visitor a random cookie and every form a token derived from it with the server's
 * secret (signed double submit): stateless, so any instance can check it.
 */
export function csrfCookie(options: { secret: string; secure: boolean }): MiddlewareHandler<{ Variables: { csrfToken: string } }> {
  return async (c, next) => {
    let value = getCookie(c, COOKIE);
    if (value === undefined || !/^[A-Za-z0-9_-]{32,64}$/.test(value)) {
      value = randomBytes(32).toString("base64url");
      setCookie(c, COOKIE, value, { httpOnly: true, sameSite: "Lax", path: "/", secure: options.secure });
    }
    c.set("csrfToken", sign(options.secret, value));
    await next();
  };
}

/**
 * Gives the visitor a new CSRF cookie (at login): a token someone learned before the login (on a
 * shared computer, from a page left open) no longer works after it. Forms rendered in this
 * response use the new token.
 */
export function rotateCsrfCookie(c: Context, options: { secret: string; secure: boolean }): void {
  const value = randomBytes(32).toString("base64url");
  setCookie(c, COOKIE, value, { httpOnly: true, sameSite: "Lax", path: "/", secure: options.secure });
  c.set("csrfToken", sign(options.secret, value));
}

/**
 * Checks a posted form: the token must match the visitor's cookie and, when the browser says where
 * the form came from, that origin must be ours.
 *
 * @throws {AppError} `csrf` when the token or origin is wrong
 */
export function verifyCsrf(c: Context, form: Readonly<Record<string, unknown>>, options: { secret: string; publicOrigin?: string | undefined }): void {
  const origin = c.req.header("origin");
  if (origin !== undefined && origin !== "null") {
    const expected = options.publicOrigin ?? new URL(c.req.url).origin;
    if (origin !== expected) throw new AppError("csrf", "form posted from another origin");
  }
  const cookie = getCookie(c, COOKIE);
  const token = form[CSRF_FIELD];
  if (cookie === undefined || typeof token !== "string") throw new AppError("csrf", "form without csrf cookie or token");
  const expected = Buffer.from(sign(options.secret, cookie));
  const given = Buffer.from(token);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new AppError("csrf", "csrf token mismatch");
}
