import { describe, expect, it } from "vitest";
import { aCouncil, aMember } from "../test/fixtures.js";
import { type OnboardingInput, OnboardingInputSchema, onboardingProgramme, retentionReminders, STARTER_MATERIALS } from "./index.js";

const input = (overrides: Partial<OnboardingInput> = {}): OnboardingInput => ({
  newMember: { id: "new", role: "member" },
  startsOn: "2026-09-01",
  checkInBy: "m2",
  ...overrides,
});

const stepOf = (programme: ReturnType<typeof onboardingProgramme>, code: string) => programme.steps.find((s) => s.code === code);

describe("onboardingProgramme", () => {
  it("lays out the whole checklist in date order", () => {
    expect(onboardingProgramme(input()).steps.map((s) => [s.code, s.dueOn])).toMatchInlineSnapshot(`
      [
        [
          "welcome_by_chair",
          "2026-09-01",
        ],
        [
          "hand_over_regulations",
          "2026-09-08",
        ],
        [
          "starter_materials",
          "2026-09-08",
        ],
        [
          "first_meeting",
          "2026-09-15",
        ],
        [
          "discuss_regulations",
          "2026-09-29",
        ],
        [
          "agree_task_or_role",
          "2026-10-13",
        ],
        [
          "first_meeting",
          "2026-10-20",
        ],
        [
          "welcome_course",
          "2026-11-30",
        ],
        [
          "check_in",
          "2026-12-01",
        ],
        [
          "repeat_check_in",
          "2027-12-01",
        ],
      ]
    `);
  });

  it("has the chair welcome the new member on the first day", () => {
    expect(stepOf(onboardingProgramme(input({ chairId: "m1" })), "welcome_by_chair")).toEqual({
      code: "welcome_by_chair",
      dueOn: "2026-09-01",
      responsible: { kind: "chair", memberId: "m1" },
      params: {},
    });
  });

  it("hands over the regulation and the house rules", () => {
    expect(stepOf(onboardingProgramme(input()), "hand_over_regulations")?.materials).toEqual(["Medezeggenschapsregeling", "Huishoudelijk reglement"]);
  });

  it("hands over LOC's three starter materials", () => {
    expect(stepOf(onboardingProgramme(input()), "starter_materials")?.materials).toEqual(["10 tips voor starters", "10 vragen en antwoorden", "Basisinformatie medezeggenschap"]);
    expect(STARTER_MATERIALS).toHaveLength(3);
  });

  it("plans the course Welkom in de cliëntenraad for the new member", () => {
    expect(stepOf(onboardingProgramme(input()), "welcome_course")).toMatchObject({ responsible: { kind: "new_member", memberId: "new" }, materials: ["Welkom in de cliëntenraad"] });
  });

  it("has the named member hold the check-in three months after the start", () => {
    expect(stepOf(onboardingProgramme(input()), "check_in")).toEqual({
      code: "check_in",
      dueOn: "2026-12-01",
      responsible: { kind: "member", memberId: "m2" },
      params: { afterMonths: 3 },
    });
  });

  it("takes a longer start period from the options", () => {
    expect(stepOf(onboardingProgramme(input({ checkInAfterMonths: 6 })), "check_in")?.dueOn).toBe("2027-03-01");
  });

  it("puts a check-in from 30 November on the last day of February", () => {
    expect(stepOf(onboardingProgramme(input({ startsOn: "2027-11-30" })), "check_in")?.dueOn).toBe("2028-02-29");
  });

  it("moves a check-in that falls on a Saturday to Monday", () => {
    // 2026-08-29 + 3 months = 2026-11-29, a Sunday.
    expect(stepOf(onboardingProgramme(input({ startsOn: "2026-08-29" })), "check_in")?.dueOn).toBe("2026-11-30");
  });

  it("skips the organisation's holidays", () => {
    const programme = onboardingProgramme(input({ startsOn: "2026-12-18", holidays: ["2026-12-25"] }));
    expect(stepOf(programme, "hand_over_regulations")?.dueOn).toBe("2026-12-28");
  });

  it("repeats the check-in yearly, unless switched off", () => {
    expect(stepOf(onboardingProgramme(input()), "repeat_check_in")?.dueOn).toBe("2027-12-01");
    expect(stepOf(onboardingProgramme(input({ checkInRepeatMonths: 0 })), "repeat_check_in")).toBeUndefined();
  });

  it("takes the first meetings from the council's calendar", () => {
    const programme = onboardingProgramme(input({ meetingDates: ["2026-10-07", "2026-08-05", "2026-09-09", "2026-11-04"] }));
    expect(programme.steps.filter((s) => s.code === "first_meeting").map((s) => [s.dueOn, s.params.estimated])).toEqual([
      ["2026-09-09", false],
      ["2026-10-07", false],
    ]);
  });

  it("estimates the meetings the calendar does not give", () => {
    const programme = onboardingProgramme(input({ meetingDates: ["2026-09-09"] }));
    expect(programme.steps.filter((s) => s.code === "first_meeting").map((s) => [s.dueOn, s.params.estimated])).toEqual([
      ["2026-09-09", false],
      ["2026-10-20", true],
    ]);
  });

  it("ends an aspirant's programme with an evaluation at the end of the aspirant period", () => {
    const council = aCouncil({ aspirantMonths: 3, members: [aMember({ id: "m2" })] });
    const programme = onboardingProgramme(input({ newMember: { id: "new", role: "aspirant" }, council }));
    expect(stepOf(programme, "aspirant_evaluation")).toMatchObject({ dueOn: "2026-11-30", params: { afterMonths: 3 } });
  });

  it("gives no aspirant evaluation to a member", () => {
    expect(stepOf(onboardingProgramme(input()), "aspirant_evaluation")).toBeUndefined();
  });

  it("adds retention reminders when it knows the council", () => {
    const council = aCouncil({ members: [aMember({ id: "m2", startedOn: "2023-06-01", termNumber: 2 })] });
    expect(onboardingProgramme(input({ council })).retention).toEqual([
      { code: "ask_help_find_successor", memberId: "m2", seatVacantOn: "2027-06-01", askOn: "2026-09-01", late: true, params: { memberId: "m2", seatVacantOn: "2027-06-01", askOn: "2026-09-01" } },
    ]);
  });
});

describe("OnboardingInputSchema", () => {
  it("refuses a check-in held by the new member", () => {
    const result = OnboardingInputSchema.safeParse(input({ checkInBy: "new" }));
    expect(result.error?.issues.map((i) => i.message)).toEqual(["check_in_by_new_member"]);
  });

  it("refuses a check-in by someone who is not on the council", () => {
    const result = OnboardingInputSchema.safeParse(input({ council: aCouncil({ members: [aMember({ id: "m1" })] }) }));
    expect(result.error?.issues.map((i) => i.message)).toEqual(["check_in_by_unknown_member"]);
  });
});

describe("retentionReminders", () => {
  it("asks a member in their last term a year before the seat falls vacant", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2024-01-01", termNumber: 2 })] });
    expect(retentionReminders(council, { today: "2026-11-23" })).toEqual([
      { code: "ask_help_find_successor", memberId: "a", seatVacantOn: "2028-01-01", askOn: "2027-01-01", late: false, params: { memberId: "a", seatVacantOn: "2028-01-01", askOn: "2027-01-01" } },
    ]);
  });

  it("does not ask a member who can still be re-appointed", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2024-01-01", termNumber: 1 })] });
    expect(retentionReminders(council, { today: "2026-11-23" })).toEqual([]);
  });

  it("leaves out a member whose asking day is more than a year away", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2026-01-01", termNumber: 2 })] });
    expect(retentionReminders(council, { today: "2026-11-23" })).toEqual([]);
  });

  it("asks today when the asking day has passed", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2023-03-01", termNumber: 2 })] });
    expect(retentionReminders(council, { today: "2026-11-23", askMonthsBefore: 6 })).toEqual([
      { code: "ask_help_find_successor", memberId: "a", seatVacantOn: "2027-03-01", askOn: "2026-11-23", late: true, params: { memberId: "a", seatVacantOn: "2027-03-01", askOn: "2026-11-23" } },
    ]);
  });

  it("does not ask a member whose seat is already vacant", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2022-01-01", termNumber: 2 })] });
    expect(retentionReminders(council, { today: "2026-11-23" })).toEqual([]);
  });
});
