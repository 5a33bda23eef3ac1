import { describe, expect, it } from "vitest";
import type { ProcedureSettings } from "../procedure-settings/index.js";
import { planProcedure } from "./index.js";

const settings = (overrides: Partial<ProcedureSettings> = {}): ProcedureSettings => ({
  adviceAnswerPeriod: { amount: 4, unit: "weeks" },
  consentAnswerPeriod: { amount: 20, unit: "working-days" },
  holidays: ["eerste-kerstdag", "tweede-kerstdag", "nieuwjaarsdag"],
  extraNonWorkingDays: [],
  ...overrides,
});

describe("planProcedure", () => {
  it("uses 6 weeks, labelled common practice, when the organisation gives no period", () => {
    const plan = planProcedure({ right: "advice", sentOn: "2026-11-23" });
    expect(plan.answerDue).toBe("2027-01-04");
    expect(plan.periodSource).toBe("common_practice");
  });

  it("uses the organisation's own period when given", () => {
    const plan = planProcedure({ right: "advice", sentOn: "2026-11-23", settings: settings() });
    expect([plan.answerDue, plan.periodSource]).toEqual(["2026-12-21", "organisation"]);
  });

  it("counts working days without weekends and the chosen holidays", () => {
    const plan = planProcedure({ right: "consent", sentOn: "2026-12-01", settings: settings() });
    // 20 working days from 1 December 2026, skipping 25 and 26 December (a Friday and Saturday) and 1 January.
    expect(plan.answerDue).toBe("2026-12-30");
  });

  it("counts months to the last day of a shorter month", () => {
    const plan = planProcedure({ right: "advice", sentOn: "2026-01-31", settings: settings({ adviceAnswerPeriod: { amount: 1, unit: "months" } }) });
    expect(plan.answerDue).toBe("2026-02-28");
  });

  it("lists the advice steps: consult before deviating and a written decision with reasons", () => {
    expect(planProcedure({ right: "advice", sentOn: "2026-11-23" }).steps.map((s) => s.code)).toMatchInlineSnapshot(`
      [
        "request_sent",
        "ask_for_information",
        "answer_due",
        "consult_before_deviating",
        "written_decision_with_reasons",
        "dispute_to_commission",
        "appeal_to_ondernemingskamer",
        "enforce_ruling",
      ]
    `);
  });

  it("tells that refused consent leaves only substitute consent from the commission", () => {
    const codes = planProcedure({ right: "consent", sentOn: "2026-11-23" }).steps.map((s) => s.code);
    expect(codes).toContain("consent_refused_substitute_consent");
    expect(codes).not.toContain("consult_before_deviating");
  });

  // Issue 11, correction 5: the nullity month's start is unconfirmed, so no hard deadline date.
  it("never dates the nullity step as a hard deadline; a month from learning is one reading, with its doubt", () => {
    const plan = planProcedure({ right: "consent", sentOn: "2026-11-23", decisionLearnedOn: "2027-01-31" });
    const step = plan.steps.find((s) => s.code === "nullity_invocation_deadline");
    expect(step?.date).toBeUndefined();
    expect(step?.params).toMatchObject({ startConfirmed: false, monthFromLearning: "2027-02-28" });
  });

  // Issue 11, correction 6: consult before refusing consent; substitute consent for weighty reasons of any kind.
  it("lists the consent steps: consult the instelling before refusing, then substitute consent (art. 8)", () => {
    const steps = planProcedure({ right: "consent", sentOn: "2026-11-23" }).steps;
    const codes = steps.map((s) => s.code);
    expect(codes.indexOf("consult_before_refusing")).toBeGreaterThan(-1);
    expect(codes.indexOf("consult_before_refusing")).toBeLessThan(codes.indexOf("consent_refused_substitute_consent"));
    expect(steps.find((s) => s.code === "consult_before_refusing")?.citation).toMatchObject({ article: "8", status: "confirmed" });
    expect(steps.find((s) => s.code === "consult_before_refusing")?.citation?.paragraph).toBeUndefined();
  });

  // Issue 11, missing route: unsolicited advice (art. 9) as a procedure of its own.
  it("plans unsolicited advice: no answer date, a decision as soon as possible, consultation and written reasons", () => {
    const plan = planProcedure({ right: "unsolicited-advice", sentOn: "2026-11-23", plannedDecisionOn: "2026-12-01" });
    expect([plan.answerDue, plan.inTime]).toEqual([undefined, undefined]);
    expect(plan.steps.map((s) => s.code)).toEqual([
      "unsolicited_advice_sent",
      "ask_for_information",
      "decide_as_soon_as_possible",
      "consult_before_not_following",
      "written_decision_with_reasons",
      "consent_topic_needs_consent",
      "dispute_to_commission",
      "appeal_to_ondernemingskamer",
      "enforce_ruling",
    ]);
    expect(plan.steps[0]).toMatchObject({ date: "2026-11-23", citation: { article: "9", status: "confirmed" } });
  });

  it("suggests asking for information in every procedure", () => {
    for (const right of ["advice", "consent", "unsolicited-advice"] as const) {
      expect(planProcedure({ right, sentOn: "2026-11-23" }).steps.map((s) => s.code), right).toContain("ask_for_information");
    }
  });

  it("gives the nullity rule without a date when the council has not learned of a decision", () => {
    const step = planProcedure({ right: "consent", sentOn: "2026-11-23" }).steps.find((s) => s.code === "nullity_invocation_deadline");
    expect(step?.date).toBeUndefined();
  });

  // Issue 11, correction 5: disputes are art. 13 (art. 14 establishes the commissie).
  it("sends disputes to the commission under art. 13", () => {
    const step = planProcedure({ right: "advice", sentOn: "2026-11-23" }).steps.find((s) => s.code === "dispute_to_commission");
    expect(step?.citation).toMatchObject({ law: "Wmcz 2018", article: "13", status: "confirmed" });
  });

  // Issue 11, correction 5: the appeal period of three months is confirmed (art. 13).
  it("gives the appeal to the Ondernemingskamer its confirmed period of three months under art. 13", () => {
    const step = planProcedure({ right: "consent", sentOn: "2026-11-23" }).steps.find((s) => s.code === "appeal_to_ondernemingskamer");
    expect([step?.params.periodConfirmed, step?.params.months, step?.citation?.article]).toEqual([true, 3, "13"]);
  });

  // Issue 11, missing route: enforcing a ruling of the commissie through the Ondernemingskamer.
  it("tells how to enforce a ruling of the commission", () => {
    const codes = planProcedure({ right: "consent", sentOn: "2026-11-23" }).steps.map((s) => s.code);
    expect(codes.at(-1)).toBe("enforce_ruling");
  });

  it("finds a decision planned after the answer date in time by the organisation's period", () => {
    const plan = planProcedure({ right: "advice", sentOn: "2026-11-23", settings: settings(), plannedDecisionOn: "2027-01-10" });
    expect(plan.inTime).toMatchObject({ code: "in_time_by_own_period", inTime: true, marginDays: 20, periodSource: "organisation" });
  });

  it("finds a decision planned on or before the answer date not in time, never late under the law", () => {
    const plan = planProcedure({ right: "advice", sentOn: "2026-11-23", plannedDecisionOn: "2027-01-04" });
    expect(plan.inTime).toMatchObject({ code: "not_in_time_by_own_period", inTime: false, marginDays: 0, periodSource: "common_practice" });
  });

  it("does not check timing when no decision date is planned", () => {
    expect(planProcedure({ right: "advice", sentOn: "2026-11-23" }).inTime).toBeUndefined();
  });

  it("throws on a date that does not exist (callers validate first)", () => {
    expect(() => planProcedure({ right: "advice", sentOn: "2026-02-31" })).toThrow();
  });
});
