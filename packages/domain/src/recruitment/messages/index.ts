import { type Locale, type MessageParams, type Messages, message } from "../../_lib/messages/index.js";
import type { RecruitmentMessageCode } from "./codes.js";
import { en } from "./en.js";
import { nl } from "./nl.js";

export { RECRUITMENT_MESSAGE_CODES, type RecruitmentMessageCode, type RecruitmentSchemaIssueCode } from "./codes.js";
export { formatDate, pipelineReasonLabels, pipelineStateLabels, roleLabels } from "./format.js";

/**
 * Texts for every code of the recruitment area: Dutch (B1) first, English second. Dates in the
 * parameters are written out ("1 januari 2028").
 *
 * @example
 * recruitmentMessages.nl.role_unfilled({ role: "chair" }); // "De raad heeft geen voorzitter."
 */
export const recruitmentMessages: Messages<RecruitmentMessageCode> = { nl, en };

/**
 * The text for one coded outcome of the recruitment area (a warning, issue, reason, step or action).
 *
 * @example
 * recruitmentText({ code: "vacancy_now", params: { memberId: "m1", seatVacantOn: "2027-01-01" } }, "nl");
 * // "De zetel van m1 is leeg sinds 1 januari 2027. Zoek zo snel mogelijk een nieuw lid."
 */
export function recruitmentText(item: { readonly code: RecruitmentMessageCode; readonly params?: MessageParams }, locale: Locale): string {
  return message(recruitmentMessages, locale, item.code, item.params ?? {});
}
