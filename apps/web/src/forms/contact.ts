// Contact details, motivation and consent of the application form. Shared by the server and the
// browser script, so both give the same answer with the same words.
import { NAME_MAX_LENGTH, PersonNameSchema, isSafeText } from "@raadswerk/domain/recruitment";
import * as z from "zod";

/** Longest values we accept (characters). */
export const CONTACT_LIMITS = { name: NAME_MAX_LENGTH, email: 254, phone: 30, motivation: 2000, availability: 500 } as const;

/** The contact fields' names, in form order. */
export const CONTACT_FIELDS = ["name", "email", "phone", "motivation", "availability", "consent"] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** Issue codes of the contact part; their texts are in the locale files (`contactErrors`). */
export type ContactIssueCode =
  | "name_required"
  | "name_too_long"
  | "name_without_letter"
  | "text_unsafe_characters"
  | "contact_required" | "email_invalid" | "phone_invalid" | "motivation_too_long" | "availability_too_long" | "consent_required";

const code = (c: ContactIssueCode) => ({ error: c });

/** The contact part of the form, as strings from the form (missing fields arrive as ""). */
export const ContactSchema = z.object({
  // The domain's name rule (its issue messages are these codes): no control or bidi-override characters, a visible letter.
  name: PersonNameSchema,
  email: z.string().trim().max(CONTACT_LIMITS.email, code("email_invalid")).pipe(z.union([z.literal(""), z.email(code("email_invalid"))], code("email_invalid"))),
  phone: z
    .string()
    .trim()
    .max(CONTACT_LIMITS.phone, code("phone_invalid"))
    .regex(/^(?:[+]?[0-9][0-9 ()-]{5,})?$/, code("phone_invalid")),
  motivation: z
    .string()
    .trim()
    .max(CONTACT_LIMITS.motivation, code("motivation_too_long"))
    .refine((text) => isSafeText(text, { multiline: true }), code("text_unsafe_characters")),
  availability: z
    .string()
    .trim()
    .max(CONTACT_LIMITS.availability, code("availability_too_long"))
    .refine((text) => isSafeText(text, { multiline: true }), code("text_unsafe_characters")),
  consent: z.literal("yes", code("consent_required")),
}).refine((contact) => contact.email !== "" || contact.phone !== "", { path: ["email"], ...code("contact_required") });

export type Contact = z.infer<typeof ContactSchema>;

/** One problem with one field, as both sides report it. */
export type ContactIssue = { readonly field: ContactField; readonly code: ContactIssueCode };

/** Validates the contact part of a flat form. */
export function parseContact(form: Readonly<Record<string, string | undefined>>): { success: true; data: Contact } | { success: false; issues: ContactIssue[] } {
  const input = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, form[field] ?? ""]));
  const parsed = ContactSchema.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data };
  const seen = new Set<string>();
  const issues: ContactIssue[] = [];
  // The object-level check only runs once every field is valid; say it at once, like the others.
  if ((input.email ?? "").trim() === "" && (input.phone ?? "").trim() === "") issues.push({ field: "email", code: "contact_required" });
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ContactField;
    if (seen.has(field) || issues.some((i) => i.field === field)) continue;
    seen.add(field);
    issues.push({ field, code: issue.message as ContactIssueCode });
  }
  return { success: false, issues };
}
