/** The languages the product speaks: Dutch first, English second. */
export type Locale = "nl" | "en";

/** Every supported locale, Dutch first. */
export const LOCALES: readonly Locale[] = ["nl", "en"];

/** Parameters a message may use. */
export type MessageParams = Readonly<Record<string, string | number | boolean | null | undefined | readonly string[]>>;

/** One text per code: a function of the code's parameters. */
export type MessageMap<Code extends string> = { readonly [C in Code]: (params: MessageParams) => string };

/** Messages per locale for one set of codes. */
export type Messages<Code extends string> = { readonly [L in Locale]: MessageMap<Code> };

/**
 * The text for a code in a locale.
 *
 * @example
 * message({ nl: { hi: () => "Hallo" }, en: { hi: () => "Hello" } }, "en", "hi"); // "Hello"
 */
export function message<Code extends string>(
  messages: Messages<Code>,
  locale: Locale,
  code: Code,
  params: MessageParams = {},
): string {
  return messages[locale][code](params);
}
