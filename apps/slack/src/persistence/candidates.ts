/**
 * Registering a candidate from Slack: the open vacancies to choose from, and storing an application
 * the way the web app's form does (outcome, coded reasons, rule-set version, answers, contact,
 * consent). Only when the user chooses to register; the `lid` check itself stores nothing.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { CalendarDate } from "@raadswerk/domain/calendar";
import type { Store } from "@raadswerk/storage";

/** An open vacancy, with the organisation's membership rules as stored. */
export type OpenVacancy = { readonly id: string; readonly label: string; readonly rules: unknown };

/** An application to store. */
export type NewCandidate = {
  readonly vacancyId: string;
  readonly outcome: "eligible" | "needs_review" | "not_eligible";
  readonly reasons: unknown;
  readonly rules: unknown;
  readonly answers: Readonly<Record<string, string>>;
  readonly name: string;
  readonly email: string;
  readonly locale: string;
  readonly consentedAt: Date;
};

/** Where candidates are registered. */
export interface CandidateRegistry {
  openVacancies(today: CalendarDate): Promise<readonly OpenVacancy[]>;
  register(candidate: NewCandidate): Promise<void>;
}

/**
 * Which rules gave an outcome: the domain version and a fingerprint of the membership rules, in the
 * same form as the web app writes it (`domain@0.1.0+rules.3f9a1c2b`).
 *
 * @example
 * ruleSetVersion("0.1.0", { a: 1 }).startsWith("domain@0.1.0+rules."); // true
 */
export function ruleSetVersion(domainVersion: string, rules: unknown): string {
  return `domain@${domainVersion}+rules.${createHash("sha256").update(canonical(rules)).digest("hex").slice(0, 8)}`;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const DOMAIN_VERSION = (createRequire(import.meta.url)("@raadswerk/domain/package.json") as { version: string }).version;

/** Candidates in storage, shared with the web app's council admin. */
export function storageCandidates(store: Store, domainVersion: string = DOMAIN_VERSION): CandidateRegistry {
  return {
    async openVacancies(today) {
      const pages = await store.vacancies.listOpen();
      return pages
        .filter((p) => p.vacancy.closesOn === null || p.vacancy.closesOn >= today)
        .map((p) => ({ id: p.vacancy.id, label: `${p.vacancy.title} (${p.council.name})`, rules: p.organisation.membershipRules }));
    },
    async register(candidate) {
      await store.applications.create({
        vacancyId: candidate.vacancyId,
        outcome: candidate.outcome,
        reasons: candidate.reasons,
        ruleSetVersion: ruleSetVersion(domainVersion, candidate.rules),
        answers: candidate.answers,
        name: candidate.name,
        email: candidate.email,
        locale: candidate.locale,
        consentedAt: candidate.consentedAt,
      });
    },
  };
}
