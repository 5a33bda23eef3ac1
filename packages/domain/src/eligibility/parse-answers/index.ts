import * as z from "zod";
import { validateInput } from "../../_lib/input/index.js";
import { isCalendarDate, type CalendarDate } from "../../_lib/calendar-date/index.js";
import { isSafeText } from "../../_lib/plain-text/index.js";
import { type Candidate, CandidateSchema, OTHER_RELATION_MAX_LENGTH } from "../candidate/index.js";
import { type MembershipRules, MembershipRulesSchema } from "../membership-rules/index.js";
import { type Question, type QuestionId, questionsFor } from "../questions-for/index.js";

/**
 * Every code a form answer can be refused with.
 *
 * @example
 * ANSWER_ISSUE_CODES.includes("invalid_date"); // true
 */
export const ANSWER_ISSUE_CODES = ["required", "invalid_choice", "invalid_date", "too_long", "unsafe_characters", "invalid"] as const;

/**
 * One of {@link ANSWER_ISSUE_CODES}.
 *
 * @example
 * const code: AnswerIssueCode = "required";
 */
export type AnswerIssueCode = (typeof ANSWER_ISSUE_CODES)[number];

/**
 * A problem with one form field: the field name (a {@link QuestionId}), a code and parameters.
 *
 * @example
 * const issue: AnswerIssue = { field: "careEndedOn", code: "invalid_date", params: {} };
 */
export type AnswerIssue = {
  readonly field: string;
  readonly code: AnswerIssueCode;
  readonly params: Readonly<Record<string, string | number | readonly string[]>>;
};

/**
 * The result of {@link parseAnswers}, shaped like zod's `safeParse`.
 *
 * @example
 * const result: ParseAnswersResult = { success: true, data: { employee: "no" } };
 */
export type ParseAnswersResult =
  | { readonly success: true; readonly data: Candidate }
  | { readonly success: false; readonly issues: readonly AnswerIssue[] };

/**
 * Flat form values, as a browser form, a Slack modal or the extension sends them: field name →
 * string. Use it at the edge to refuse a body that is not flat text; {@link parseAnswers} does the
 * rest.
 *
 * @example
 * AnswersSchema.safeParse({ employee: "no", volunteer: "yes" }).success; // true
 * AnswersSchema.safeParse({ employee: ["no"] }).success; // false
 */
export const AnswersSchema = z.record(z.string(), z.string().optional());

/**
 * See {@link AnswersSchema}.
 *
 * @example
 * const answers: Answers = { employee: "no", volunteer: "yes" };
 */
export type Answers = Readonly<Record<string, string | undefined>>;

const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** `YYYY-MM-DD` as date inputs send it, or `31-12-2025` (also with `/` or `.`) as people type it. */
function parseDate(text: string): CalendarDate | undefined {
  if (isCalendarDate(text)) return text;
  const match = DUTCH_DATE.exec(text);
  if (match === null) return undefined;
  const iso = `${match[3]}-${(match[2] ?? "").padStart(2, "0")}-${(match[1] ?? "").padStart(2, "0")}`;
  return isCalendarDate(iso) ? iso : undefined;
}

function rawValue(answers: Answers, id: QuestionId): string {
  // Only own string properties: a form body may carry anything, including `__proto__`.
  if (!Object.hasOwn(answers, id)) return "";
  const value: unknown = answers[id];
  return typeof value === "string" ? value.trim() : "";
}

type Parsed = string;

function parseOne(question: Question, raw: string): { value?: Parsed; issue?: Omit<AnswerIssue, "field"> } {
  if (raw === "") return question.required ? { issue: { code: "required", params: {} } } : {};
  switch (question.kind) {
    case "yes_no":
      if (raw === "yes" || raw === "no") return { value: raw };
      return { issue: { code: "invalid_choice", params: { allowed: ["yes", "no"] } } };
    case "choice": {
      const allowed = (question.options ?? []).map((option) => option.value);
      return allowed.includes(raw) ? { value: raw } : { issue: { code: "invalid_choice", params: { allowed } } };
    }
    case "date": {
      const date = parseDate(raw);
      return date === undefined ? { issue: { code: "invalid_date", params: {} } } : { value: date };
    }
    case "text":
      if (raw.length > OTHER_RELATION_MAX_LENGTH) return { issue: { code: "too_long", params: { max: OTHER_RELATION_MAX_LENGTH } } };
      return isSafeText(raw, { multiline: true }) ? { value: raw } : { issue: { code: "unsafe_characters", params: {} } };
  }
}

/**
 * Turns flat form values into a {@link Candidate}, asking only {@link questionsFor} these rules.
 * Hidden questions (their `showIf` not met) and unknown fields are ignored; every problem is a
 * field issue with a code, never an exception. Pure: the same function runs in the browser, the
 * Slack app and the server.
 *
 * @throws {InvalidInputError} when an argument does not match its schema; the message names each field
 * @example
 * parseAnswers(commonPracticeRules, { employee: "no", formerEmployee: "yes", employmentEndedOn: "31-12-2022",
 *   volunteer: "no", supplier: "no", boardMember: "no", supervisoryBoardMember: "no", worksCouncilMember: "no",
 *   familyAssociationBoardMember: "no", otherProviderCouncilMember: "no", relativeOfStaff: "no" });
 * // { success: true, data: { employee: "former", employmentEndedOn: "2022-12-31", volunteer: false, ... } }
 * @example
 * parseAnswers(commonPracticeRules, {}).success; // false (issues: { field: "employee", code: "required", params: {} }, ...)
 */
export function parseAnswers(rules: MembershipRules, answers: Answers): ParseAnswersResult {
  validateInput("parseAnswers", "rules", MembershipRulesSchema, rules);
  validateInput("parseAnswers", "answers", AnswersSchema, answers);
  const values = new Map<QuestionId, Parsed>();
  const issues: AnswerIssue[] = [];
  for (const question of questionsFor(rules)) {
    if (question.showIf !== undefined && values.get(question.showIf.questionId) !== question.showIf.equals) continue;
    const { value, issue } = parseOne(question, rawValue(answers, question.id));
    if (issue !== undefined) issues.push({ field: question.id, ...issue });
    if (value !== undefined) values.set(question.id, value);
  }
  if (issues.length > 0) return { success: false, issues };

  const yes = (id: QuestionId): boolean | undefined => (values.has(id) ? values.get(id) === "yes" : undefined);
  const candidate: Record<string, unknown> = {};
  if (values.has("client")) candidate.client = yes("client") === true ? "current" : yes("formerClient") === true ? "former" : "no";
  if (values.has("careEndedOn")) candidate.careEndedOn = values.get("careEndedOn");
  if (values.has("clientRelation")) candidate.clientRelation = values.get("clientRelation");
  if (values.has("employee")) candidate.employee = yes("employee") === true ? "current" : yes("formerEmployee") === true ? "former" : "no";
  if (values.has("employmentEndedOn")) candidate.employmentEndedOn = values.get("employmentEndedOn");
  for (const id of [
    "volunteer",
    "supplier",
    "boardMember",
    "supervisoryBoardMember",
    "worksCouncilMember",
    "familyAssociationBoardMember",
    "otherProviderCouncilMember",
    "relativeOfStaff",
  ] as const) {
    const flag = yes(id);
    if (flag !== undefined) candidate[id] = flag;
  }
  if (values.has("other")) candidate.other = values.get("other");

  const parsed = CandidateSchema.safeParse(candidate);
  if (parsed.success) return { success: true, data: parsed.data };
  // Should not happen: the questions produce only valid candidates. Still a value, never a throw.
  return {
    success: false,
    issues: parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? ""), code: "invalid" as const, params: {} })),
  };
}
