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
        "answer_due",
        "consult_before_deviating",
        "written_decision_with_reasons",
        "dispute_to_commission",
        "appeal_to_ondernemingskamer",
      ]
    `);
  });

  it("tells that refused consent leaves only substitute consent from the commission", () => {
    const codes = planProcedure({ right: "consent", sentOn: "2026-11-23" }).steps.map((s) => s.code);
    expect(codes).toContain("consent_refused_substitute_consent");
    expect(codes).not.toContain("consult_before_deviating");
  });

  it("dates the nullity deadline one month after the council learned of the decision", () => {
    const plan = planProcedure({ right: "consent", sentOn: "2026-11-23", decisionLearnedOn: "2027-01-31" });
    expect(plan.steps.find((s) => s.code === "nullity_invocation_deadline")?.date).toBe("2027-02-28");
  });

  it("gives the nullity rule without a date when the council has not learned of a decision", () => {
    const step = planProcedure({ right: "consent", sentOn: "2026-11-23" }).steps.find((s) => s.code === "nullity_invocation_deadline");
    expect(step?.date).toBeUndefined();
  });

  it("sends disputes to the commission under art. 14", () => {
    const step = planProcedure({ right: "advice", sentOn: "2026-11-23" }).steps.find((s) => s.code === "dispute_to_commission");
    expect(step?.citation).toEqual({ law: "Wmcz 2018", article: "14", status: "confirmed" });
  });

  it("gives the appeal to the Ondernemingskamer no date, since its period is not confirmed", () => {
    const step = planProcedure({ right: "consent", sentOn: "2026-11-23" }).steps.find((s) => s.code === "appeal_to_ondernemingskamer");
    expect([step?.date, step?.params.periodConfirmed]).toEqual([undefined, false]);
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
