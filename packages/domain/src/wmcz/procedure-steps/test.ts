import { describe, expect, it } from "vitest";
import { WMCZ_MESSAGE_CODES } from "../messages/index.js";
import { PROCEDURE_STEPS } from "./index.js";

describe("PROCEDURE_STEPS", () => {
  it("has a message for every step", () => {
    for (const step of PROCEDURE_STEPS) expect(WMCZ_MESSAGE_CODES, step.code).toContain(`step_${step.code}`);
  });

  it("has unique codes", () => {
    expect(new Set(PROCEDURE_STEPS.map((s) => s.code)).size).toBe(PROCEDURE_STEPS.length);
  });

  it("gives every cited step its sources", () => {
    for (const step of PROCEDURE_STEPS) if (step.citation !== undefined) expect(step.citation.sources?.length ?? 0, step.code).toBeGreaterThan(0);
  });

  it("never gives a step a lid or sub-letter (none is confirmed for the procedure rules)", () => {
    for (const step of PROCEDURE_STEPS) expect([step.citation?.paragraph, step.citation?.point], step.code).toEqual([undefined, undefined]);
  });

  it("marks the start of the nullity month unconfirmed and the appeal period confirmed", () => {
    const byCode = (code: string) => PROCEDURE_STEPS.find((s) => s.code === code);
    expect(byCode("nullity_invocation_deadline")?.legalPeriod).toMatchObject({ status: "confirmed", startStatus: "unconfirmed" });
    expect(byCode("appeal_to_ondernemingskamer")?.legalPeriod).toMatchObject({ period: { amount: 3, unit: "months" }, status: "confirmed" });
  });
});
