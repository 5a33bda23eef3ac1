import * as z from "zod";
import { hasVisibleLetter, isSafeText } from "../../_lib/plain-text/index.js";

export { hasVisibleLetter, isSafeText };

/** Longest name accepted (characters), for people, councils, organisations and groups. */
export const NAME_MAX_LENGTH = 200;

/**
 * A name as a person types it (a person, a council, an organisation, a location): trimmed, 1 to
 * {@link NAME_MAX_LENGTH} characters, one line, no control or bidi-override characters, and at least
 * one visible letter. Issue messages are codes with texts in the recruitment messages:
 * `name_required`, `name_too_long`, `text_unsafe_characters`, `name_without_letter`.
 *
 * @example
 * PersonNameSchema.parse("  Ans de Vries "); // "Ans de Vries"
 * PersonNameSchema.safeParse("\u202E\u200B").error?.issues.map((i) => i.message); // ["text_unsafe_characters", "name_without_letter"]
 */
export const PersonNameSchema = z
  .string()
  .trim()
  .min(1, { message: "name_required", abort: true })
  .max(NAME_MAX_LENGTH, "name_too_long")
  .refine((name) => isSafeText(name), "text_unsafe_characters")
  .refine(hasVisibleLetter, "name_without_letter");

/**
 * A free text as a person types it (a motivation, a note): trimmed, at most `maxLength`
 * characters, no control or bidi-override characters (line breaks only when `multiline`). Issue
 * messages: `text_too_long`, `text_unsafe_characters`.
 *
 * @example
 * plainTextSchema(280).parse(" Verhuisd "); // "Verhuisd"
 * plainTextSchema(280).safeParse("a\u0000b").success; // false
 */
export function plainTextSchema(maxLength: number, options: { readonly multiline?: boolean } = {}) {
  return z
    .string()
    .trim()
    .max(maxLength, "text_too_long")
    .refine((text) => isSafeText(text, options), "text_unsafe_characters");
}
