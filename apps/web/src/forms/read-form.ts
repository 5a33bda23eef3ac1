import type { Context } from "hono";
import { AppError } from "../errors.js";

/** Most fields a form may have; more is not a person filling in our form. */
const MAX_FIELDS = 100;
/** Longest single value (characters); fields have their own, smaller limits. */
export const MAX_VALUE_LENGTH = 20_000;

/**
 * Reads a urlencoded or multipart form as strings only (files and repeated names: first string).
 *
 * @throws {AppError} `bad_request` for a body that is not a form, `too_large` for too many or too long fields
 */
export async function readForm(c: Context): Promise<Record<string, string>> {
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    throw new AppError("bad_request", "unreadable form body");
  }
  const entries = Object.entries(body);
  if (entries.length > MAX_FIELDS) throw new AppError("too_large", "too many form fields");
  const form: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of entries) {
    const first = Array.isArray(value) ? (value as unknown[]).find((v) => typeof v === "string") : value;
    if (typeof first !== "string") continue;
    if (first.length > MAX_VALUE_LENGTH) throw new AppError("too_large", "form value over limit");
    form[name] = first;
  }
  return form;
}
