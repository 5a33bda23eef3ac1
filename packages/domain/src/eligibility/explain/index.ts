import { type Locale, message, type MessageParams } from "../../_lib/messages/index.js";
import { basisNeedsClientStatus, joinList } from "../_internal/index.js";
import { type MembershipRules, RELATION_KINDS, type RelationKind, type RelationPolicy } from "../membership-rules/index.js";
import { type EligibilityMessageCode, eligibilityMessages } from "../messages/index.js";
import type { AnswerIssue } from "../parse-answers/index.js";
import type { Reason, Verdict } from "../reason/index.js";

/**
 * A reason in words a candidate understands (Dutch at B1 level, or English).
 *
 * @example
 * explainReason({ code: "council_full", effect: "fail", source: { kind: "rules", ref: "maxMembers" },
 *   params: { memberCount: 9, maxMembers: 9 } }, "nl");
 * // "De cliëntenraad is vol. Er zijn 9 leden en er mogen er 9 zijn. U kunt lid worden als er een plek vrijkomt."
 */
export function explainReason(reason: Reason, locale: Locale): string {
  return message(eligibilityMessages, locale, `reason.${reason.code}`, reason.params);
}

/**
 * What happens next for a candidate with this verdict.
 *
 * @example
 * nextStepText("needs_review", "nl");
 * // "We willen eerst met u praten. De cliëntenraad neemt contact met u op. Daarna hoort u of u lid kunt worden."
 */
export function nextStepText(verdict: Verdict, locale: Locale): string {
  return message(eligibilityMessages, locale, `next.${verdict}`);
}

/**
 * A form field issue from {@link parseAnswers} as a short instruction.
 *
 * @example
 * explainAnswerIssue({ field: "careEndedOn", code: "invalid_date", params: {} }, "nl"); // "Vul een datum in, zoals 31-12-2025."
 */
export function explainAnswerIssue(issue: AnswerIssue, locale: Locale): string {
  return message(eligibilityMessages, locale, `answer.${issue.code}`, issue.params);
}

function relationsWith(rules: MembershipRules, policy: RelationPolicy, locale: Locale): string {
  const kinds = RELATION_KINDS.filter((kind: RelationKind) => rules.exclusions[kind] === policy);
  return joinList(
    kinds.map((kind) => message(eligibilityMessages, locale, `relations.${kind}`)),
    locale,
  );
}

/**
 * "Who may join", in plain words: one sentence per setting that matters, in the order a candidate
 * needs them. For a vacancy text, the web form's intro or the Slack help.
 *
 * @example
 * describeRules(commonPracticeRules, "nl")[0];
 * // "Iedereen kan lid worden. Maar de belangen van een lid mogen niet botsen met die van de cliënten."
 */
export function describeRules(rules: MembershipRules, locale: Locale): readonly string[] {
  const t = (code: EligibilityMessageCode, params: MessageParams = {}) => message(eligibilityMessages, locale, code, params);
  const lines: string[] = [];
  switch (rules.whoMayJoin) {
    case "anyone_without_conflict":
      lines.push(t("rules.who_anyone"));
      break;
    case "clients_only":
      lines.push(t("rules.who_clients_only"));
      break;
    case "clients_and_representatives": {
      const relations = joinList(
        [...new Set(rules.representativeRelations)].map((relation) => t(`clientRelations.${relation}`)),
        locale,
      );
      lines.push(relations === "" ? t("rules.who_clients_only") : t("rules.who_clients_and_representatives", { relations }));
      break;
    }
  }
  if (basisNeedsClientStatus(rules) && rules.coolingOff.formerClientYears > 0) {
    lines.push(t("rules.former_clients", { years: rules.coolingOff.formerClientYears }));
  }
  const excluded = relationsWith(rules, "excluded", locale);
  if (excluded !== "") lines.push(t("rules.excluded", { relations: excluded }));
  const review = relationsWith(rules, "needs_review", locale);
  if (review !== "") lines.push(t("rules.needs_review", { relations: review }));
  if (rules.coolingOff.formerEmployeeYears > 0 && rules.exclusions.employee !== "allowed") {
    const code = rules.exclusions.employee === "excluded" ? "rules.cooling_off" : "rules.cooling_off_review";
    lines.push(t(code, { years: rules.coolingOff.formerEmployeeYears }));
  }
  if (rules.certificateOfConductRequired) lines.push(t("rules.vog"));
  lines.push(t("rules.size", { minMembers: rules.minMembers, maxMembers: rules.maxMembers }));
  lines.push(t("rules.term", { years: rules.termYears }));
  lines.push(rules.maxReappointments === 0 ? t("rules.no_reappointment") : t("rules.reappointments", { count: rules.maxReappointments }));
  if (rules.aspirantMonths > 0) lines.push(t("rules.aspirant", { months: rules.aspirantMonths }));
  if (rules.clientsOnlySince !== undefined) lines.push(t("rules.clients_only_since", { date: rules.clientsOnlySince }));
  return lines;
}
