import * as z from "zod";

/** Short name of the law, as the product writes it. */
export const WMCZ_2018 = "Wmcz 2018";

/**
 * Identifier of the Wmcz 2018 in the official Dutch law database. Believed, not checked
 * (`shared/domain/wmcz-2018.md`): keep it in this one constant.
 */
export const WMCZ_2018_BWB_ID = "BWBR0042167";

/** How far a citation is confirmed by public sources (`shared/domain/wmcz-2018.md`). */
export type CitationStatus = "confirmed" | "topic-confirmed" | "unconfirmed";

/**
 * Where a rule comes from: a law, optionally an article (artikel), paragraph (lid) and point
 * (onderdeel). Paragraph and point are filled in only where they are confirmed.
 *
 * @example
 * const c: Citation = { law: "Wmcz 2018", article: "7", paragraph: 1, point: "b", status: "confirmed" };
 */
export type Citation = {
  readonly law: string;
  readonly article?: string;
  readonly paragraph?: number;
  readonly point?: string;
  readonly status: CitationStatus;
};

/** Zod schema for a {@link Citation}. */
export const CitationSchema = z.object({
  law: z.string().min(1),
  article: z.string().min(1).optional(),
  paragraph: z.number().int().positive().optional(),
  point: z.string().min(1).optional(),
  status: z.enum(["confirmed", "topic-confirmed", "unconfirmed"]),
});

/**
 * A citation as people write it, in Dutch (`art. 7 lid 1 sub b Wmcz 2018`) or English
 * (`art. 7(1)(b) Wmcz 2018`).
 *
 * @example
 * formatCitation({ law: "Wmcz 2018", article: "8", status: "topic-confirmed" }, "nl"); // "art. 8 Wmcz 2018"
 */
export function formatCitation(citation: Citation, locale: "nl" | "en" = "nl"): string {
  if (citation.article === undefined) return citation.law;
  if (locale === "en") {
    const paragraph = citation.paragraph === undefined ? "" : `(${citation.paragraph})`;
    const point = citation.point === undefined ? "" : `(${citation.point})`;
    return `art. ${citation.article}${paragraph}${point} ${citation.law}`;
  }
  const paragraph = citation.paragraph === undefined ? "" : ` lid ${citation.paragraph}`;
  const point = citation.point === undefined ? "" : ` sub ${citation.point}`;
  return `art. ${citation.article}${paragraph}${point} ${citation.law}`;
}
