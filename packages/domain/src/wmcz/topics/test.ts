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

  it("cites the law alone for the supporter topic", () => {
    expect(topicById("supporter-appointment").citation).toEqual({ law: "Wmcz 2018", status: "topic-confirmed" });
  });

  it("limits housing and manager appointments to long-term stay", () => {
    expect(topics.filter((t) => t.conditions.length > 0).map((t) => t.id)).toEqual(["housing-and-building", "care-manager-appointment"]);
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
