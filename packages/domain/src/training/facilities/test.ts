import { describe, expect, it } from "vitest";
import { planTraining } from "../plan/index.js";
import { explainFacilitiesRequest, facilitiesRequest } from "./index.js";

// Issue 11, missing route: facilities — training the council may ask for, with what its plan costs.
describe("facilitiesRequest", () => {
  it("takes the half-days and the cost of a training plan", () => {
    const plan = planTraining(["self-evaluation"], { cost: { hourlyRates: { member: 100, nonMember: 120 }, membership: "none" } });
    const request = facilitiesRequest(plan);
    expect([request.halfDays, request.amountCents]).toEqual([plan.totals.halfDays, plan.cost?.amountCents]);
    expect(request.citation).toMatchObject({ law: "Wmcz 2018", status: "confirmed" });
    expect(request.citation.article).toBeUndefined();
  });

  it("says in words what the council can ask, with the cost and that the article is not confirmed", () => {
    const plan = planTraining(["self-evaluation"], { cost: { hourlyRates: { member: 100, nonMember: 120 }, membership: "none" } });
    const text = explainFacilitiesRequest(facilitiesRequest(plan), "nl");
    expect(text).toContain("Dit plan vraagt 2 dagdelen, ongeveer € 960");
    expect(text).toContain("het artikel is niet bevestigd");
  });

  it("leaves the cost out when the plan has no rates", () => {
    expect(explainFacilitiesRequest(facilitiesRequest(planTraining(["self-evaluation"])), "en")).toContain("This plan asks for 2 half-days. Ask");
  });
});
