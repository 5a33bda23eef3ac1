import { describe, expect, it } from "vitest";
import { LOCALES } from "../../_lib/messages/index.js";
import { planTraining } from "../plan/index.js";
import { recommendTraining } from "../recommend/index.js";
import { explainRecommendationReason, explainTrainingIssue, trainingMessages } from "./index.js";

const ALL_CODES = [
  "invalid_option", "unknown_item", "duplicate_item", "no_items", "agreed_for_unplanned_item", "agreed_outside_guide", "order_adjusted",
  "recommended_first_missing", "left_out_of_totals", "open_ended", "scheduled_at_minimum", "not_scheduled", "session_moved",
  "free_half_day", "free_half_day_assumed", "invalid_situation", "nothing_to_recommend", "fits_situation",
  "fits_situation_from_topic", "covers_topic",
] as const;

describe("trainingMessages", () => {
  it("has a text for every code in both locales", () => {
    for (const locale of LOCALES) expect(Object.keys(trainingMessages[locale]).sort()).toEqual([...ALL_CODES].sort());
  });

  it("never gives an empty text, even without parameters", () => {
    for (const locale of LOCALES) for (const code of ALL_CODES) expect(trainingMessages[locale][code]({}).trim().length).toBeGreaterThan(0);
  });

  it("keeps Dutch sentences short (B1: at most 20 words a sentence)", () => {
    const plan = planTraining(["work-plan", "internal-organisation", "vision", "mergers-and-acquisitions", "basic-course", "reflection-meetings"], {
      cost: { hourlyRates: { member: 100, nonMember: 120 }, membership: "extended" },
      schedule: { start: "2027-03-15", every: 2 },
    });
    const texts = plan.issues.map((issue) => explainTrainingIssue(issue, "nl"));
    for (const sentence of texts.flatMap((t) => t.split(/(?<=[.!?])\s+/))) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(20);
  });
});

describe("explainTrainingIssue", () => {
  it("names items by their Dutch title and dates in words", () => {
    const plan = planTraining(["self-evaluation"], { schedule: { start: "2027-03-15", every: 2 } });
    expect(plan.issues.map((issue) => explainTrainingIssue(issue, "nl"))).toMatchInlineSnapshot(`
      [
        "Een bijeenkomst van "Instrumenten voor zelfevaluatie" viel op een vrije dag (29 maart 2027). Die staat nu op 30 maart 2027.",
      ]
    `);
  });

  it("explains a moved item in English", () => {
    const plan = planTraining(["work-plan", "internal-organisation"]);
    expect(plan.issues.map((issue) => explainTrainingIssue(issue, "en"))).toMatchInlineSnapshot(`
      [
        "LOC recommends taking "Internal organisation of the client council" first, so "Making a work plan for the client council" comes after it.",
        ""Internal organisation of the client council" has no set duration; agree it with LOC. It is not counted yet.",
        ""Making a work plan for the client council" has no set duration; agree it with LOC. It is not counted yet.",
      ]
    `);
  });

  it("explains agreed half-days that differ from the guide", () => {
    const plan = planTraining(["self-evaluation", "reflection-meetings"], { agreedHalfDays: { "self-evaluation": 1, "reflection-meetings": 6 } });
    expect(plan.issues.map((issue) => explainTrainingIssue(issue, "nl"))).toMatchInlineSnapshot(`
      [
        "Je hebt 1 dagdeel afgesproken voor "Instrumenten voor zelfevaluatie". In de gids staat 2 dagdelen. Klopt dat?",
        "Je hebt 6 dagdelen afgesproken voor "Reflectiebijeenkomsten". In de gids staat 2 tot 4 dagdelen. Klopt dat?",
      ]
    `);
  });

  it("explains the free half-day", () => {
    const plan = planTraining(["self-evaluation"], { cost: { hourlyRates: { member: 100, nonMember: 120 }, membership: "extended", year: 2027 } });
    expect(plan.issues.map((issue) => explainTrainingIssue(issue, "nl"))).toMatchInlineSnapshot(`
      [
        "Jullie hebben een uitgebreid lidmaatschap. Daarom is 1 dagdeel gratis (in 2027).",
      ]
    `);
  });
});

describe("explainRecommendationReason", () => {
  it("explains each reason, with the topic title when given", () => {
    const [first] = recommendTraining({ topics: ["merger-or-cooperation"] }).recommendations;
    expect(first?.reasons.map((reason) => explainRecommendationReason(reason, "nl", "fusie of samenwerking"))).toMatchInlineSnapshot(`
      [
        "Er komt een besluit over: fusie of samenwerking. Dit past bij: Er komt een fusie of samenwerking aan.",
        "Deze training gaat over een onderwerp van het besluit: fusie of samenwerking.",
      ]
    `);
  });

  it("says 'also helps' for a secondary link", () => {
    expect(explainRecommendationReason({ code: "fits_situation", params: { situation: "team-conflict", strength: "secondary" } }, "en")).toBe(
      "This also helps with: There is conflict or tension in the council.",
    );
  });
});
