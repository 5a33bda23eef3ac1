import { describe, expect, it } from "vitest";
import { TRAINING_ITEM_IDS } from "../ids/index.js";
import { situations } from "../situations/index.js";
import { type TrainingDuration, TrainingDurationSchema } from "../duration/index.js";
import { catalogue, catalogueIndex, findTrainingItem, trainingGroups } from "./index.js";

const countBy = <K extends string>(key: (item: (typeof catalogue)[number]) => K) =>
  catalogue.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});

describe("catalogue", () => {
  it("holds exactly the guide's 36 offerings", () => {
    expect(catalogue).toHaveLength(36);
  });

  it("holds 1 basic course, 11 modules on the council's work, 10 on advice and consent, 14 tracks", () => {
    expect(countBy((item) => item.group)).toEqual({ basic: 1, "council-work": 11, "advice-and-consent": 10, tracks: 14 });
  });

  it("agrees with the group headings' counts", () => {
    const counts = countBy((item) => item.group);
    for (const group of trainingGroups) expect(counts[group.id]).toBe(group.count);
  });

  it("keeps the guide's kinds: 6 advisory, 5 coaching and 3 support tracks", () => {
    expect(countBy((item) => item.kind)).toEqual({ course: 1, module: 21, "advisory-track": 6, "coaching-track": 5, "support-track": 3 });
  });

  it("lists items in the guide's order, with unique ids", () => {
    expect(catalogue.map((item) => item.id)).toEqual([...TRAINING_ITEM_IDS]);
  });

  it("gives the basic course at least 1 half-day of 4 hours", () => {
    const basic = findTrainingItem("basic-course");
    expect(basic?.duration).toEqual({ kind: "atLeast", minHalfDays: 1 });
    expect(basic?.durationText).toBe("Minimaal 1 dagdeel van 4 uur");
  });

  it("gives no module a duration, as the guide gives none", () => {
    const modules = catalogue.filter((item) => item.kind === "module");
    expect(modules.every((item) => item.duration === null && item.durationText === null)).toBe(true);
  });

  it("gives the tracks the guide's durations", () => {
    const tracks = catalogue.filter((item) => item.group === "tracks").map((item) => [item.id, item.durationText]);
    expect(tracks).toMatchInlineSnapshot(`
      [
        [
          "council-documents",
          null,
        ],
        [
          "lcvv-procedures",
          "afhankelijk van de vraag en omvang",
        ],
        [
          "mergers-and-acquisitions",
          "afhankelijk van de vraag",
        ],
        [
          "appreciative-inquiry",
          "afhankelijk van de vraag",
        ],
        [
          "self-evaluation",
          "2 dagdelen",
        ],
        [
          "values-portrait",
          "2 dagdelen",
        ],
        [
          "peer-review-cooperation",
          "2-4 dagdelen",
        ],
        [
          "cooperation-between-councils",
          "minimaal 1 dagdeel",
        ],
        [
          "conversation-techniques-coaching",
          "2-4 dagdelen",
        ],
        [
          "cooperation-coaching",
          "2-4 dagdelen",
        ],
        [
          "reflection-meetings",
          "2-4 dagdelen",
        ],
        [
          "restructuring-participation",
          "afhankelijk van de vraag",
        ],
        [
          "fitting-participation",
          "2 dagen (4 dagdelen)",
        ],
        [
          "mirror-conversations",
          "afhankelijk van de vraag (minimaal 1 dagdeel)",
        ],
      ]
    `);
  });

  it("reads each duration from the guide's own words", () => {
    const fromText = (text: string | null): TrainingDuration | null => {
      if (text === null) return null;
      const n = (pattern: RegExp) => Number(pattern.exec(text)?.[1]);
      if (/^minimaal \d+ dagdeel/i.test(text)) return { kind: "atLeast", minHalfDays: n(/(\d+)/) };
      if (/^\d+-\d+ dagdelen$/.test(text)) return { kind: "range", minHalfDays: n(/^(\d+)/), maxHalfDays: n(/-(\d+)/) };
      if (/^\d+ dagdelen$/.test(text)) return { kind: "fixed", halfDays: n(/^(\d+)/) };
      if (/\((\d+) dagdelen\)$/.test(text)) return { kind: "fixed", halfDays: n(/\((\d+) dagdelen\)/) };
      if (text === "afhankelijk van de vraag") return { kind: "onRequest" };
      if (text === "afhankelijk van de vraag en omvang") return { kind: "onRequest", scope: true };
      if (/^afhankelijk van de vraag \(minimaal \d+ dagdeel\)$/.test(text)) return { kind: "onRequest", minHalfDays: n(/(\d+)/) };
      throw new Error(`unread duration text: ${text}`);
    };
    for (const item of catalogue) expect(item.duration, item.id).toEqual(fromText(item.durationText));
  });

  it("gives every duration a valid shape", () => {
    for (const item of catalogue) if (item.duration !== null) expect(TrainingDurationSchema.safeParse(item.duration).success).toBe(true);
  });

  it("names the vision module from the guide's text, since it has no heading", () => {
    const vision = findTrainingItem("vision");
    expect(vision?.title.nl).toBe("Visie op medezeggenschap");
    expect(vision?.titleFrom).toBe("text");
    expect(catalogue.filter((item) => item.titleFrom === "text").map((item) => item.id)).toEqual(["vision"]);
  });

  it("keeps the guide's titles for the modules it names", () => {
    expect(catalogue.filter((item) => item.group === "council-work").map((item) => item.title.nl)).toMatchInlineSnapshot(`
      [
        "Interne organisatie van de cliëntenraad",
        "Het maken van een werkplan voor de cliëntenraad",
        "De rechten van de cliëntenraad en de Wmcz 2018",
        "Adviseren doe je zó",
        "Visie op medezeggenschap",
        "InContactStaan",
        "Werven van nieuwe leden",
        "Cliëntenraad en sociale media",
        "Cliëntenraad en teambuilding",
        "Cliëntenraad en gesprekstechnieken",
        "De rol van de cliëntenraad in bestuur en toezicht",
      ]
    `);
  });

  it("describes every item in Dutch and English", () => {
    for (const item of catalogue) {
      expect(item.description.nl.length).toBeGreaterThan(40);
      expect(item.description.en.length).toBeGreaterThan(40);
      expect(item.title.en.length).toBeGreaterThan(0);
    }
  });

  it("keeps Dutch descriptions at B1: no sentence over 20 words", () => {
    const long = catalogue.flatMap((item) => item.description.nl.split(/(?<=[.?!])\s+/).filter((sentence) => sentence.split(/\s+/).length > 20));
    expect(long).toEqual([]);
  });

  it("serves at least one council situation with every item", () => {
    expect(catalogue.filter((item) => item.situations.length === 0).map((item) => item.id)).toEqual([]);
  });

  it("links the building module to building, social plan and room layout", () => {
    expect(findTrainingItem("building")?.topics).toEqual(["housing-and-building", "social-plan", "room-layout"]);
  });

  it("links an item back to each situation that names it", () => {
    for (const situation of situations) {
      for (const id of [...situation.primary, ...situation.secondary]) expect(findTrainingItem(id)?.situations).toContain(situation.id);
    }
  });
});

describe("findTrainingItem", () => {
  it("returns undefined for an unknown id", () => {
    expect(findTrainingItem("cooking")).toBeUndefined();
  });
});

describe("catalogueIndex", () => {
  it("puts the basic course first and the mirror conversations last", () => {
    expect(catalogueIndex("basic-course")).toBe(0);
    expect(catalogueIndex("mirror-conversations")).toBe(35);
  });
});
