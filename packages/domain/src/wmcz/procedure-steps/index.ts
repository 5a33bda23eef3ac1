import * as z from "zod";
import { type Citation, type CitationStatus, WMCZ_2018 } from "../../_lib/citation/index.js";
import type { Period } from "../procedure-settings/index.js";
import { SOURCES } from "../sources/index.js";

/**
 * The three procedures a council can follow: advice asked by the *instelling* (art. 7), consent
 * (art. 8), and the council's own unsolicited advice (art. 9).
 *
 * @example
 * ProcedureKindSchema.options; // ["advice", "consent", "unsolicited-advice"]
 */
export const ProcedureKindSchema = z.enum(["advice", "consent", "unsolicited-advice"]);

/**
 * One of the three procedures.
 *
 * @example
 * const kind: ProcedureKind = "unsolicited-advice";
 */
export type ProcedureKind = z.infer<typeof ProcedureKindSchema>;

/**
 * Codes of the steps of a procedure, in the order they are listed.
 *
 * @example
 * const code: ProcedureStepCode = "consult_before_refusing";
 */
export type ProcedureStepCode =
  | "request_sent"
  | "unsolicited_advice_sent"
  | "ask_for_information"
  | "answer_due"
  | "decide_as_soon_as_possible"
  | "consult_before_deviating"
  | "consult_before_not_following"
  | "written_decision_with_reasons"
  | "consent_topic_needs_consent"
  | "consult_before_refusing"
  | "consent_refused_substitute_consent"
  | "nullity_invocation_deadline"
  | "dispute_to_commission"
  | "appeal_to_ondernemingskamer"
  | "enforce_ruling";

/**
 * How a step gets its date: the day the request or advice was sent, the answer date by the
 * organisation's period, or none (the law gives no date, or the start of the period is unconfirmed).
 *
 * @example
 * const dating: StepDating = "answer_due";
 */
export type StepDating = "sent_on" | "answer_due" | "none";

/**
 * A period the law itself sets, with how far it is confirmed and from when it runs.
 *
 * @example
 * const p: LegalPeriod = { period: { amount: 3, unit: "months" }, status: "confirmed", startsAt: { nl: "…", en: "…" }, startStatus: "confirmed" };
 */
export type LegalPeriod = {
  readonly period: Period;
  readonly status: CitationStatus;
  /** From when the period runs, in words. */
  readonly startsAt: { readonly nl: string; readonly en: string };
  readonly startStatus: CitationStatus;
};

/**
 * One step of the Wmcz procedures, as data a lawyer can review in one place: which procedures it
 * belongs to, its citation (with status and sources), a period the law sets (if any) and how it is
 * dated. Its text is the message `step_<code>` in `wmczMessages`.
 *
 * @example
 * PROCEDURE_STEPS.find((s) => s.code === "appeal_to_ondernemingskamer")?.legalPeriod?.period; // { amount: 3, unit: "months" }
 */
export type StepDefinition = {
  readonly code: ProcedureStepCode;
  readonly appliesTo: readonly ProcedureKind[];
  readonly citation?: Citation;
  readonly legalPeriod?: LegalPeriod;
  readonly dating: StepDating;
  /** What the step rests on, in English, for RULES.md. */
  readonly rule: string;
};

/** Confirmed as part of the Wmcz 2018, article not confirmed: cite the law alone. */
const lawOnly = (...sources: NonNullable<Citation["sources"]>): Citation => ({ law: WMCZ_2018, status: "confirmed", sources });
const art = (article: string, ...sources: NonNullable<Citation["sources"]>): Citation => ({ law: WMCZ_2018, article, status: "confirmed", sources });

/**
 * Period within which the council invokes, in writing, the nullity of a decision taken without its
 * required consent: **one month** (confirmed, article unconfirmed). **When the month starts is not
 * confirmed** for the 2018 law, so the product never computes a hard deadline from it.
 *
 * @example
 * NULLITY_INVOCATION_PERIOD; // { amount: 1, unit: "months" }
 */
export const NULLITY_INVOCATION_PERIOD: Period = { amount: 1, unit: "months" };

/**
 * Appeal against a ruling of the commissie van vertrouwenslieden lies only with the
 * Ondernemingskamer, **within three months** after the requesting party was told of the ruling; no
 * cassation (art. 13; adopted amendment 22; confirmed).
 *
 * @example
 * APPEAL_PERIOD; // { amount: 3, unit: "months" }
 */
export const APPEAL_PERIOD: Period = { amount: 3, unit: "months" };

/**
 * Every step of the advice, consent and unsolicited-advice procedures, in the order they are
 * shown. `planProcedure` and the RULES.md generator both read this table.
 *
 * @example
 * PROCEDURE_STEPS.filter((s) => s.appliesTo.includes("unsolicited-advice")).map((s) => s.code)[0]; // "unsolicited_advice_sent"
 */
// Built in a function marked pure, so a bundle that never plans a procedure drops the table.
export const PROCEDURE_STEPS: readonly StepDefinition[] = /* @__PURE__ */ ((): readonly StepDefinition[] => [
  {
    code: "request_sent",
    appliesTo: ["advice", "consent"],
    citation: lawOnly(SOURCES.lsrKennisbank),
    dating: "sent_on",
    rule: "advice and consent are asked in time (tijdig): early enough to form a view and still influence the decision",
  },
  {
    code: "unsolicited_advice_sent",
    appliesTo: ["unsolicited-advice"],
    citation: art("9", SOURCES.lawNote),
    dating: "sent_on",
    rule: "the council may give unsolicited advice on anything that matters to clients",
  },
  {
    code: "ask_for_information",
    appliesTo: ["advice", "consent", "unsolicited-advice"],
    citation: lawOnly(SOURCES.lawNote),
    dating: "none",
    rule: "the instelling gives, in time and on request in writing, all information the council reasonably needs",
  },
  {
    code: "answer_due",
    appliesTo: ["advice", "consent"],
    dating: "answer_due",
    rule: "the law sets no number of days; the period comes from the participation regulation (common practice 4–6 weeks, shown as usual)",
  },
  {
    code: "decide_as_soon_as_possible",
    appliesTo: ["unsolicited-advice"],
    citation: lawOnly(SOURCES.lawNote),
    dating: "none",
    rule: "on unsolicited advice the instelling decides as soon as possible",
  },
  {
    code: "consult_before_deviating",
    appliesTo: ["advice"],
    citation: lawOnly(SOURCES.lsrKennisbank),
    dating: "none",
    rule: "before deciding against written advice the instelling consults the council",
  },
  {
    code: "consult_before_not_following",
    appliesTo: ["unsolicited-advice"],
    citation: lawOnly(SOURCES.lawNote),
    dating: "none",
    rule: "if it will not follow unsolicited advice, the instelling consults the council at least once",
  },
  {
    code: "written_decision_with_reasons",
    appliesTo: ["advice", "unsolicited-advice"],
    citation: lawOnly(SOURCES.lsrKennisbank),
    dating: "none",
    rule: "the instelling reports its decision in writing, with reasons for any deviation from the advice",
  },
  {
    code: "consent_topic_needs_consent",
    appliesTo: ["unsolicited-advice"],
    citation: art("8", SOURCES.meepraten, SOURCES.zorginstituut),
    dating: "none",
    rule: "if the advice leads to an intended decision on a consent topic, that decision needs the council's consent",
  },
  {
    code: "consult_before_refusing",
    appliesTo: ["consent"],
    citation: art("8", SOURCES.amendment24),
    dating: "none",
    rule: "the council refuses consent only after consulting the instelling at least once, as far as reasonably possible (lid unconfirmed)",
  },
  {
    code: "consent_refused_substitute_consent",
    appliesTo: ["consent"],
    citation: art("8", SOURCES.amendment25),
    dating: "none",
    rule: "consent refused: the instelling cannot carry out the decision; only substitute consent from the commissie, when refusing was unreasonable or for weighty reasons of any kind",
  },
  {
    code: "nullity_invocation_deadline",
    appliesTo: ["consent"],
    citation: lawOnly(SOURCES.meepraten),
    legalPeriod: {
      period: NULLITY_INVOCATION_PERIOD,
      status: "confirmed",
      startsAt: {
        nl: "niet bevestigd voor de wet van 2018 (vroeger: vanaf het bericht aan de raad; een gids van 2018: vanaf het besluit)",
        en: "unconfirmed for the 2018 law (1996 practice: from when the council was told; a 2018 guide: from the decision)",
      },
      startStatus: "unconfirmed",
    },
    dating: "none",
    rule: "a decision taken without the required consent is void if the council invokes this in writing within one month",
  },
  {
    code: "dispute_to_commission",
    appliesTo: ["advice", "consent", "unsolicited-advice"],
    citation: art("13", SOURCES.billAsAmended, SOURCES.gzrUpdates),
    dating: "none",
    rule: "disputes go to the commissie van vertrouwenslieden (in practice the LCvV); the dispute rules are in art. 13, art. 14 establishes the commissie",
  },
  {
    code: "appeal_to_ondernemingskamer",
    appliesTo: ["advice", "consent", "unsolicited-advice"],
    citation: art("13", SOURCES.amendment22, SOURCES.dirkzwager),
    legalPeriod: {
      period: APPEAL_PERIOD,
      status: "confirmed",
      startsAt: { nl: "nadat de verzoekende partij de uitspraak van de commissie kreeg", en: "after the requesting party was told of the commissie's decision" },
      startStatus: "confirmed",
    },
    dating: "none",
    rule: "appeal only with the Ondernemingskamer, within three months; no cassation; no route via the kantonrechter",
  },
  {
    code: "enforce_ruling",
    appliesTo: ["advice", "consent", "unsolicited-advice"],
    citation: lawOnly(SOURCES.gzrUpdates),
    dating: "none",
    rule: "compliance with a ruling of the commissie can be requested at the Ondernemingskamer",
  },
])();
