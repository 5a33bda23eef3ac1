import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aCandidate } from "../test/fixtures.js";
import { advanceCandidate, candidatePipeline, daysSinceRegistration, daysWaiting, type PipelineCandidate, PipelineCandidateSchema, type PipelineState } from "./index.js";

function walk(to: PipelineState, on = "2026-10-01" as const): PipelineCandidate {
  const order: PipelineState[] = ["introduction", "eligibility_checked", "proposed", "appointed", "onboarding", "active"];
  let candidate = aCandidate();
  for (const state of order.slice(0, order.indexOf(to) + 1)) {
    const result = advanceCandidate(candidate, state, { on });
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    candidate = result.data;
  }
  return candidate;
}

describe("candidatePipeline", () => {
  it("lists the states in order, ending with the two ways out", () => {
    expect(candidatePipeline.states).toEqual(["registered", "introduction", "eligibility_checked", "proposed", "appointed", "onboarding", "active", "withdrawn", "rejected"]);
  });

  it("lets a candidate withdraw or be rejected from every state before active, always with a reason", () => {
    for (const from of ["registered", "introduction", "eligibility_checked", "proposed", "appointed", "onboarding"] as const) {
      expect(candidatePipeline.transitions.filter((t) => t.from === from && t.reasonRequired).map((t) => t.to)).toEqual(["withdrawn", "rejected"]);
    }
  });

  it("has no way out of a final state", () => {
    for (const from of candidatePipeline.final) expect(candidatePipeline.transitions.filter((t) => t.from === from)).toEqual([]);
  });
});

describe("advanceCandidate", () => {
  it("moves a registered candidate to the introduction talk and records the day", () => {
    const result = advanceCandidate(aCandidate("2026-09-01"), "introduction", { on: "2026-09-08" });
    expect(result).toEqual({
      success: true,
      data: { id: "c1", state: "introduction", history: [{ state: "registered", on: "2026-09-01" }, { state: "introduction", on: "2026-09-08" }] },
    });
  });

  it("walks a candidate all the way to active", () => {
    expect(walk("active").history.map((s) => s.state)).toEqual(["registered", "introduction", "eligibility_checked", "proposed", "appointed", "onboarding", "active"]);
  });

  it("refuses to skip the eligibility check", () => {
    const result = advanceCandidate(walk("introduction"), "proposed", { on: "2026-10-02" });
    expect(result).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "transition_not_allowed",
            "params": {
              "from": "introduction",
              "to": "proposed",
            },
          },
        ],
        "success": false,
      }
    `);
  });

  it("refuses to move a candidate back", () => {
    expect(advanceCandidate(walk("proposed"), "introduction", { on: "2026-10-02" }).success).toBe(false);
  });

  it("refuses to move an active member on", () => {
    const result = advanceCandidate(walk("active"), "withdrawn", { on: "2026-10-02", reason: { code: "time_commitment" } });
    expect(!result.success && result.issues.map((i) => i.code)).toEqual(["transition_not_allowed"]);
  });

  it("records a withdrawal with its reason", () => {
    const result = advanceCandidate(walk("eligibility_checked"), "withdrawn", { on: "2026-10-02", reason: { code: "time_commitment" } });
    expect(result.success && result.data.history.at(-1)).toEqual({ state: "withdrawn", on: "2026-10-02", reason: { code: "time_commitment" } });
  });

  it("refuses a rejection without a reason", () => {
    const result = advanceCandidate(aCandidate(), "rejected", { on: "2026-10-02" });
    expect(!result.success && result.issues).toEqual([{ code: "reason_missing", params: { to: "rejected" } }]);
  });

  it("refuses a withdrawal reason for a rejection", () => {
    const result = advanceCandidate(aCandidate(), "rejected", { on: "2026-10-02", reason: { code: "time_commitment" } });
    expect(!result.success && result.issues.map((i) => i.code)).toEqual(["reason_not_for_state"]);
  });

  it("accepts 'other' for both ways out", () => {
    expect(advanceCandidate(aCandidate(), "rejected", { on: "2026-10-02", reason: { code: "other", note: "zie gesprek" } }).success).toBe(true);
    expect(advanceCandidate(aCandidate(), "withdrawn", { on: "2026-10-02", reason: { code: "other" } }).success).toBe(true);
  });

  it("refuses a reason for a forward step, so nothing extra is stored", () => {
    const result = advanceCandidate(aCandidate(), "introduction", { on: "2026-10-02", reason: { code: "other" } });
    expect(!result.success && result.issues.map((i) => i.code)).toEqual(["reason_not_expected"]);
  });

  it("refuses a date before the last change", () => {
    const result = advanceCandidate(aCandidate("2026-09-01"), "introduction", { on: "2026-08-31" });
    expect(!result.success && result.issues).toEqual([{ code: "date_before_last_change", params: { on: "2026-08-31", lastChangeOn: "2026-09-01" } }]);
  });

  it("refuses a change dated after today, and accepts one dated today", () => {
    const late = advanceCandidate(aCandidate(), "introduction", { on: "2826-09-08", today: "2026-09-08" });
    const onTime = advanceCandidate(aCandidate(), "introduction", { on: "2026-09-08", today: "2026-09-08" });
    expect({ late: !late.success && late.issues, onTime: onTime.success }).toEqual({ late: [{ code: "date_after_today", params: { on: "2826-09-08", today: "2026-09-08" } }], onTime: true });
  });

  it("accepts a change on the same day as the last one", () => {
    expect(advanceCandidate(aCandidate("2026-09-01"), "introduction", { on: "2026-09-01" }).success).toBe(true);
  });

  it("gives every issue at once", () => {
    const result = advanceCandidate(aCandidate("2026-09-01"), "active", { on: "2026-08-01", reason: { code: "other" } });
    expect(!result.success && result.issues.map((i) => i.code)).toEqual(["transition_not_allowed", "reason_not_expected", "date_before_last_change"]);
  });

  it("does not change the candidate it was given", () => {
    const candidate = aCandidate();
    advanceCandidate(candidate, "introduction", { on: "2026-10-01" });
    expect(candidate.history).toHaveLength(1);
  });

  it("always gives a valid candidate or issues, whatever the target and day", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...candidatePipeline.states),
        fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        (to, date) => {
          const on = date.toISOString().slice(0, 10) as `${number}-${number}-${number}`;
          const result = advanceCandidate(aCandidate("2026-01-01"), to, { on, ...(to === "withdrawn" ? { reason: { code: "no_response" as const } } : {}) });
          if (result.success) expect(PipelineCandidateSchema.safeParse(result.data).success).toBe(true);
          else expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe("PipelineCandidateSchema", () => {
  it("refuses a state that is not the last step of the history", () => {
    const result = PipelineCandidateSchema.safeParse({ id: "c1", state: "proposed", history: [{ state: "registered", on: "2026-09-01" }] });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["state_history_mismatch"]);
  });

  it("refuses a history that goes back in time", () => {
    const result = PipelineCandidateSchema.safeParse({
      id: "c1",
      state: "introduction",
      history: [
        { state: "registered", on: "2026-09-01" },
        { state: "introduction", on: "2026-08-01" },
      ],
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["history_out_of_order"]);
  });
});

describe("daysWaiting", () => {
  it("counts the days since the last change", () => {
    expect(daysWaiting(walk("introduction", "2026-10-01"), "2026-10-31")).toBe(30);
  });

  it("counts across a leap day", () => {
    expect(daysWaiting(aCandidate("2028-02-28"), "2028-03-01")).toBe(2);
  });

  it("gives nothing for a candidate who is active, withdrawn or rejected", () => {
    expect(daysWaiting(walk("active"), "2026-12-01")).toBeNull();
  });

  it("never gives a negative number when today is before the last change", () => {
    expect(daysWaiting(aCandidate("2026-09-01"), "2026-08-01")).toBe(0);
  });
});

describe("daysSinceRegistration", () => {
  it("counts from registration to today while the candidate is open", () => {
    expect(daysSinceRegistration(aCandidate("2026-09-01"), "2026-09-30")).toBe(29);
  });

  it("stops counting when the candidate reached a final state", () => {
    expect(daysSinceRegistration(walk("active", "2026-10-01"), "2027-01-01")).toBe(30);
  });
});
