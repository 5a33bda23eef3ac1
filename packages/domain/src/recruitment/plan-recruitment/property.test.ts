import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWorkingDay } from "../../_lib/calendar-date/index.js";
import { onboardingProgramme } from "../onboarding-programme/index.js";
import { aDay, aValidCouncil } from "../test/arbitraries.js";
import { planRecruitment } from "./index.js";

describe("planRecruitment (any council, any day)", () => {
  it("plans every action on a working day from today on, for a goal it lists, in round order", () => {
    fc.assert(
      fc.property(aValidCouncil, aDay, (council, today) => {
        const plan = planRecruitment({ council, today });
        const goalIds = plan.goals.map((g) => g.id);
        expect(new Set(goalIds).size).toBe(goalIds.length);
        for (const action of plan.actions) {
          expect(goalIds).toContain(action.goalId);
          expect(action.on >= today).toBe(true);
          expect(isWorkingDay(action.on, new Set())).toBe(true);
          // Late means overdue: the ideal day is behind us, whatever the shift of the goal.
          expect(action.late).toBe(action.idealOn < today);
        }
        for (const goal of plan.goals) {
          const dates = plan.actions.filter((a) => a.goalId === goal.id).map((a) => a.on);
          expect([...dates].sort()).toEqual(dates);
          // Choosing a chair or secretary from the members happens on the next working day.
          if (!goal.late && goal.kind !== "fill_role") expect(goal.plannedAppointmentOn <= goal.neededBy).toBe(true);
        }
      }),
    );
  });

  it("either plans goals or says why not", () => {
    fc.assert(
      fc.property(aValidCouncil, aDay, (council, today) => {
        const plan = planRecruitment({ council, today });
        if (plan.goals.length === 0) expect(plan.warnings.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("onboardingProgramme (any start day)", () => {
  it("dates every step on or after the start, on a working day unless it is a given meeting", () => {
    fc.assert(
      fc.property(aDay, fc.integer({ min: 1, max: 24 }), (startsOn, checkInAfterMonths) => {
        const programme = onboardingProgramme({ newMember: { id: "n", role: "aspirant" }, startsOn, checkInBy: "b", checkInAfterMonths });
        for (const step of programme.steps) {
          expect(step.dueOn >= startsOn).toBe(true);
          expect(isWorkingDay(step.dueOn, new Set()) || step.code === "welcome_by_chair").toBe(true);
        }
      }),
    );
  });
});
