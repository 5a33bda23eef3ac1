import { describe, expect, it } from "vitest";
import { COUNCIL_THRESHOLDS, councilDuty } from "./index.js";

// Issue 11, missing route: who must have a council (art. 3 lid 1; never art. 2).
describe("councilDuty", () => {
  it("requires a council above 10 persons who give care, by default (art. 3 lid 1 sub a)", () => {
    expect(councilDuty({ careGivers: 11, overnightStay: true })).toMatchObject({ code: "required", threshold: 10, citation: { article: "3", paragraph: 1, point: "a" } });
  });

  it("requires none at 10 or fewer, and names the voluntary council of art. 4", () => {
    expect(councilDuty({ careGivers: 10 })).toMatchObject({ code: "not_required", voluntary: { article: "4" } });
  });

  it("uses more than 25 only without overnight stay and for care named in the Besluit (sub b)", () => {
    expect(councilDuty({ careGivers: 20, overnightStay: false, designatedCare: true })).toMatchObject({ code: "not_required", threshold: 25, citation: { point: "b" } });
    expect(councilDuty({ careGivers: 20, overnightStay: false, designatedCare: false }).code).toBe("required");
  });

  it("says it depends between 11 and 25 when overnight stay or the kind of care is unknown", () => {
    expect(councilDuty({ careGivers: 18 }).code).toBe("depends");
  });

  it("requires a council above 25 in every case", () => {
    expect(councilDuty({ careGivers: 26, overnightStay: false, designatedCare: true }).code).toBe("required");
  });

  it("never cites art. 2 for a threshold", () => {
    for (const t of COUNCIL_THRESHOLDS) expect(t.citation.article).toBe("3");
  });

  it("refuses a negative number (callers validate first)", () => {
    expect(() => councilDuty({ careGivers: -1 })).toThrow();
  });
});
