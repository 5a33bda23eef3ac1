import { createHmac } from "node:crypto";
import type { Store } from "@raadswerk/storage";
import { AppError } from "../errors.js";

export type RateLimit = { readonly max: number; readonly windowSeconds: number };

/**
 * Counts a request from `address` against `limit` in the shared database (so every instance sees
 * the same count). The address is hashed with the secret first: no IP address is stored.
 *
 * @throws {AppError} `rate_limited` with a Retry-After header when over the limit
 */
export async function enforceRateLimit(
  store: Store,
  options: { readonly bucket: string; readonly address: string; readonly secret: string; readonly limit: RateLimit; readonly now: Date },
): Promise<void> {
  const key = `${options.bucket}:${createHmac("sha256", options.secret).update(options.address).digest("base64url").slice(0, 32)}`;
  const { hits, resetAt } = await store.rateLimits.hit(key, options.limit.windowSeconds, options.now);
  if (hits > options.limit.max) {
    const retryAfter = Math.max(1, Math.ceil((resetAt.getTime() - options.now.getTime()) / 1000));
    throw new AppError("rate_limited", `rate limit ${options.bucket} exceeded`, { "Retry-After": String(retryAfter) });
  }
}
