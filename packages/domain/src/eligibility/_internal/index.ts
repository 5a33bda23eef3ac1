// Private helpers of the eligibility area (not exported from the barrel).
import { addYears, type CalendarDate } from "../../_lib/calendar-date/index.js";
import type { Candidate } from "../candidate/index.js";
import type { MembershipRules } from "../membership-rules/index.js";

/** How a candidate stands as a client on a given day, under the rules' former-client window. */
export type ClientStanding =
  | { readonly kind: "current" }
  | { readonly kind: "former_recent"; readonly careEndedOn: CalendarDate; readonly until: CalendarDate }
  | { readonly kind: "former_too_long_ago"; readonly careEndedOn: CalendarDate; readonly until: CalendarDate }
  | { readonly kind: "former_without_date" }
  | { readonly kind: "none" };

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

/** Whether the candidate works for the provider today (an end date still ahead counts as now). */
export function worksThereNow(candidate: Candidate, today: CalendarDate): boolean {
  if (candidate.employee === "current") return true;
  return candidate.employee === "former" && candidate.employmentEndedOn !== undefined && candidate.employmentEndedOn > today;
}

/** Whether a member basis limits membership to clients (and possibly those next to them). */
export function basisNeedsClientStatus(rules: MembershipRules): boolean {
  return rules.whoMayJoin !== "anyone_without_conflict";
}
