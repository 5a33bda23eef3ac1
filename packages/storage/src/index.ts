/**
 * @raadswerk/storage — one set of migrations and typed repositories over the embedded PGlite or a
 * PostgreSQL server. Apps that share data (web and Slack) share it through PostgreSQL.
 *
 * @module
 */
export { type Store, type StoreOptions, type Repositories, type Transaction, openStore, storeFromDriver } from "./open-store/index.js";
export type { Driver, DriverKind, Sql } from "./driver/index.js";
export { DataDirLockedError, IN_MEMORY } from "./driver/pglite.js";
export { type Migration, migrations, migrate } from "./migrations/index.js";
export { reclaimErased } from "./reclaim/index.js";
export type { Json } from "./repositories/_bind.js";
export type { Organisation, NewOrganisation } from "./repositories/organisations.js";
export type { Council, CouncilKind, NewCouncil } from "./repositories/councils.js";
export type { Vacancy, VacancyStatus, NewVacancy, VacancyPage } from "./repositories/vacancies.js";
export type { Application, ApplicationOutcome, NewApplication } from "./repositories/applications.js";
export type { RateLimitHit } from "./repositories/rate-limits.js";
export type { SlackFollowedRequest, NewSlackFollowedRequest, SlackScheduledReminder } from "./repositories/slack-follows.js";
export { type CouncilRepositories, councilStore } from "./council-store/index.js";
export type { Constituency, NewConstituency, CouncilMember, NewCouncilMember, Onboarding } from "./repositories/council-members.js";
export type { Account, NewAccount, SessionWithAccount } from "./repositories/accounts.js";
export type { AuditAction, AuditEntry, AuditSubject, NewAuditEntry } from "./repositories/audit.js";
export type { ApplicationStep, ApplicationSummary, PurgedApplication } from "./repositories/pipeline.js";
export {
  type OrganisationSettings,
  type OrganisationSettingsStore,
  type SaveOrganisationSettings,
  organisationSettingsStore,
} from "./organisation-settings/index.js";
