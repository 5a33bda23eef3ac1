import * as z from "zod";

/**
 * Hours in one half-day (*dagdeel*). Source: LOC training guide (seed `004`), basic course:
 * "Minimaal 1 dagdeel van 4 uur".
 *
 * @example
 * 3 * HOURS_PER_HALF_DAY; // 12
 */
export const HOURS_PER_HALF_DAY = 4;

/**
 * How long an offering takes, in half-days, as the guide gives it:
 * - `fixed`: exactly so many half-days ("2 dagdelen", "2 dagen (4 dagdelen)");
 * - `range`: between two numbers ("2-4 dagdelen");
 * - `atLeast`: a minimum with no maximum ("minimaal 1 dagdeel");
 * - `onRequest`: "afhankelijk van de vraag", optionally with a minimum and "en omvang" (`scope`).
 *
 * Modules have no duration in the guide: their duration is `null` ("in overleg").
 *
 * @example
 * const d: TrainingDuration = { kind: "range", minHalfDays: 2, maxHalfDays: 4 };
 */
export type TrainingDuration =
  | { readonly kind: "fixed"; readonly halfDays: number }
  | { readonly kind: "range"; readonly minHalfDays: number; readonly maxHalfDays: number }
  | { readonly kind: "atLeast"; readonly minHalfDays: number }
  | { readonly kind: "onRequest"; readonly minHalfDays?: number; readonly scope?: boolean };

const halfDays = z.number().int().min(1).max(100);

/**
 * Zod schema for a {@link TrainingDuration}; a range must have its minimum below its maximum.
 *
 * @example
 * TrainingDurationSchema.safeParse({ kind: "fixed", halfDays: 2 }).success; // true
 * TrainingDurationSchema.safeParse({ kind: "range", minHalfDays: 4, maxHalfDays: 2 }).success; // false
 */
export const TrainingDurationSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("fixed"), halfDays }),
  z
    .object({ kind: z.literal("range"), minHalfDays: halfDays, maxHalfDays: halfDays })
    .refine((d) => d.minHalfDays < d.maxHalfDays, { message: "range_min_not_below_max" }),
  z.object({ kind: z.literal("atLeast"), minHalfDays: halfDays }),
  z.object({ kind: z.literal("onRequest"), minHalfDays: halfDays.optional(), scope: z.boolean().optional() }),
]);

/**
 * Lower and upper bound in half-days; `max: null` means open-ended.
 * @example
 * const bounds: HalfDayBounds = { min: 2, max: 4 };
 */
export type HalfDayBounds = { readonly min: number; readonly max: number | null };

/**
 * The half-days an offering counts for in totals, or `null` when the guide gives no number to
 * count ("in overleg", or "afhankelijk van de vraag" without a minimum).
 *
 * @example
 * durationBounds({ kind: "range", minHalfDays: 2, maxHalfDays: 4 }); // { min: 2, max: 4 }
 * durationBounds({ kind: "atLeast", minHalfDays: 1 }); // { min: 1, max: null }
 * durationBounds(null); // null
 */
export function durationBounds(duration: TrainingDuration | null): HalfDayBounds | null {
  if (duration === null) return null;
  switch (duration.kind) {
    case "fixed":
      return { min: duration.halfDays, max: duration.halfDays };
    case "range":
      return { min: duration.minHalfDays, max: duration.maxHalfDays };
    case "atLeast":
      return { min: duration.minHalfDays, max: null };
    case "onRequest":
      return duration.minHalfDays === undefined ? null : { min: duration.minHalfDays, max: null };
  }
}

const WORDS = {
  nl: {
    halfDay: (n: number) => (n === 1 ? "1 dagdeel" : `${n} dagdelen`),
    range: (a: number, b: number) => `${a} tot ${b} dagdelen`,
    atLeast: (text: string) => `minimaal ${text}`,
    onRequest: "hangt af van de vraag",
    onRequestScope: "hangt af van de vraag en de omvang",
    inConsultation: "in overleg",
  },
  en: {
    halfDay: (n: number) => (n === 1 ? "1 half-day" : `${n} half-days`),
    range: (a: number, b: number) => `${a} to ${b} half-days`,
    atLeast: (text: string) => `at least ${text}`,
    onRequest: "depends on the question",
    onRequestScope: "depends on the question and its size",
    inConsultation: "by arrangement",
  },
} as const;

/**
 * A duration in plain words (B1 Dutch or English); `null` reads "in overleg" / "by arrangement".
 *
 * @example
 * formatDuration({ kind: "range", minHalfDays: 2, maxHalfDays: 4 }, "nl"); // "2 tot 4 dagdelen"
 * formatDuration({ kind: "onRequest", minHalfDays: 1 }, "en"); // "depends on the question (at least 1 half-day)"
 * formatDuration(null, "nl"); // "in overleg"
 */
export function formatDuration(duration: TrainingDuration | null, locale: "nl" | "en"): string {
  const w = WORDS[locale];
  if (duration === null) return w.inConsultation;
  switch (duration.kind) {
    case "fixed":
      return w.halfDay(duration.halfDays);
    case "range":
      return w.range(duration.minHalfDays, duration.maxHalfDays);
    case "atLeast":
      return w.atLeast(w.halfDay(duration.minHalfDays));
    case "onRequest": {
      const base = duration.scope === true ? w.onRequestScope : w.onRequest;
      return duration.minHalfDays === undefined ? base : `${base} (${w.atLeast(w.halfDay(duration.minHalfDays))})`;
    }
  }
}
