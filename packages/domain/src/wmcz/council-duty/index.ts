import * as z from "zod";
import { type Citation, WMCZ_2018 } from "../../_lib/citation/index.js";
import { SOURCES } from "../sources/index.js";

/**
 * A threshold of art. 3 lid 1: above how many natural persons who normally give care an
 * *instelling* must install a client council, and when it applies.
 *
 * @example
 * COUNCIL_THRESHOLDS[0]?.moreThan; // 10
 */
export type CouncilThreshold = {
  readonly id: "default" | "no-overnight-designated-care";
  /** The council is required when *more than* this many persons normally give care. */
  readonly moreThan: number;
  readonly citation: Citation;
  readonly appliesWhen: { readonly nl: string; readonly en: string };
};

const art3lid1 = (point: "a" | "b"): Citation => ({ law: WMCZ_2018, article: "3", paragraph: 1, point, status: "confirmed", sources: [SOURCES.eldermansGeerts] });

/**
 * The thresholds of art. 3 lid 1 (confirmed): more than 10 by default (sub a); more than 25 only
 * where clients cannot stay a full day and night **and** the care is of a kind designated in the
 * *Besluit Wmcz 2018* (sub b; the decree's list was not read). Never art. 2 (that is *inspraak*).
 *
 * @example
 * COUNCIL_THRESHOLDS.map((t) => t.moreThan); // [10, 25]
 */
export const COUNCIL_THRESHOLDS: readonly CouncilThreshold[] = [
  {
    id: "default",
    moreThan: 10,
    citation: art3lid1("a"),
    appliesWhen: { nl: "in alle andere gevallen", en: "in every other case" },
  },
  {
    id: "no-overnight-designated-care",
    moreThan: 25,
    citation: art3lid1("b"),
    appliesWhen: {
      nl: "cliënten kunnen er niet een etmaal verblijven én de zorg is van een soort die in het Besluit Wmcz 2018 staat",
      en: "clients cannot stay a full day and night and the care is of a kind designated in the Besluit Wmcz 2018",
    },
  },
];

/**
 * A voluntary council below the threshold (art. 4; adopted amendment 34): the *instelling* records
 * with the council on which topics and how it has a say.
 *
 * @example
 * VOLUNTARY_COUNCIL.article; // "4"
 */
export const VOLUNTARY_COUNCIL: Citation = { law: WMCZ_2018, article: "4", status: "confirmed", sources: [SOURCES.amendment34] };

/**
 * Input of {@link councilDuty}. `careGivers`: natural persons who normally give care there
 * (everyone who provides care counts, whatever the contract; secondary source). `overnightStay`:
 * whether clients can stay at least a full day and night; `designatedCare`: whether the care is of a
 * kind designated in the Besluit Wmcz 2018. Leave either out when unknown.
 *
 * @example
 * CouncilDutyInputSchema.safeParse({ careGivers: -1 }).success; // false
 */
export const CouncilDutyInputSchema = z.object({
  careGivers: z.number().int().nonnegative(),
  overnightStay: z.boolean().optional(),
  designatedCare: z.boolean().optional(),
});

/**
 * Input of {@link councilDuty}.
 *
 * @example
 * const input: CouncilDutyInput = { careGivers: 18, overnightStay: false };
 */
export type CouncilDutyInput = z.infer<typeof CouncilDutyInputSchema>;

/**
 * The answer of {@link councilDuty}: `required`, `not_required` (a voluntary council is possible,
 * art. 4) or `depends` (between 11 and 25 persons while overnight stay or the kind of care is not
 * known), with the threshold that decided and its citation.
 *
 * @example
 * councilDuty({ careGivers: 8 }).code; // "not_required"
 */
export type CouncilDuty = {
  readonly code: "required" | "not_required" | "depends";
  readonly threshold: number;
  readonly citation: Citation;
  /** The voluntary-council route, given when no council is required (or it depends). */
  readonly voluntary?: Citation;
};

/**
 * Whether an *instelling* must install a client council under art. 3 lid 1 Wmcz 2018.
 *
 * @throws {z.ZodError} when the input does not match {@link CouncilDutyInputSchema}
 * @example
 * councilDuty({ careGivers: 11 }).code; // "depends" (the higher threshold may apply)
 * councilDuty({ careGivers: 11, overnightStay: true }).code; // "required"
 * councilDuty({ careGivers: 20, overnightStay: false, designatedCare: true }).code; // "not_required"
 * councilDuty({ careGivers: 26 }).code; // "required"
 */
export function councilDuty(input: CouncilDutyInput): CouncilDuty {
  const parsed = CouncilDutyInputSchema.parse(input);
  const [low, high] = COUNCIL_THRESHOLDS as readonly [CouncilThreshold, CouncilThreshold];
  const higher = parsed.overnightStay === false && parsed.designatedCare === true;
  const lower = parsed.overnightStay === true || parsed.designatedCare === false;
  if (parsed.careGivers > high.moreThan) return { code: "required", threshold: higher ? high.moreThan : low.moreThan, citation: higher ? high.citation : low.citation };
  if (parsed.careGivers <= low.moreThan) return { code: "not_required", threshold: low.moreThan, citation: low.citation, voluntary: VOLUNTARY_COUNCIL };
  if (higher) return { code: "not_required", threshold: high.moreThan, citation: high.citation, voluntary: VOLUNTARY_COUNCIL };
  if (lower) return { code: "required", threshold: low.moreThan, citation: low.citation };
  return { code: "depends", threshold: low.moreThan, citation: high.citation, voluntary: VOLUNTARY_COUNCIL };
}
