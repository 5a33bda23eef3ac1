// Formatting of parameters inside messages: dates as people write them, roles and states in words.
import { formatCalendarDate } from "../../_lib/date-text/index.js";
import type { Locale, MessageParams } from "../../_lib/messages/index.js";

/**
 * `2028-02-29` → "29 februari 2028" / "29 February 2028"; anything else is returned as given.
 *
 * @example
 * formatDate("2028-02-29", "nl"); // "29 februari 2028"
 */
export const formatDate = (value: unknown, locale: Locale): string => formatCalendarDate(value, locale);

/**
 * Words for the member roles.
 *
 * @example
 * roleLabels.nl.vice_chair; // "vicevoorzitter"
 */
export const roleLabels = {
  nl: { chair: "voorzitter", vice_chair: "vicevoorzitter", secretary: "secretaris", treasurer: "penningmeester", member: "lid", aspirant: "aspirant-lid" },
  en: { chair: "chair", vice_chair: "vice-chair", secretary: "secretary", treasurer: "treasurer", member: "member", aspirant: "aspirant member" },
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * Words for the pipeline states.
 *
 * @example
 * pipelineStateLabels.nl.introduction; // "kennismakingsgesprek"
 */
export const pipelineStateLabels = {
  nl: {
    registered: "aangemeld",
    introduction: "kennismakingsgesprek",
    eligibility_checked: "toets op wie lid mag worden gedaan",
    proposed: "voorgedragen",
    appointed: "benoemd",
    onboarding: "aan het inwerken",
    active: "actief lid",
    withdrawn: "teruggetrokken",
    rejected: "niet gekozen",
  },
  en: {
    registered: "registered",
    introduction: "introduction talk",
    eligibility_checked: "eligibility checked",
    proposed: "proposed",
    appointed: "appointed",
    onboarding: "onboarding",
    active: "active member",
    withdrawn: "withdrawn",
    rejected: "not chosen",
  },
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * Words for the reasons a candidate leaves the pipeline.
 *
 * @example
 * pipelineReasonLabels.en.time_commitment; // "it takes too much time"
 */
export const pipelineReasonLabels = {
  nl: {
    time_commitment: "het kost te veel tijd",
    personal_circumstances: "persoonlijke redenen",
    no_longer_interested: "geen interesse meer",
    no_response: "geen reactie meer",
    not_eligible: "mag volgens de regeling geen lid worden",
    council_full: "de raad is vol",
    profile_mismatch: "past niet bij wat de raad zoekt",
    not_appointed_by_provider: "niet benoemd door de zorgaanbieder",
    other: "een andere reden",
  },
  en: {
    time_commitment: "it takes too much time",
    personal_circumstances: "personal reasons",
    no_longer_interested: "no longer interested",
    no_response: "no longer responds",
    not_eligible: "may not join under the regulation",
    council_full: "the council is full",
    profile_mismatch: "does not fit what the council is looking for",
    not_appointed_by_provider: "not appointed by the provider",
    other: "another reason",
  },
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * A parameter as text.
 *
 * @example
 * text({ n: 3 }, "n"); // "3"
 */
export function text(params: MessageParams, key: string): string {
  const value = params[key];
  if (Array.isArray(value)) return value.join(", ");
  return value === undefined || value === null ? "" : String(value);
}

/**
 * A role parameter in words.
 *
 * @example
 * role({ role: "chair" }, "role", "nl"); // "voorzitter"
 */
export function role(params: MessageParams, key: string, locale: Locale): string {
  const value = text(params, key);
  const labels: Record<string, string> = roleLabels[locale];
  return labels[value] ?? value;
}

/**
 * A state parameter in words.
 *
 * @example
 * state({ to: "active" }, "to", "en"); // "active member"
 */
export function state(params: MessageParams, key: string, locale: Locale): string {
  const value = text(params, key);
  const labels: Record<string, string> = pipelineStateLabels[locale];
  return labels[value] ?? value;
}

/**
 * A date parameter in words.
 *
 * @example
 * date({ on: "2027-01-01" }, "on", "en"); // "1 January 2027"
 */
export function date(params: MessageParams, key: string, locale: Locale): string {
  return formatDate(params[key], locale);
}

/**
 * A number of members with the word in the right form: "1 lid", "3 leden" / "1 member", "3 members".
 *
 * @example
 * memberCount({ missing: 1 }, "missing", "nl"); // "1 lid"
 */
export function memberCount(params: MessageParams, key: string, locale: Locale): string {
  const value = params[key];
  const n = typeof value === "number" ? value : Number(value);
  const one = n === 1;
  return `${typeof value === "number" || typeof value === "string" ? String(value) : ""} ${locale === "nl" ? (one ? "lid" : "leden") : one ? "member" : "members"}`;
}
