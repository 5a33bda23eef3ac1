import type { Locale } from "@raadswerk/domain/calendar";

/** The content script asks the background for the glossary in one locale. */
export type GlossaryRequest = { readonly type: "raadswerk:glossary"; readonly locale: Locale };

/**
 * @example
 * isGlossaryRequest({ type: "raadswerk:glossary", locale: "nl" }); // true
 */
export function isGlossaryRequest(message: unknown): message is GlossaryRequest {
  if (message === null || typeof message !== "object") return false;
  const m = message as Partial<GlossaryRequest>;
  return m.type === "raadswerk:glossary" && (m.locale === "nl" || m.locale === "en");
}
