// Checks on texts people type, shared by every area (names, notes, free-text answers).

/**
 * Control characters (C0 and C1, DEL) except tab, line feed and carriage return, and the bidi
 * embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069). Controls break
 * storage (PostgreSQL refuses NUL) and exports; bidi overrides make a stored text read differently
 * from what it holds ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const LINE_BREAKS = /[\t\n\r]/u;

/**
 * Whether a text typed by a person holds no control or bidi-override characters. Tabs and line
 * breaks are allowed only in texts of several lines.
 *
 * @example
 * isSafeText("Ans de Vries"); // true
 * isSafeText("Ans\u0000"); // false
 * isSafeText("Ans \u202Eseirv"); // false
 * isSafeText("Regel 1\nRegel 2", { multiline: true }); // true
 */
export function isSafeText(text: string, options: { readonly multiline?: boolean } = {}): boolean {
  if (UNSAFE.test(text)) return false;
  return options.multiline === true || !LINE_BREAKS.test(text);
}

/**
 * Whether a text has at least one letter a reader can see (any script). A name of only spaces,
 * digits, zero-width or bidi characters has none.
 *
 * @example
 * hasVisibleLetter("Zoë"); // true
 * hasVisibleLetter("\u200B\u200D"); // false
 */
export function hasVisibleLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

