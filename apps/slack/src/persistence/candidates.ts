/**
 * Registering a candidate from Slack: the open vacancies to choose from, and storing an application
 * the way the web app's form does (outcome, coded reasons, rule-set version, answers, contact,
 * consent). Only when the user chooses to register; the `lid` check itself stores nothing.
 */
import type { CalendarDate } from "@raadswerk/domain/calendar";
import type { Store } from "@raadswerk/storage";

/** An open vacancy, with the organisation's membership rules as stored. */
export type OpenVacancy = { readonly id: string; readonly label: string; readonly rules: unknown };

/** An application to store. */
export type NewCandidate = {
  readonly vacancyId: string;
  readonly outcome: "eligible" | "needs_review" | "not_eligible";
  readonly reasons: unknown;
  /** From the domain's `eligibilityRuleSetVersion` for the rules the check used. */
  readonly ruleSetVersion: string;
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
 * Candidates in storage, shared with the web app's council admin. Only the workspace's organisation
 * (the one with `slug`, else the first, as `storageOrganisation` reads it) offers its
 * vacancies: a workspace never sees or registers for another organisation's.
 */
export function storageCandidates(store: Store, slug?: string): CandidateRegistry {
  return {
    async openVacancies(today) {
      const organisation = slug === undefined ? (await store.organisations.list())[0] : await store.organisations.bySlug(slug);
      if (organisation === undefined) return [];
      const pages = await store.vacancies.listOpen();
      return pages
        .filter((p) => p.organisation.id === organisation.id)
        .filter((p) => p.vacancy.closesOn === null || p.vacancy.closesOn >= today)
        .map((p) => ({ id: p.vacancy.id, label: `${p.vacancy.title} (${p.council.name})`, rules: p.organisation.membershipRules }));
    },
    async register(candidate) {
      await store.applications.create({
        vacancyId: candidate.vacancyId,
        outcome: candidate.outcome,
        reasons: candidate.reasons,
        ruleSetVersion: candidate.ruleSetVersion,
        answers: candidate.answers,
        name: candidate.name,
        email: candidate.email,
        locale: candidate.locale,
        consentedAt: candidate.consentedAt,
        // Registered the moment consent was recorded: one reading of the app's clock.
        createdAt: candidate.consentedAt,
      });
    },
  };
}
