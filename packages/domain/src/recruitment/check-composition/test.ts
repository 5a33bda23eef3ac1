import { describe, expect, it } from "vitest";
import { aCouncil, aFullCouncil, aMember } from "../test/fixtures.js";
import { checkComposition } from "./index.js";

const today = "2026-03-01";

describe("checkComposition", () => {
  it("reports a council below its minimum size with the number of seats missing", () => {
    const composition = checkComposition(aFullCouncil(3), { today });
    expect(composition.size.status).toBe("below_minimum");
    expect(composition.issues.filter((i) => i.code === "below_minimum")).toMatchInlineSnapshot(`
      [
        {
          "code": "below_minimum",
          "params": {
            "members": 3,
            "minMembers": 5,
            "missing": 2,
          },
        },
      ]
    `);
  });

  it("accepts a council within its range", () => {
    const composition = checkComposition(aFullCouncil(6), { today });
    expect(composition.size.status).toBe("within_range");
    expect(composition.issues).toEqual([]);
    expect(composition.nextSeatAvailableOn).toBe(today);
  });

  it("says a full council takes no new member until the first seat falls vacant", () => {
    const council = aFullCouncil(9);
    const composition = checkComposition(council, { today });
    expect(composition.size.status).toBe("at_maximum");
    expect(composition.nextSeatAvailableOn).toBe("2034-01-01");
    expect(composition.issues.map((i) => i.code)).toEqual(["at_maximum"]);
  });

  it("reports a council above its maximum and waits for enough seats to fall vacant", () => {
    const members = [...aFullCouncil(9).members, aMember({ id: "extra", startedOn: "2025-01-01", termNumber: 2 })];
    const composition = checkComposition(aCouncil({ members }), { today });
    expect(composition.size.status).toBe("above_maximum");
    expect(composition.issues[0]).toEqual({ code: "above_maximum", params: { members: 10, maxMembers: 9, excess: 1 } });
    expect(composition.nextSeatAvailableOn).toBe("2034-01-01");
  });

  it("counts aspirants towards the maximum but not the minimum", () => {
    const members = [...aFullCouncil(4).members, aMember({ id: "asp", role: "aspirant", startedOn: "2026-01-01", represents: "loc-a" })];
    const composition = checkComposition(aCouncil({ maxMembers: 5, members }), { today });
    expect(composition.size).toMatchObject({ members: 4, aspirants: 1, status: "below_minimum" });
  });

  it("does not count a member whose last term has ended", () => {
    const members = [...aFullCouncil(5).members.slice(1), aMember({ id: "gone", role: "chair", startedOn: "2018-01-01", termNumber: 2, represents: "loc-a" })];
    const composition = checkComposition(aCouncil({ members }), { today });
    expect(composition.size.members).toBe(4);
  });

  it("puts an uncovered location first for the next recruit", () => {
    const members = [aMember({ id: "a1", role: "chair", startedOn: "2026-01-01", represents: "loc-a" }), aMember({ id: "a2", role: "secretary", startedOn: "2026-01-01", represents: "loc-a" })];
    const composition = checkComposition(aCouncil({ minMembers: 2, members }), { today });
    expect(composition.coverage.map((c) => [c.constituency.id, c.status])).toEqual([
      ["loc-a", "covered"],
      ["loc-b", "uncovered"],
    ]);
    expect(composition.nextRecruit).toMatchInlineSnapshot(`
      [
        {
          "constituencyId": "loc-b",
          "neededBy": "2026-03-01",
          "rank": 1,
          "reasons": [
            {
              "code": "constituency_uncovered",
              "params": {
                "constituencyId": "loc-b",
                "kind": "location",
                "name": "Het Anker",
              },
            },
          ],
          "score": 100,
        },
      ]
    `);
  });

  it("adds the missing seats to the best gaps and then to plain seats", () => {
    const members = [aMember({ id: "a1", role: "chair", startedOn: "2026-01-01", represents: "loc-a" }), aMember({ id: "a2", role: "secretary", startedOn: "2026-01-01", represents: "loc-a" })];
    const composition = checkComposition(aCouncil({ minMembers: 4, members }), { today });
    expect(composition.nextRecruit.map((g) => [g.rank, g.constituencyId ?? null, g.reasons.map((r) => r.code)])).toEqual([
      [1, "loc-b", ["constituency_uncovered", "below_minimum"]],
      [2, null, ["below_minimum"]],
    ]);
  });

  it("sees a location that loses its only member within the horizon", () => {
    const members = [
      ...aFullCouncil(5).members.map((m) => ({ ...m, represents: "loc-a" })),
      aMember({ id: "b1", startedOn: "2022-08-01", termNumber: 2, represents: "loc-b" }),
    ];
    const composition = checkComposition(aCouncil({ members }), { today });
    expect(composition.coverage[1]).toMatchObject({ status: "losing_representation", losesRepresentationOn: "2026-08-01" });
    expect(composition.nextRecruit[0]).toMatchObject({ constituencyId: "loc-b", neededBy: "2026-08-01" });
    expect(composition.nextRecruit[0]?.reasons.map((r) => r.code)).toEqual(["constituency_losing_representation", "seat_falls_vacant_soon"]);
  });

  it("does not see a loss beyond a shorter horizon", () => {
    const members = [
      ...aFullCouncil(5).members.map((m) => ({ ...m, represents: "loc-a" })),
      aMember({ id: "b1", startedOn: "2023-01-01", termNumber: 2, represents: "loc-b" }),
    ];
    expect(checkComposition(aCouncil({ members }), { today, horizonMonths: 6 }).coverage[1]?.status).toBe("covered");
    expect(checkComposition(aCouncil({ members }), { today, horizonMonths: 12 }).coverage[1]?.status).toBe("losing_representation");
  });

  it("treats a location with only an aspirant as not yet covered", () => {
    const members = [...aFullCouncil(5).members.map((m) => ({ ...m, represents: "loc-a" })), aMember({ id: "asp", role: "aspirant", startedOn: "2026-02-01", represents: "loc-b" })];
    const composition = checkComposition(aCouncil({ members }), { today });
    expect(composition.coverage[1]?.status).toBe("aspirant_only");
    expect(composition.nextRecruit[0]?.reasons.map((r) => r.code)).toEqual(["constituency_aspirant_only"]);
  });

  it("names an unfilled chair or secretary as a gap, after seats and locations", () => {
    const members = aFullCouncil(6).members.map((m) => ({ ...m, role: "member" as const }));
    const composition = checkComposition(aCouncil({ members }), { today });
    expect(composition.nextRecruit.map((g) => g.role)).toEqual(["chair", "secretary"]);
    expect(composition.issues.map((i) => i.params.role)).toEqual(["chair", "secretary"]);
  });

  it("dates the gaps of a full council on the first free seat", () => {
    const members = aFullCouncil(9).members.map((m) => ({ ...m, represents: "loc-a" }));
    const composition = checkComposition(aCouncil({ members }), { today });
    expect(composition.nextRecruit[0]).toMatchObject({ constituencyId: "loc-b", neededBy: "2034-01-01" });
  });

  it("ranks a seat that falls vacant within the lead time above one that falls vacant later", () => {
    const members = [
      ...aFullCouncil(5).members,
      aMember({ id: "soon", startedOn: "2022-06-01", termNumber: 2 }),
      aMember({ id: "later", startedOn: "2023-01-01", termNumber: 2 }),
    ];
    const composition = checkComposition(aCouncil({ members }), { today });
    expect(composition.nextRecruit.map((g) => [g.reasons[0]?.code, g.reasons[0]?.params.memberId])).toEqual([
      ["seat_falls_vacant_soon", "soon"],
      ["seat_falls_vacant", "later"],
    ]);
  });
});
