import * as z from "zod";
import { validateInput } from "../../_lib/input/index.js";
import { type CalendarDate, CalendarDateSchema, differenceInDays } from "../../_lib/calendar-date/index.js";
import type { Coded } from "../_internal/index.js";
import { plainTextSchema } from "../person-text/index.js";

/**
 * The states of a candidate, in order, then the two ways out.
 *
 * @example
 * PipelineStateSchema.parse("eligibility_checked"); // "eligibility_checked"
 */
export const PipelineStateSchema = z.enum([
  "registered",
  "introduction",
  "eligibility_checked",
  "proposed",
  "appointed",
  "onboarding",
  "active",
  "withdrawn",
  "rejected",
]);

/**
 * A state of a candidate.
 *
 * @example
 * const s: PipelineState = "proposed";
 */
export type PipelineState = z.infer<typeof PipelineStateSchema>;

/**
 * Coded reasons a candidate withdraws. No free text by default: a reason may touch health, so only
 * a short optional note is kept (see {@link PipelineReasonSchema}).
 *
 * @example
 * WITHDRAWAL_REASONS.includes("time_commitment"); // true
 */
export const WITHDRAWAL_REASONS = ["time_commitment", "personal_circumstances", "no_longer_interested", "no_response", "other"] as const;

/**
 * Coded reasons a candidate is not appointed.
 *
 * @example
 * REJECTION_REASONS.includes("not_eligible"); // true
 */
export const REJECTION_REASONS = ["not_eligible", "council_full", "profile_mismatch", "not_appointed_by_provider", "other"] as const;

/**
 * Why a candidate left the pipeline: a code from {@link WITHDRAWAL_REASONS} or
 * {@link REJECTION_REASONS}, and an optional short note (keep personal details out).
 *
 * @example
 * PipelineReasonSchema.parse({ code: "time_commitment" }); // { code: "time_commitment" }
 */
export const PipelineReasonSchema = z.object({
  code: z.enum(["time_commitment", "personal_circumstances", "no_longer_interested", "no_response", "not_eligible", "council_full", "profile_mismatch", "not_appointed_by_provider", "other"]),
  note: plainTextSchema(280).pipe(z.string().min(1)).optional(),
});

/**
 * Why a candidate left the pipeline.
 *
 * @example
 * const r: PipelineReason = { code: "no_response" };
 */
export type PipelineReason = { readonly code: z.infer<typeof PipelineReasonSchema>["code"]; readonly note?: string };

/**
 * One change of state, with its day and (for withdrawn or rejected) the reason.
 *
 * @example
 * PipelineStepSchema.parse({ state: "registered", on: "2026-09-01" }); // { state: "registered", on: "2026-09-01" }
 */
export const PipelineStepSchema = z.object({
  state: PipelineStateSchema,
  on: CalendarDateSchema,
  reason: PipelineReasonSchema.optional(),
});

/**
 * A candidate in the pipeline: an id (no name, no health data), the current state and its history,
 * oldest first. The last history entry must be the current state (`state_history_mismatch`) and
 * dates may not go back (`history_out_of_order`).
 *
 * @example
 * PipelineCandidateSchema.parse({ id: "c1", state: "registered", history: [{ state: "registered", on: "2026-09-01" }] }).state;
 * // "registered"
 */
export const PipelineCandidateSchema = z
  .object({
    id: z.string().min(1).max(100),
    state: PipelineStateSchema,
    history: z.array(PipelineStepSchema).min(1).max(50),
  })
  .superRefine((candidate, ctx) => {
    if (candidate.history.at(-1)?.state !== candidate.state) ctx.addIssue({ code: "custom", message: "state_history_mismatch", path: ["state"] });
    candidate.history.forEach((step, index) => {
      const previous = candidate.history[index - 1];
      if (previous !== undefined && step.on < previous.on) ctx.addIssue({ code: "custom", message: "history_out_of_order", path: ["history", index, "on"] });
    });
  });

/**
 * One change of state.
 *
 * @example
 * const step: PipelineStep = { state: "withdrawn", on: "2026-10-01", reason: { code: "time_commitment" } };
 */
export type PipelineStep = { readonly state: PipelineState; readonly on: CalendarDate; readonly reason?: PipelineReason };

/**
 * A candidate in the pipeline (see {@link PipelineCandidateSchema}).
 *
 * @example
 * const c: PipelineCandidate = { id: "c1", state: "registered", history: [{ state: "registered", on: "2026-09-01" }] };
 */
export type PipelineCandidate = { readonly id: string; readonly state: PipelineState; readonly history: readonly PipelineStep[] };

/**
 * One allowed move in the pipeline.
 *
 * @example
 * const t: PipelineTransition = { from: "registered", to: "introduction", reasonRequired: false };
 */
export type PipelineTransition = { readonly from: PipelineState; readonly to: PipelineState; readonly reasonRequired: boolean };

const ORDER = ["registered", "introduction", "eligibility_checked", "proposed", "appointed", "onboarding", "active"] as const;
const FINAL: readonly PipelineState[] = ["active", "withdrawn", "rejected"];

/**
 * The candidate pipeline as data: the states in order, the final ones and every allowed transition.
 * A candidate moves one step forward at a time (registered → introduction talk → eligibility checked
 * → proposed → appointed → onboarding → active) and can withdraw or be rejected — with a reason — at
 * any step before active.
 *
 * @example
 * candidatePipeline.transitions.filter((t) => t.from === "registered").map((t) => t.to);
 * // ["introduction", "withdrawn", "rejected"]
 */
export const candidatePipeline: {
  readonly states: readonly PipelineState[];
  readonly initial: PipelineState;
  readonly final: readonly PipelineState[];
  readonly transitions: readonly PipelineTransition[];
  readonly reasons: { readonly withdrawn: typeof WITHDRAWAL_REASONS; readonly rejected: typeof REJECTION_REASONS };
} = {
  states: PipelineStateSchema.options,
  initial: "registered",
  final: FINAL,
  transitions: ORDER.slice(0, -1).flatMap((from, index): PipelineTransition[] => [
    { from, to: ORDER[index + 1] ?? "active", reasonRequired: false },
    { from, to: "withdrawn", reasonRequired: true },
    { from, to: "rejected", reasonRequired: true },
  ]),
  reasons: { withdrawn: WITHDRAWAL_REASONS, rejected: REJECTION_REASONS },
};

/**
 * Options of {@link advanceCandidate}: the day of the change, for withdrawn or rejected the reason,
 * and today (passed in, never read from a clock), after which no change may be dated.
 *
 * @example
 * AdvanceOptionsSchema.parse({ on: "2026-10-01", today: "2026-10-02" }); // { on: "2026-10-01", today: "2026-10-02" }
 */
export const AdvanceOptionsSchema = z.object({ on: CalendarDateSchema, reason: PipelineReasonSchema.optional(), today: CalendarDateSchema.optional() });

/**
 * Options of {@link advanceCandidate}.
 *
 * @example
 * const o: AdvanceOptions = { on: "2026-10-01", reason: { code: "other" } };
 */
export type AdvanceOptions = {
  readonly on: CalendarDate;
  readonly reason?: PipelineReason;
  /** Today: a change dated after it is refused (`date_after_today`), so no step defers the purge. */
  readonly today?: CalendarDate;
};

/**
 * Codes of the issues {@link advanceCandidate} gives.
 *
 * @example
 * const code: AdvanceIssueCode = "reason_missing";
 */
export type AdvanceIssueCode = "transition_not_allowed" | "reason_missing" | "reason_not_expected" | "reason_not_for_state" | "date_before_last_change" | "date_after_today";

/**
 * The outcome of {@link advanceCandidate}.
 *
 * @example
 * const r: AdvanceResult = { success: false, issues: [{ code: "reason_missing", params: { to: "rejected" } }] };
 */
export type AdvanceResult = { readonly success: true; readonly data: PipelineCandidate } | { readonly success: false; readonly issues: readonly Coded<AdvanceIssueCode>[] };

/**
 * Moves a candidate to the next state. Returns the candidate with the new state and the step added
 * to the history, or coded issues (all that apply): `transition_not_allowed` (skipping a step, going
 * back, or leaving a final state), `reason_missing` (withdrawn or rejected without a reason),
 * `reason_not_expected` (a reason for a forward step: it is not stored), `reason_not_for_state` (a
 * withdrawal reason for a rejection or the other way round), `date_before_last_change`, and
 * `date_after_today` when `today` is given and the change is dated after it.
 *
 * @throws {InvalidInputError} when an argument does not match its schema; the message names each field
 * @example
 * const c = { id: "c1", state: "registered", history: [{ state: "registered", on: "2026-09-01" }] } as const;
 * advanceCandidate(c, "introduction", { on: "2026-09-08" });
 * // { success: true, data: { id: "c1", state: "introduction", history: [..., { state: "introduction", on: "2026-09-08" }] } }
 * advanceCandidate(c, "proposed", { on: "2026-09-08" }).success; // false (transition_not_allowed)
 */
export function advanceCandidate(candidate: PipelineCandidate, to: PipelineState, options: AdvanceOptions): AdvanceResult {
  validateInput("advanceCandidate", "candidate", PipelineCandidateSchema, candidate);
  validateInput("advanceCandidate", "to", PipelineStateSchema, to);
  validateInput("advanceCandidate", "options", AdvanceOptionsSchema, options);
  const issues: Coded<AdvanceIssueCode>[] = [];
  const transition = candidatePipeline.transitions.find((t) => t.from === candidate.state && t.to === to);
  if (transition === undefined) issues.push({ code: "transition_not_allowed", params: { from: candidate.state, to } });
  const leaving = to === "withdrawn" || to === "rejected";
  if (leaving && options.reason === undefined) issues.push({ code: "reason_missing", params: { to } });
  if (!leaving && options.reason !== undefined) issues.push({ code: "reason_not_expected", params: { to } });
  if (leaving && options.reason !== undefined) {
    const allowed: readonly string[] = candidatePipeline.reasons[to];
    if (!allowed.includes(options.reason.code)) issues.push({ code: "reason_not_for_state", params: { to, reason: options.reason.code } });
  }
  const last = candidate.history.at(-1);
  if (last !== undefined && options.on < last.on) issues.push({ code: "date_before_last_change", params: { on: options.on, lastChangeOn: last.on } });
  if (options.today !== undefined && options.on > options.today) issues.push({ code: "date_after_today", params: { on: options.on, today: options.today } });
  if (issues.length > 0) return { success: false, issues };
  const step: PipelineStep = { state: to, on: options.on, ...(leaving && options.reason !== undefined ? { reason: options.reason } : {}) };
  return { success: true, data: { ...candidate, state: to, history: [...candidate.history, step] } };
}

/**
 * Days a candidate has waited since their last change of state, or `null` once they are in a final
 * state (active, withdrawn, rejected) and wait for nothing.
 *
 * @example
 * daysWaiting({ id: "c1", state: "introduction", history: [{ state: "registered", on: "2026-09-01" }, { state: "introduction", on: "2026-09-08" }] }, "2026-09-30");
 * // 22
 */
export function daysWaiting(candidate: PipelineCandidate, today: CalendarDate): number | null {
  if (FINAL.includes(candidate.state)) return null;
  const last = candidate.history.at(-1);
  return last === undefined ? null : Math.max(0, differenceInDays(today, last.on));
}

/**
 * Days since a candidate registered (the first history entry) until today, or until they reached a
 * final state.
 *
 * @example
 * daysSinceRegistration({ id: "c1", state: "registered", history: [{ state: "registered", on: "2026-09-01" }] }, "2026-09-30");
 * // 29
 */
export function daysSinceRegistration(candidate: PipelineCandidate, today: CalendarDate): number {
  const first = candidate.history[0];
  if (first === undefined) return 0;
  const end = FINAL.includes(candidate.state) ? (candidate.history.at(-1)?.on ?? today) : today;
  return Math.max(0, differenceInDays(end, first.on));
}
