// Structured logs without personal data: method, route pattern, status, timing and error codes only.

export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

export type Logger = {
  info(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
};

/** One JSON line per event on stdout/stderr. */
export const jsonLogger: Logger = {
  info: (message, fields = {}) => console.log(JSON.stringify({ level: "info", time: new Date().toISOString(), message, ...fields })),
  error: (message, fields = {}) => console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), message, ...fields })),
};

/** A logger that keeps lines in memory (tests check that no personal data reaches the log). */
export function memoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message, fields = {}) => lines.push(JSON.stringify({ level: "info", message, ...fields })),
    error: (message, fields = {}) => lines.push(JSON.stringify({ level: "error", message, ...fields })),
  };
}
