// Private helpers of the eligibility area (not exported from the barrel).
import { addYears, type CalendarDate } from "../../_lib/calendar-date/index.js";
import { formatCalendarDate } from "../../_lib/date-text/index.js";
import type { Candidate } from "../candidate/index.js";
import type { MembershipRules } from "../membership-rules/index.js";

/**
 * How a candidate stands as a client on a given day, under the rules' former-client window.
 *
 * @example
 * const standing: ClientStanding = { kind: "current" };
 */
export type ClientStanding =
  | { readonly kind: "current" }
  | { readonly kind: "former_recent"; readonly careEndedOn: CalendarDate; readonly until: CalendarDate }
  | { readonly kind: "former_too_long_ago"; readonly careEndedOn: CalendarDate; readonly until: CalendarDate }
  | { readonly kind: "former_without_date" }
  | { readonly kind: "none" };

/**
 * The candidate's {@link ClientStanding} today (care that ends after today counts as current).
 *
 * @example
 * clientStanding({ client: "former", careEndedOn: "2025-01-01" }, commonPracticeRules, "2026-11-23");
 * // { kind: "former_recent", careEndedOn: "2025-01-01", until: "2027-01-01" }
 */
export function clientStanding(candidate: Candidate, rules: MembershipRules, today: CalendarDate): ClientStanding {
  if (candidate.client === "current") return { kind: "current" };
  if (candidate.client !== "former") return { kind: "none" };
  const years = rules.coolingOff.formerClientYears;
  // With no window, former clients simply are not clients any more: the end date does not matter.
  if (years === 0) return { kind: "none" };
  const careEndedOn = candidate.careEndedOn;
  if (careEndedOn === undefined) return { kind: "former_without_date" };
  // An end date still ahead means the care is still running today.
  if (careEndedOn > today) return { kind: "current" };
  const until = addYears(careEndedOn, years);
  return today <= until ? { kind: "former_recent", careEndedOn, until } : { kind: "former_too_long_ago", careEndedOn, until };
}

/**
 * Whether the candidate works for the provider today (an end date still ahead counts as now).
 *
 * @example
 * worksThereNow({ employee: "former", employmentEndedOn: "2027-01-01" }, "2026-11-23"); // true
 */
export function worksThereNow(candidate: Candidate, today: CalendarDate): boolean {
  if (candidate.employee === "current") return true;
  return candidate.employee === "former" && candidate.employmentEndedOn !== undefined && candidate.employmentEndedOn > today;
}

/**
 * Whether the rules limit membership to clients (and possibly those next to them).
 *
 * @example
 * basisNeedsClientStatus(commonPracticeRules); // false
 */
export function basisNeedsClientStatus(rules: MembershipRules): boolean {
  return rules.whoMayJoin !== "anyone_without_conflict";
}

/**
 * A `YYYY-MM-DD` parameter as people read it.
 *
 * @example
 * formatDate("2025-12-31", "nl"); // "31 december 2025"
 */
export const formatDate = (value: unknown, locale: "nl" | "en"): string => (typeof value === "string" ? formatCalendarDate(value, locale) : "");

/**
 * A message parameter as text.
 *
 * @example
 * text(3); // "3"
 */
export function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(text).join(", ");
  return "";
}

/**
 * A list in running text.
 *
 * @example
 * joinList(["a", "b", "c"], "nl"); // "a, b en c"
 */
export function joinList(items: readonly string[], locale: "nl" | "en"): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1] ?? "";
  return `${items.slice(0, -1).join(", ")} ${locale === "nl" ? "en" : "and"} ${last}`;
}
