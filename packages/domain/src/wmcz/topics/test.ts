import { describe, expect, it } from "vitest";
import { ADVICE_TOPIC_IDS, CONSENT_TOPIC_IDS } from "../topic-ids/index.js";
import { topicById, topics } from "./index.js";

const CONFIRMED_POINTS: Record<string, string> = {
  "participation-regulation": "a",
  "complaints-regulation": "a",
  "client-regulations": "a",
  "complaints-officer-profile": "b",
  "care-plan-procedure": "c",
};

describe("topics", () => {
  it("has data for every topic id, in law order", () => {
    expect(topics.map((t) => t.id)).toEqual([...ADVICE_TOPIC_IDS, ...CONSENT_TOPIC_IDS]);
  });

  it("cites art. 7 lid 1 a–i for the advice topics", () => {
    expect(topics.filter((t) => t.right === "advice").map((t) => `${t.citation.article}.${t.citation.paragraph}.${t.citation.point}`)).toEqual(
      ["a", "b", "c", "d", "e", "f", "g", "h", "i"].map((p) => `7.1.${p}`),
    );
  });

  it("gives consent topics a sub-letter only where the note confirms it", () => {
    for (const topic of topics.filter((t) => t.right === "consent")) {
      expect(topic.citation.point, topic.id).toBe(CONFIRMED_POINTS[topic.id]);
      expect(topic.citation.status, topic.id).toBe(topic.id in CONFIRMED_POINTS ? "confirmed" : "topic-confirmed");
    }
  });

  // Issue 11, correction 3: the independent supporter cites art. 8 (adopted amendment 30), and is not the ambtelijk secretaris.
  it("cites art. 8 without a sub-letter for the independent supporter, with amendment 30 as source", () => {
    const topic = topicById("supporter-appointment");
    expect(topic.citation).toMatchObject({ law: "Wmcz 2018", article: "8", status: "topic-confirmed" });
    expect(topic.citation.point).toBeUndefined();
    expect(topic.citation.sources?.map((s) => s.address)).toEqual(["Kamerstukken 34858, nr. 30"]);
    expect(topic.examples.join(" ")).not.toMatch(/ambtelijk/i);
  });

  // Issue 11, correction 2: the social plan and room layout carry the long-term-stay condition too.
  it("limits housing, manager appointments, the social plan and the room layout to long-term stay", () => {
    expect(topics.filter((t) => t.conditions.some((c) => c.code === "long_term_stay_only")).map((t) => t.id)).toEqual([
      "housing-and-building",
      "care-manager-appointment",
      "social-plan",
      "room-layout",
    ]);
  });

  // Issue 11, correction 4: general policy is a condition of the consent topics d–f, and no example is a one-off change.
  it("gives the quality, admission and daily-life topics the general-policy condition, with policy examples", () => {
    expect(topics.filter((t) => t.conditions.some((c) => c.code === "general_policy_only")).map((t) => t.id)).toEqual([
      "quality-safety-hygiene",
      "admission-and-ending-care",
      "daily-life-policy",
    ]);
    expect(topicById("daily-life-policy").examples).not.toContain("Minder activiteiten in het weekend");
  });

  // Issue 11, correction 7: art. 7 c is control over the care, not over the organisation.
  it("words art. 7 c as control over the care", () => {
    const topic = topicById("transfer-of-control");
    expect(topic.explanation.nl).toContain("zeggenschap over de zorg");
    expect(topic.explanation.nl).not.toContain("over de organisatie");
    expect(topic.wording).toBe("een overdracht van de zeggenschap over de zorg of een onderdeel daarvan");
  });

  // Issue 11, shape: statute wording beside every art. 7 letter, and sources on every citation.
  it("gives the statute wording for every art. 7 letter, and sources for every topic's citation", () => {
    for (const topic of topics) {
      if (topic.right === "advice") expect(topic.wording, topic.id).toBeTruthy();
      expect(topic.citation.sources?.length ?? 0, topic.id).toBeGreaterThan(0);
    }
  });

  it("explains every topic in short Dutch sentences (B1) and in English, with examples", () => {
    for (const topic of topics) {
      const sentences = topic.explanation.nl.split(/[.?!]\s/);
      const longest = Math.max(...sentences.map((s) => s.split(/\s+/).length));
      expect(longest, topic.id).toBeLessThanOrEqual(22);
      expect(topic.explanation.en.length, topic.id).toBeGreaterThan(0);
      expect(topic.examples.length, topic.id).toBeGreaterThan(0);
    }
  });
});
