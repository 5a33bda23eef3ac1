import type * as z from "zod";

/**
 * One problem with an argument, addressed like zod addresses it: `path` starts with the argument's
 * name (`candidate`, `rules`, `context`), `message` says in words what is wrong.
 *
 * @example
 * const issue: InputIssue = { path: ["context", "today"], code: "invalid_date", message: "context.today: …" };
 */
export type InputIssue = { readonly path: readonly PropertyKey[]; readonly code: string; readonly message: string };

/**
 * The library's one answer to malformed input (wrong types, missing fields, impossible dates): a
 * typed error whose message names each field in words, with the issues as data. Expected outcomes
 * ("not eligible", "no right") are never errors; an `InvalidInputError` means the caller passed
 * something the types do not allow, so validate outside data with the exported schemas first.
 *
 * @example
 * try { checkEligibility(JSON.parse(body), rules, { today }); } catch (e) { if (e instanceof InvalidInputError) e.issues; }
 */
export class InvalidInputError extends Error {
  override readonly name = "InvalidInputError";
  readonly issues: readonly InputIssue[];
  constructor(fn: string, issues: readonly InputIssue[]) {
    super(`${fn}: ${issues.map((i) => i.message).join("; ")}`);
    this.issues = issues;
  }
}

/** Zod's messages, with the domain's own stable codes written out. */
const CUSTOM_MESSAGES: Readonly<Record<string, string>> = {
  invalid_date: "must be a real calendar day written YYYY-MM-DD (for example 2026-11-23)",
};

/**
 * Checks one argument against its schema and throws {@link InvalidInputError} when it does not fit.
 * The value is returned unchanged (defaults are not filled in), so validation never alters an answer.
 *
 * @throws {InvalidInputError} when `value` does not match `schema`
 * @example
 * validateInput("planRecruitment", "input", RecruitmentPlanInputSchema, input);
 */
export function validateInput<T>(fn: string, name: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return value as T;
  throw new InvalidInputError(
    fn,
    parsed.error.issues.map((issue) => {
      const path = [name, ...issue.path];
      const code = CUSTOM_MESSAGES[issue.message] === undefined ? issue.code : issue.message;
      const words = CUSTOM_MESSAGES[issue.message] ?? issue.message;
      return { path, code, message: `${path.map(String).join(".")} ${words.startsWith("must") ? words : `is not valid: ${words}`}` };
    }),
  );
}
