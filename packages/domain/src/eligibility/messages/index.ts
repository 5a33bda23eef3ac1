import type { Messages } from "../../_lib/messages/index.js";
import type { ClientRelation } from "../candidate/index.js";
import type { RelationKind } from "../membership-rules/index.js";
import type { AnswerIssueCode } from "../parse-answers/index.js";
import type { ReasonCode, Verdict } from "../reason/index.js";
import { en } from "./en.js";
import { nl } from "./nl.js";

/**
 * The lines {@link describeRules} can give, one per kind of setting.
 *
 * @example
 * const line: RulesLine = "size";
 */
export type RulesLine =
  | "who_anyone"
  | "who_clients_only"
  | "who_clients_and_representatives"
  | "former_clients"
  | "excluded"
  | "needs_review"
  | "cooling_off"
  | "cooling_off_review"
  | "vog"
  | "size"
  | "term"
  | "reappointments"
  | "no_reappointment"
  | "aspirant"
  | "clients_only_since";

/**
 * Every text code of the eligibility area: reasons, relation nouns (singular `relation.*`, plural
 * `relations.*`), client relations, next steps, answer issues and rule descriptions.
 *
 * @example
 * const code: EligibilityMessageCode = "reason.council_full";
 */
export type EligibilityMessageCode =
  | `reason.${ReasonCode}`
  | `relation.${RelationKind}`
  | `relations.${RelationKind}`
  | `clientRelation.${Exclude<ClientRelation, "none">}`
  | `clientRelations.${Exclude<ClientRelation, "none">}`
  | `next.${Verdict}`
  | `answer.${AnswerIssueCode}`
  | `rules.${RulesLine}`;

/**
 * The eligibility texts, Dutch (B1) first, English second. Every code has a text in both.
 *
 * @example
 * eligibilityMessages.nl["next.eligible"]({});
 * // "U kunt lid worden. De cliëntenraad neemt contact met u op voor een kennismakingsgesprek."
 */
export const eligibilityMessages: Messages<EligibilityMessageCode> = { nl, en };
