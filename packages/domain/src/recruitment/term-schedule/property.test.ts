import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../_lib/calendar-date/index.js";
import { checkComposition } from "../check-composition/index.js";
import { aDay, aValidCouncil } from "../test/arbitraries.js";
import { termSchedule } from "./index.js";

describe("termSchedule (any council, any day)", () => {
  it("ends every term after it starts and opens the seat the day after a term ends", () => {
    fc.assert(
      fc.property(aValidCouncil, aDay, (council, today) => {
        for (const entry of termSchedule(council, { today }).entries) {
          expect(entry.currentTermEndsOn >= entry.currentTermStartedOn).toBe(true);
          if (entry.seatVacantOn !== null) expect(entry.seatVacantOn > entry.currentTermEndsOn).toBe(true);
          if (entry.seatVacantOn !== null && !entry.reappointable) expect(entry.seatVacantOn).toBe(addDays(entry.currentTermEndsOn, 1));
        }
      }),
    );
  });

  it("puts each vacancy in exactly one place: now, or ahead within the horizon or lead time", () => {
    fc.assert(
      fc.property(aValidCouncil, aDay, fc.integer({ min: 1, max: 36 }), (council, today, horizonMonths) => {
        const schedule = termSchedule(council, { today, horizonMonths });
        for (const v of schedule.vacanciesNow) expect(v.seatVacantOn <= today).toBe(true);
        for (const v of schedule.vacanciesWithinHorizon) {
          expect(v.seatVacantOn > today).toBe(true);
          expect(v.seatVacantOn <= schedule.horizonEndsOn || v.withinLeadTime).toBe(true);
        }
        const ids = [...schedule.vacanciesNow, ...schedule.vacanciesWithinHorizon].map((v) => v.memberId);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it("never lets a member beyond the maximum number of terms be re-appointed", () => {
    fc.assert(
      fc.property(aValidCouncil, aDay, (council, today) => {
        for (const entry of termSchedule(council, { today }).entries) if (entry.termNumber >= council.maxTerms) expect(entry.reappointable).toBe(false);
      }),
    );
  });
});

describe("checkComposition (any council, any day)", () => {
  it("ranks gaps from 1 without holes, best score first, and never dates a gap before a seat is free", () => {
    fc.assert(
      fc.property(aValidCouncil, aDay, (council, today) => {
        const composition = checkComposition(council, { today });
        composition.nextRecruit.forEach((gap, index) => {
          expect(gap.rank).toBe(index + 1);
          expect(gap.reasons.length).toBeGreaterThan(0);
          if (index > 0) expect(composition.nextRecruit[index - 1]?.score ?? 0).toBeGreaterThanOrEqual(gap.score);
          if (composition.nextSeatAvailableOn !== null) expect(gap.neededBy >= composition.nextSeatAvailableOn).toBe(true);
        });
      }),
    );
  });

  it("gives a size status that matches the counts", () => {
    fc.assert(
      fc.property(aValidCouncil, aDay, (council, today) => {
        const { size } = checkComposition(council, { today });
        if (size.status === "below_minimum") expect(size.members).toBeLessThan(size.minMembers);
        else expect(size.members).toBeGreaterThanOrEqual(size.minMembers);
        if (size.status === "above_maximum") expect(size.members + size.aspirants).toBeGreaterThan(size.maxMembers);
      }),
    );
  });
});
