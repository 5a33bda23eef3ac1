import type { Citation } from "../../_lib/citation/index.js";
import { WMCZ_2018 } from "../../_lib/citation/index.js";
import type { Locale } from "../../_lib/messages/index.js";
import { wmczMessages } from "../../wmcz/messages/index.js";
import { SOURCES } from "../../wmcz/sources/index.js";
import type { TrainingPlan } from "../plan/index.js";

/**
 * Facilities (*faciliteiten*): the *instelling* provides the means the council needs, including
 * training (*scholing*) and independent support. Training and the general cost rule are confirmed
 * by secondary sources, their article is not (cite the law alone); independent support and the
 * costs of the commissie are art. 6 lid 3 in the bill's numbering.
 *
 * @example
 * FACILITIES_CITATION.article; // undefined
 */
export const FACILITIES_CITATION: Citation = { law: WMCZ_2018, status: "confirmed", sources: [SOURCES.lawNote] };

/**
 * What a council can put to its *instelling* for a training plan: the half-days and the cost
 * estimate of `planTraining`, as a facility it may ask for.
 *
 * @example
 * facilitiesRequest(planTraining(["self-evaluation"])).halfDays; // { min: 2, max: 2 }
 */
export type FacilitiesRequest = {
  readonly code: "training_as_facility";
  readonly halfDays: TrainingPlan["totals"]["halfDays"];
  /** Cents, from the plan's cost estimate; null when the plan has no rates. */
  readonly amountCents: { readonly min: number; readonly max: number | null } | null;
  readonly citation: Citation;
};

/**
 * Turns a training plan into a facilities request: the council may ask the *instelling* to
 * provide this training (the law's facilities duty; article unconfirmed), and shows what it costs.
 *
 * @example
 * const request = facilitiesRequest(plan);
 * explainFacilitiesRequest(request, "nl"); // "De organisatie zorgt voor wat de raad nodig heeft … Dit plan vraagt 2 dagdelen …"
 */
export function facilitiesRequest(plan: TrainingPlan): FacilitiesRequest {
  return {
    code: "training_as_facility",
    halfDays: plan.totals.halfDays,
    amountCents: plan.cost === null ? null : plan.cost.amountCents,
    citation: FACILITIES_CITATION,
  };
}

/**
 * The request in words (Dutch B1 or English), from the wmcz message map.
 *
 * @example
 * explainFacilitiesRequest({ code: "training_as_facility", halfDays: { min: 2, max: 2 }, amountCents: { min: 80000, max: 80000 }, citation: FACILITIES_CITATION }, "en");
 * // "The organisation provides what the council needs, such as training and independent support. This plan asks for 2 half-days, about €800. …"
 */
export function explainFacilitiesRequest(request: FacilitiesRequest, locale: Locale): string {
  return wmczMessages[locale].facilities_training_request({
    halfDaysMin: request.halfDays.min,
    halfDaysMax: request.halfDays.max,
    amountMin: request.amountCents === null ? null : request.amountCents.min,
    amountMax: request.amountCents === null ? null : request.amountCents.max,
  });
}
