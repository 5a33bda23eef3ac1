// The client's address for rate limits and lock-outs. Behind proxies, X-Forwarded-For is a list:
// the client may write anything at its left; each proxy appends the address it received the request
// from. Only the entries our own proxies appended can be trusted, so with N trusted proxies the
// client is the N-th entry from the right, never the first.
import { isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The address the outermost of `trustedHops` proxies saw, from the X-Forwarded-For values (several
 * headers count as one list, in order). When the list is shorter than `trustedHops`, every entry was
 * written by a trusted proxy and the leftmost is the client.
 *
 * @returns the address, or undefined when there is no usable entry (the socket's address is used then)
 *
 * @example
 * forwardedClient("6.6.6.6, 203.0.113.7", 1); // "203.0.113.7": the client wrote 6.6.6.6 itself
 * forwardedClient("6.6.6.6, 203.0.113.7, 10.0.0.2", 2); // "203.0.113.7"
 */
export function forwardedClient(values: readonly string[], trustedHops: number): string | undefined {
  if (trustedHops < 1) return undefined;
  const entries = values
    .flatMap((value) => value.split(","))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) return undefined;
  const entry = entries[Math.max(0, entries.length - trustedHops)] ?? "";
  return isIP(entry) === 0 ? undefined : entry;
}

/**
 * The client's address: from X-Forwarded-For when `trustedHops` proxies of our own stand in front
 * (`TRUST_PROXY`), otherwise the connection's address.
 */
export function clientAddress(c: Context, trustedHops: number): string {
  if (trustedHops > 0) {
    const values = c.req.raw.headers.get("x-forwarded-for");
    const forwarded = values === null ? undefined : forwardedClient([values], trustedHops);
    if (forwarded !== undefined) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
