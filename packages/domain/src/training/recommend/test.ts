import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SITUATION_IDS, TOPIC_IDS } from "../ids/index.js";
import { situations } from "../situations/index.js";
import { type CouncilSituation, recommendTraining } from "./index.js";

const situation = (overrides: CouncilSituation = {}): CouncilSituation => ({ situations: [], topics: [], completed: [], ...overrides });
const ids = (input: CouncilSituation) => recommendTraining(input).recommendations.map((r) => r.itemId);

describe("recommendTraining", () => {
  it("puts the basic course first for a new council", () => {
    expect(ids(situation({ situations: ["new-council"] })).slice(0, 3)).toEqual(["basic-course", "internal-organisation", "council-rights"]);
  });

  it("points a new council to the starter booklets and the welcome course", () => {
    const result = recommendTraining(situation({ situations: ["new-council"] }));
    expect(result.resources.map((r) => r.resourceId)).toEqual(["welcome-course", "ten-tips-for-starters", "basic-information"]);
  });

  it("puts the basic course first for new members", () => {
    expect(ids(situation({ situations: ["new-members"] }))[0]).toBe("basic-course");
  });

  it("recommends the merger track when a decision touches a merger", () => {
    const result = recommendTraining(situation({ topics: ["merger-or-cooperation"] }));
    expect(result.recommendations[0]).toMatchInlineSnapshot(`
      {
        "itemId": "mergers-and-acquisitions",
        "rank": 1,
        "reasons": [
          {
            "code": "fits_situation_from_topic",
            "params": {
              "situation": "merger-ahead",
              "strength": "primary",
              "topic": "merger-or-cooperation",
            },
          },
          {
            "code": "covers_topic",
            "params": {
              "topic": "merger-or-cooperation",
            },
          },
        ],
        "score": 5,
      }
    `);
  });

  it("recommends the building module when a decision touches housing and building", () => {
    expect(ids(situation({ topics: ["housing-and-building"] }))[0]).toBe("building");
  });

  it("records which topic set a situation off", () => {
    expect(recommendTraining(situation({ topics: ["room-layout"] })).situations).toEqual([{ id: "building-plans", triggeredBy: "room-layout" }]);
  });

  it("recommends the recruiting module and the online course when recruiting is hard", () => {
    const result = recommendTraining(situation({ situations: ["recruitment-trouble"] }));
    expect(result.recommendations[0]?.itemId).toBe("recruiting-members");
    expect(result.resources.map((r) => r.resourceId)).toContain("online-course-recruiting");
  });

  it("recommends team building and coaching when there is conflict in the team", () => {
    expect(ids(situation({ situations: ["team-conflict"] })).slice(0, 3)).toEqual(["team-building", "cooperation-coaching", "reflection-meetings"]);
  });

  it("recommends InContactStaan when contact with the constituency is weak", () => {
    const result = recommendTraining(situation({ situations: ["weak-constituency-contact"] }));
    expect(result.recommendations[0]?.itemId).toBe("in-contact");
    expect(result.resources.map((r) => r.resourceId)).toEqual(["in-contact-brochure"]);
  });

  it("adds up situations, so an item serving two ranks above one serving one", () => {
    const result = recommendTraining(situation({ situations: ["recruitment-trouble", "weak-constituency-contact"] }));
    expect(result.recommendations.slice(0, 3).map((r) => [r.itemId, r.score])).toEqual([
      ["in-contact", 4],
      ["recruiting-members", 3],
      ["social-media", 2],
    ]);
  });

  it("counts a situation once when the council ticks it and a topic also sets it off", () => {
    const result = recommendTraining(situation({ situations: ["merger-ahead"], topics: ["transfer-of-control"] }));
    expect(result.situations).toEqual([{ id: "merger-ahead", triggeredBy: "council" }]);
    expect(result.recommendations[0]?.reasons.map((r) => r.code)).toEqual(["fits_situation", "covers_topic"]);
  });

  it("leaves out items the council has done and lists them", () => {
    const result = recommendTraining(situation({ situations: ["new-council"], completed: ["basic-course"] }));
    expect(result.recommendations[0]?.itemId).toBe("internal-organisation");
    expect(result.alreadyDone).toEqual(["basic-course"]);
  });

  it("returns no more than the limit, ranked from 1", () => {
    const result = recommendTraining(situation({ situations: ["new-council", "team-conflict"], limit: 2 }));
    expect(result.recommendations.map((r) => r.rank)).toEqual([1, 2]);
  });

  it("breaks ties in the guide's order", () => {
    expect(ids(situation({ situations: ["several-councils"] })).slice(0, 2)).toEqual(["council-documents", "cooperation-between-councils"]);
  });

  it("asks for a situation when given none", () => {
    expect(recommendTraining({}).issues).toMatchInlineSnapshot(`
      [
        {
          "code": "nothing_to_recommend",
          "params": {},
        },
      ]
    `);
  });

  it("reports unknown situations and topics as coded issues", () => {
    expect(recommendTraining({ situations: ["bored" as never], topics: ["weather" as never] }).issues).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_situation",
          "params": {
            "path": "situations.0",
            "problem": "invalid_value",
          },
        },
        {
          "code": "invalid_situation",
          "params": {
            "path": "topics.0",
            "problem": "invalid_value",
          },
        },
      ]
    `);
  });

  it("recommends something for every Wmcz topic", () => {
    for (const topic of TOPIC_IDS) expect(ids(situation({ topics: [topic] })).length, topic).toBeGreaterThan(0);
  });

  it("puts a situation's primary items first when it is the only one", () => {
    for (const current of situations) {
      expect(ids(situation({ situations: [current.id] })).slice(0, current.primary.length).sort(), current.id).toEqual([...current.primary].sort());
    }
  });

  it("never throws, whatever a form sends", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = recommendTraining(input as CouncilSituation);
        expect(Array.isArray(result.issues)).toBe(true);
      }),
    );
  });

  it("ranks consistently for any mix of situations and topics", () => {
    fc.assert(
      fc.property(fc.subarray([...SITUATION_IDS]), fc.subarray([...TOPIC_IDS]), (ticked, topics) => {
        const { recommendations } = recommendTraining({ situations: ticked, topics });
        for (let i = 1; i < recommendations.length; i += 1) {
          expect(recommendations[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(recommendations[i]?.score ?? 0);
        }
      }),
    );
  });
});
