// The whole application form: the eligibility questions of the organisation's rules (domain) plus
// contact details (forms/contact). Shared by the server and the browser script.
import type { Locale } from "@raadswerk/domain/calendar";
import { type Candidate, type MembershipRules, type Question, explainAnswerIssue, parseAnswers } from "@raadswerk/domain/eligibility";
import { en } from "../i18n/en.js";
import { nl } from "../i18n/nl.js";
import { CONTACT_FIELDS, type Contact, parseContact } from "./contact.js";

/**
 * One problem to show: `message` at the field and, linked, in the summary at the top, where
 * `label` says which question it is about.
 */
export type FieldError = { readonly field: string; readonly label: string; readonly message: string };

/** The summary's line for an error: the question, then the problem. */
export const summaryText = (error: FieldError): string => (/[?:.]$/.test(error.label) ? `${error.label} ${error.message}` : `${error.label}: ${error.message}`);

export type ApplicationInput = {
  readonly answers: Readonly<Record<string, string | undefined>>;
};

export type ValidApplication = { readonly ok: true; readonly candidate: Candidate; readonly contact: Contact; readonly answers: Readonly<Record<string, string>> };
export type InvalidApplication = { readonly ok: false; readonly errors: readonly FieldError[] };

/** The id of the input a field's error links to (the first option of a group). */
export function fieldAnchor(questions: readonly Question[], field: string): string {
  const question = questions.find((q) => q.id === field);
  const first = question?.options?.[0];
  if (question !== undefined && (question.kind === "yes_no" || question.kind === "choice") && first !== undefined) return `f-${field}-${first.value}`;
  return `f-${field}`;
}

/** Whether a question applies, given the answers so far (its `showIf`). */
export function isShown(question: Question, form: Readonly<Record<string, string | undefined>>): boolean {
  return question.showIf === undefined || form[question.showIf.questionId] === question.showIf.equals;
}

/** The answers to the eligibility questions that apply (questions hidden by `showIf` are left out). */
export function answersFrom(questions: readonly Question[], form: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    const value = form[question.id];
    if (value !== undefined && value !== "" && isShown(question, form)) answers[question.id] = value;
  }
  return answers;
}

/**
 * Checks a submitted (or half-typed) application: every problem with its text, in form order.
 * The eligibility verdict itself is not decided here: that is `checkEligibility`, after this.
 */
export function validateApplication(
  rules: MembershipRules,
  questions: readonly Question[],
  form: Readonly<Record<string, string | undefined>>,
  locale: Locale,
): ValidApplication | InvalidApplication {
  const answers = answersFrom(questions, form);
  const parsedAnswers = parseAnswers(rules, answers);
  const contact = parseContact(form);
  if (parsedAnswers.success && contact.success) return { ok: true, candidate: parsedAnswers.data, contact: contact.data, answers };
  const texts = locale === "nl" ? nl : en;
  const errors: FieldError[] = [];
  const contactLabels: Readonly<Record<string, string>> = {
    name: texts.fieldName,
    email: texts.fieldEmail,
    phone: texts.fieldPhone,
    motivation: texts.fieldMotivation,
    availability: texts.fieldAvailability,
    consent: texts.privacyTitle,
  };
  if (!parsedAnswers.success) {
    for (const issue of parsedAnswers.issues) {
      const label = questions.find((q) => q.id === issue.field)?.label[locale] ?? issue.field;
      if (!errors.some((e) => e.field === issue.field)) errors.push({ field: issue.field, label, message: explainAnswerIssue(issue, locale) });
    }
  }
  if (!contact.success) {
    for (const issue of contact.issues) errors.push({ field: issue.field, label: contactLabels[issue.field] ?? issue.field, message: texts.contactErrors[issue.code] });
  }
  const order = [...questions.map((q) => q.id as string), ...CONTACT_FIELDS];
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return { ok: false, errors: errors.sort((a, b) => rank(a.field) - rank(b.field)) };
}
