import { describe, expect, it } from "vitest";
import { findTrainingItem } from "../catalogue/index.js";
import { SITUATION_IDS, TOPIC_IDS } from "../ids/index.js";
import { situationById, situations } from "./index.js";

describe("situations", () => {
  it("holds one entry per situation id, in the same order", () => {
    expect(situations.map((s) => s.id)).toEqual([...SITUATION_IDS]);
  });

  it("gives every situation at least one primary item", () => {
    expect(situations.filter((s) => s.primary.length === 0).map((s) => s.id)).toEqual([]);
  });

  it("never lists an item as both primary and secondary for one situation", () => {
    for (const s of situations) expect(s.primary.filter((id) => s.secondary.includes(id)), s.id).toEqual([]);
  });

  it("sets off each topic-driven situation from topics that exist", () => {
    for (const s of situations) for (const topic of s.topics) expect(TOPIC_IDS).toContain(topic);
  });

  it("lets every Wmcz topic set off at least one situation", () => {
    const reached = new Set(situations.flatMap((s) => s.topics));
    expect(TOPIC_IDS.filter((topic) => !reached.has(topic))).toEqual([]);
  });

  it("only names items that exist", () => {
    for (const s of situations) for (const id of [...s.primary, ...s.secondary]) expect(findTrainingItem(id), id).toBeDefined();
  });

  it("sends a merger to the merger track and building plans to the building module", () => {
    expect(situationById("merger-ahead").primary).toEqual(["mergers-and-acquisitions"]);
    expect(situationById("building-plans").primary).toEqual(["building"]);
  });

  it("sends recruitment trouble to the recruiting module and the online course", () => {
    expect(situationById("recruitment-trouble").primary).toEqual(["recruiting-members"]);
    expect(situationById("recruitment-trouble").resources).toContain("online-course-recruiting");
  });

  it("has a Dutch and an English title for every situation", () => {
    for (const s of situations) expect(s.title.nl.length * s.title.en.length, s.id).toBeGreaterThan(0);
  });
});

describe("situationById", () => {
  it("throws on an id that is not a situation (a caller's bug)", () => {
    expect(() => situationById("bored" as never)).toThrow("Unknown situation id");
  });
});
