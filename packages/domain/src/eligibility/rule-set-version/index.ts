import type { MembershipRules } from "../membership-rules/index.js";

/**
 * Version of the eligibility rules in this package. Raise it whenever a rule's outcome changes
 * (and say which in the changeset), so a stored verdict can be traced to the rules that gave it.
 */
export const ELIGIBILITY_RULES_VERSION = "eligibility/2026.1";

/**
 * Which rules gave an eligibility verdict: {@link ELIGIBILITY_RULES_VERSION} plus a fingerprint of
 * the organisation's own membership rules. Store it with every verdict; the same rules always give
 * the same fingerprint, whatever the order of their keys.
 *
 * @example
 * eligibilityRuleSetVersion(commonPracticeRules); // "eligibility/2026.1+rules.ff7b90c1"
 */
export function eligibilityRuleSetVersion(rules: MembershipRules): string {
  return `${ELIGIBILITY_RULES_VERSION}+rules.${fnv1a(canonical(rules))}`;
}

/** JSON with sorted keys (undefined values left out, as JSON does). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits: a fingerprint, not a security hash. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
