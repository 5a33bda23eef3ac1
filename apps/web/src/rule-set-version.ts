import { createHash } from "node:crypto";
import { createRequire } from "node:module";

const domainVersion = (createRequire(import.meta.url)("@raadswerk/domain/package.json") as { version: string }).version;

/**
 * Which rules gave an outcome: the domain package's version and a fingerprint of the
 * organisation's membership rules. Stored with every application so a verdict can be traced.
 *
 * @example
 * ruleSetVersion(rules); // "domain@0.1.0+rules.3f9a1c2b"
 */
export function ruleSetVersion(rules: unknown): string {
  const fingerprint = createHash("sha256").update(canonical(rules)).digest("hex").slice(0, 8);
  return `domain@${domainVersion}+rules.${fingerprint}`;
}

/** JSON with sorted keys, so the same rules always give the same fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
