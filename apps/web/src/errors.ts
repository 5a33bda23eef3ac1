// Errors at the edge: a code decides the HTTP status and the text a person sees; the log gets its own message.

/** What can go wrong in a request, as a person would be told. */
export type ErrorCode = "not_found" | "csrf" | "rate_limited" | "too_large" | "vacancy_closed" | "bad_request" | "internal";

/** Each code's HTTP status. */
export const STATUS_BY_CODE = {
  not_found: 404,
  csrf: 403,
  rate_limited: 429,
  too_large: 413,
  vacancy_closed: 410,
  bad_request: 400,
  internal: 500,
} as const satisfies Record<ErrorCode, number>;

/**
 * An expected failure of a request. `logMessage` is for operators (never personal data); the page
 * shows the code's text from the locale, never this message or a stack trace.
 */
export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    readonly logMessage: string = code,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(logMessage);
  }

  get status(): (typeof STATUS_BY_CODE)[ErrorCode] {
    return STATUS_BY_CODE[this.code];
  }
}
