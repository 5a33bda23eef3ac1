import type { Sql } from "../driver/index.js";

/** The result of counting one request against a limit. */
export type RateLimitHit = {
  /** Requests counted for this key in the current window, this one included. */
  readonly hits: number;
  /** When the current window ends (when to retry). */
  readonly resetAt: Date;
};

export const rateLimitReads = {};

export const rateLimitWrites = {
  /**
   * Counts one request for `key` in a fixed window of `windowSeconds` that contains `now`. Shared by
   * every instance on the same database. `key` must not be personal data (hash an address first).
   */
  async hit(sql: Sql, key: string, windowSeconds: number, now: Date): Promise<RateLimitHit> {
    const windowMs = windowSeconds * 1000;
    const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    const end = new Date(start.getTime() + windowMs);
    const rows = await sql.query<{ hits: number }>(
      `INSERT INTO rate_limits (key, window_start, window_end, hits) VALUES ($1, $2, $3, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
       RETURNING hits`,
      [key, start, end],
    );
    const hits = rows[0]?.hits ?? 1;
    // A fresh window: clear this key's finished ones so the table stays small.
    if (hits === 1) await sql.query("DELETE FROM rate_limits WHERE key = $1 AND window_end <= $2", [key, start]);
    return { hits, resetAt: end };
  },
  /** Deletes every window that ended before `before`. @returns how many were deleted */
  async prune(sql: Sql, before: Date): Promise<number> {
    return (await sql.query("DELETE FROM rate_limits WHERE window_end < $1 RETURNING key", [before])).length;
  },
};
