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
 * What kind of text a source is: the statute text itself, the bill as amended in parliament (a
 * *nota van wijziging* or an adopted amendment), the explanatory memorandum, or a secondary source
 * (a law firm, LOC, LSR, a commission's case note; some reproduce the statute word for word).
 *
 * @example
 * const kind: SourceKind = "bill-as-amended";
 */
export type SourceKind = "statute-text" | "bill-as-amended" | "explanatory-memorandum" | "secondary";

/**
 * A public source a citation rests on, as `shared/domain/wmcz-2018.md` names it: its address (a
 * site or a parliamentary document number, as the note gives it), what it is and, where the note
 * gives one, its date. Nothing here is filled in beyond the note.
 *
 * @example
 * const s: Source = { kind: "bill-as-amended", address: "Kamerstukken 34858, nr. 22", title: "Amendement nr. 22 (aangenomen)" };
 */
export type Source = {
  readonly kind: SourceKind;
  readonly address: string;
  readonly title: string;
  /** The source's own date, only where the note gives it (`2023`, `2026-12`). */
  readonly date?: string;
};

/**
 * Where a rule comes from: a law, optionally an article (artikel), paragraph (lid) and point
 * (onderdeel). Paragraph and point are filled in only where they are confirmed. `numbering: "bill"`
 * says a lid number comes from the bill and may have been renumbered in the enacted text.
 * `sources` are the public sources that confirm it.
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
  readonly numbering?: "bill";
  readonly sources?: readonly Source[];
};

/** Zod schema for a {@link Source}. */
export const SourceSchema = z.object({
  kind: z.enum(["statute-text", "bill-as-amended", "explanatory-memorandum", "secondary"]),
  address: z.string().min(1),
  title: z.string().min(1),
  date: z.string().min(1).optional(),
});

/** Zod schema for a {@link Citation}. */
export const CitationSchema = z.object({
  law: z.string().min(1),
  article: z.string().min(1).optional(),
  paragraph: z.number().int().positive().optional(),
  point: z.string().min(1).optional(),
  status: z.enum(["confirmed", "topic-confirmed", "unconfirmed"]),
  numbering: z.literal("bill").optional(),
  sources: z.array(SourceSchema).optional(),
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
    const bill = citation.numbering === "bill" && citation.paragraph !== undefined ? " (bill numbering)" : "";
    return `art. ${citation.article}${paragraph}${point} ${citation.law}${bill}`;
  }
  const paragraph = citation.paragraph === undefined ? "" : ` lid ${citation.paragraph}`;
  const point = citation.point === undefined ? "" : ` sub ${citation.point}`;
  const bill = citation.numbering === "bill" && citation.paragraph !== undefined ? " (nummering wetsvoorstel)" : "";
  return `art. ${citation.article}${paragraph}${point} ${citation.law}${bill}`;
}
