import { describe, expect, it } from "vitest";
import type { Citation } from "../_lib/citation/index.js";
import { COUNCIL_THRESHOLDS, VOLUNTARY_COUNCIL } from "./council-duty/index.js";
import { glossary } from "./glossary/index.js";
import { PROCEDURE_STEPS } from "./procedure-steps/index.js";
import { procedures } from "./procedures/index.js";
import { topics } from "./topics/index.js";

// Issue 11, done-when: no citation carries a lid or sub-letter that `shared/domain/wmcz-2018.md` does not confirm.
const CONFIRMED_LID_AND_POINT = new Set([
  ...["a", "b", "c", "d", "e", "f", "g", "h", "i"].map((p) => `7.1.${p}`),
  "7.1",
  "8.1.a",
  "8.1.b",
  "8.1.c",
  "3.1",
  "3.1.a",
  "3.1.b",
  "3.4",
  "6.3 (bill)",
]);

const all: Citation[] = [
  ...topics.flatMap((t) => [t.citation, ...t.conditions.map((c) => c.citation)]),
  ...procedures.flatMap((p) => [p.citation, ...p.related]),
  ...PROCEDURE_STEPS.flatMap((s) => (s.citation === undefined ? [] : [s.citation])),
  ...glossary.flatMap((g) => (g.citation === undefined ? [] : [g.citation])),
  ...COUNCIL_THRESHOLDS.map((t) => t.citation),
  VOLUNTARY_COUNCIL,
];

describe("Wmcz citations", () => {
  it("give a lid or sub-letter only where the law note confirms it", () => {
    for (const c of all) {
      if (c.paragraph === undefined && c.point === undefined) continue;
      const key = `${c.article}.${c.paragraph}${c.point === undefined ? "" : `.${c.point}`}${c.numbering === "bill" ? " (bill)" : ""}`;
      expect(CONFIRMED_LID_AND_POINT, key).toContain(key);
    }
  });

  it("never cite art. 2 except for inspraak", () => {
    const art2 = glossary.filter((g) => g.citation?.article === "2").map((g) => g.id);
    expect(art2).toEqual(["inspraak"]);
    expect(all.filter((c) => c.article === "2").length).toBe(1);
  });
});
