import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCitation } from "../../_lib/citation/index.js";
import { dayOfWeek } from "../../_lib/calendar-date/index.js";
import { recruitmentChannels } from "../channels/index.js";
import { aCouncil, aFullCouncil, aMember } from "../test/fixtures.js";
import { InvalidInputError } from "../../_lib/input/index.js";
import { LeadTimesSchema, planRecruitment, RecruitmentPlanInputSchema } from "./index.js";

// Six members over two locations; "leaver" (loc-b) ends the last of two terms on 2027-12-31.
const council = aCouncil({
  members: [
    ...aFullCouncil(5).members.map((m) => ({ ...m, represents: "loc-a" })),
    aMember({ id: "leaver", startedOn: "2024-01-01", termNumber: 2, represents: "loc-b" }),
  ],
});

describe("planRecruitment", () => {
  it("makes a goal for a seat that falls vacant within the horizon", () => {
    const plan = planRecruitment({ council, today: "2027-01-04" });
    expect(plan.goals).toMatchInlineSnapshot(`
      [
        {
          "constituencyId": "loc-b",
          "id": "seat:leaver",
          "kind": "replace_member",
          "late": false,
          "memberId": "leaver",
          "neededBy": "2028-01-01",
          "plannedAppointmentOn": "2027-12-03",
          "profile": "member",
          "reasons": [
            {
              "code": "last_term_ends",
              "params": {
                "memberId": "leaver",
                "seatVacantOn": "2028-01-01",
              },
            },
            {
              "code": "constituency_losing_representation",
              "params": {
                "constituencyId": "loc-b",
                "name": "Het Anker",
                "on": "2028-01-01",
              },
            },
          ],
        },
      ]
    `);
  });

  it("works back from the day the seat falls vacant with the common-practice lead times", () => {
    const plan = planRecruitment({ council, today: "2027-01-04" });
    expect(plan.actions.map((a) => [a.code, a.on])).toMatchInlineSnapshot(`
      [
        [
          "ask_leaving_member",
          "2027-06-04",
        ],
        [
          "prepare_profile",
          "2027-06-18",
        ],
        [
          "ask_provider_to_spread",
          "2027-07-02",
        ],
        [
          "start_campaign",
          "2027-07-02",
        ],
        [
          "introduction_talks",
          "2027-09-10",
        ],
        [
          "check_eligibility",
          "2027-10-08",
        ],
        [
          "propose",
          "2027-11-05",
        ],
        [
          "appoint",
          "2027-12-03",
        ],
        [
          "start_onboarding",
          "2027-12-03",
        ],
      ]
    `);
  });

  it("puts every action on a working day before a weekend", () => {
    const plan = planRecruitment({ council, today: "2027-01-04" });
    for (const action of plan.actions) expect([0, 6]).not.toContain(dayOfWeek(action.on));
    expect(plan.actions.find((a) => a.code === "appoint")?.idealOn).toBe("2027-12-04");
  });

  it("moves an action off a holiday to the working day before", () => {
    const plan = planRecruitment({ council, today: "2027-01-04", holidays: ["2027-12-03"] });
    expect(plan.actions.find((a) => a.code === "appoint")?.on).toBe("2027-12-02");
  });

  it("cites art. 3 lid 8 for the provider's help in spreading the vacancy", () => {
    const action = planRecruitment({ council, today: "2027-01-04" }).actions.find((a) => a.code === "ask_provider_to_spread");
    expect(action?.by).toBe("provider");
    expect(action?.citation).toEqual({ law: "Wmcz 2018", article: "3", paragraph: 8, status: "confirmed" });
    expect(formatCitation(action?.citation ?? { law: "", status: "unconfirmed" })).toBe("art. 3 lid 8 Wmcz 2018");
  });

  it("presents only the spreading of vacancies as the provider's legal duty", () => {
    const plan = planRecruitment({ council, today: "2027-01-04" });
    expect(plan.providerPart.filter((t) => t.basis.kind === "law").map((t) => t.code)).toEqual(["spread_vacancies"]);
  });

  it("uses all eight channels unless told otherwise", () => {
    const plan = planRecruitment({ council, today: "2027-01-04" });
    expect(plan.channels).toHaveLength(8);
    expect(plan.actions.find((a) => a.code === "start_campaign")?.channelIds).toEqual(recruitmentChannels.map((c) => c.id));
  });

  it("uses only the channels the council chose", () => {
    const plan = planRecruitment({ council, today: "2027-01-04", channelIds: ["leaflet", "family_evening"] });
    expect(plan.channels.map((c) => c.id)).toEqual(["leaflet", "family_evening"]);
  });

  it("takes the organisation's own lead times", () => {
    const plan = planRecruitment({ council, today: "2027-01-04", leadTimes: { startCampaign: 20, prepareProfile: 22 } });
    expect(plan.actions.find((a) => a.code === "start_campaign")?.idealOn).toBe("2027-08-14");
    expect(plan.leadTimesWeeks.startCampaign).toBe(20);
  });

  it("shifts a goal forward when there is too little time, and warns", () => {
    const plan = planRecruitment({ council, today: "2027-09-01" });
    expect(plan.goals[0]).toMatchObject({ late: true, plannedAppointmentOn: "2028-02-16" });
    expect(plan.actions[0]).toMatchObject({ code: "ask_leaving_member", on: "2027-09-01", late: true });
    expect(plan.warnings).toMatchInlineSnapshot(`
      [
        {
          "code": "goal_late",
          "params": {
            "goalId": "seat:leaver",
            "neededBy": "2028-01-01",
            "plannedAppointmentOn": "2028-02-16",
            "weeksShort": 7,
          },
        },
      ]
    `);
  });

  it("marks as late only the actions whose ideal day has passed, not the steps still ahead", () => {
    const plan = planRecruitment({ council, today: "2027-09-01" });
    const late = plan.actions.filter((a) => a.late).map((a) => [a.code, a.idealOn]);
    const ahead = plan.actions.filter((a) => !a.late);
    expect(late.length).toBeGreaterThan(0);
    expect(ahead.length).toBeGreaterThan(0);
    for (const [, idealOn] of late) expect(idealOn! < "2027-09-01").toBe(true);
    for (const action of ahead) expect(action.idealOn >= "2027-09-01").toBe(true);
    expect(plan.actions.find((a) => a.code === "appoint")).toMatchObject({ late: false });
  });

  it("never plans an action before today", () => {
    const plan = planRecruitment({ council, today: "2027-12-30" });
    for (const action of plan.actions) expect(action.on >= "2027-12-30").toBe(true);
  });

  it("plans a seat that is vacant now from today", () => {
    const plan = planRecruitment({ council, today: "2028-02-01" });
    expect(plan.goals[0]).toMatchObject({ id: "seat:leaver", neededBy: "2028-02-01", late: true });
    expect(plan.goals[0]?.reasons[0]?.code).toBe("vacancy_now");
  });

  it("makes a goal for an uncovered location", () => {
    const full = aFullCouncil(6);
    const plan = planRecruitment({ council: { ...full, represents: [...full.represents, { id: "grp", kind: "client_group", name: "Thuiszorg" }] }, today: "2026-03-01" });
    expect(plan.goals.map((g) => [g.id, g.kind, g.reasons.map((r) => r.code)])).toEqual([["gap:grp", "fill_gap", ["constituency_uncovered"]]]);
  });

  it("makes goals for the seats missing below the minimum", () => {
    const plan = planRecruitment({ council: aFullCouncil(3), today: "2026-03-01" });
    expect(plan.goals.filter((g) => g.reasons.some((r) => r.code === "below_minimum"))).toHaveLength(2);
  });

  it("asks the members to choose a chair from among themselves when there is none", () => {
    const members = aFullCouncil(6).members.map((m) => (m.role === "chair" ? { ...m, role: "member" as const } : m));
    const plan = planRecruitment({ council: aCouncil({ members }), today: "2026-03-02" });
    expect(plan.goals.map((g) => g.id)).toEqual(["role:chair"]);
    expect(plan.actions).toEqual([
      { code: "choose_from_members", goalId: "role:chair", on: "2026-03-02", idealOn: "2026-03-02", late: false, by: "council", params: { role: "chair" } },
    ]);
  });

  it("says when there is nothing to plan", () => {
    const plan = planRecruitment({ council: aFullCouncil(6), today: "2026-03-01" });
    expect(plan.goals).toEqual([]);
    expect(plan.warnings).toEqual([{ code: "nothing_to_plan", params: { horizonEndsOn: "2027-03-01" } }]);
  });

  it("warns that a full council can take a new member only when a seat falls vacant", () => {
    const plan = planRecruitment({ council: aFullCouncil(9), today: "2026-03-01" });
    expect(plan.warnings[0]).toEqual({ code: "council_full", params: { nextSeatAvailableOn: "2034-01-01" } });
  });

  it("passes the rooster van aftreden's warnings on", () => {
    const plan = planRecruitment({ council, today: "2027-09-01" });
    expect(plan.termWarnings.map((w) => w.code)).toEqual(["vacancy_within_lead_time"]);
  });

  it("sees a vacancy beyond the default horizon with a longer one", () => {
    expect(planRecruitment({ council, today: "2026-06-01" }).goals).toEqual([]);
    expect(planRecruitment({ council, today: "2026-06-01", horizonMonths: 24 }).goals.map((g) => g.id)).toEqual(["seat:leaver"]);
  });

  it("keeps every goal's actions in the order of a recruitment round", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (offset) => {
        const today = new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10) as `${number}-${number}-${number}`;
        const plan = planRecruitment({ council, today, horizonMonths: 36 });
        for (const goal of plan.goals) {
          const dates = plan.actions.filter((a) => a.goalId === goal.id).map((a) => a.on);
          expect([...dates].sort()).toEqual(dates);
          for (const d of dates) expect(d >= today).toBe(true);
        }
      }),
    );
  });
});

describe("LeadTimesSchema", () => {
  it("refuses lead times that put the campaign after the introduction talks", () => {
    expect(LeadTimesSchema.safeParse({ startCampaign: 10 }).error?.issues.map((i) => i.message)).toEqual(["lead_times_out_of_order"]);
  });

  it("accepts lead times that keep the order", () => {
    expect(LeadTimesSchema.safeParse({ appoint: 2, propose: 6 }).success).toBe(true);
  });
});

describe("RecruitmentPlanInputSchema", () => {
  it("refuses an unknown channel", () => {
    expect(RecruitmentPlanInputSchema.safeParse({ council, today: "2027-01-04", channelIds: ["billboard"] }).success).toBe(false);
  });

  it("refuses a council whose minimum is above its maximum", () => {
    const result = RecruitmentPlanInputSchema.safeParse({ council: { ...council, minMembers: 10 }, today: "2027-01-04" });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["min_above_max"]);
  });

  it("gives a clear answer for any input, never a crash", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = RecruitmentPlanInputSchema.safeParse(value);
        if (result.success) expect(planRecruitment(result.data).goals).toBeDefined();
      }),
    );
  });
});

describe("planRecruitment with a council at or above its maximum", () => {
  it("does not replace a member who leaves a council that is above its maximum", () => {
    const members = [...aFullCouncil(9).members, aMember({ id: "extra", startedOn: "2023-06-01", termNumber: 2 })];
    const plan = planRecruitment({ council: aCouncil({ members }), today: "2027-01-04" });
    expect(plan.goals).toEqual([]);
    expect(plan.warnings.map((w) => [w.code, w.params.memberId ?? null])).toEqual([
      ["no_replacement_needed", "extra"],
      ["council_full", null],
    ]);
  });

  it("does not refill a seat vacant now when the council is full without it", () => {
    const members = [...aFullCouncil(9).members, aMember({ id: "gone", startedOn: "2018-01-01", termNumber: 2 })];
    const plan = planRecruitment({ council: aCouncil({ members }), today: "2027-01-04" });
    expect(plan.goals).toEqual([]);
    expect(plan.warnings[0]).toEqual({ code: "no_replacement_needed", params: { memberId: "gone", seatVacantOn: "2022-01-01", maxMembers: 9 } });
  });

  it("lets the replacement in a full council also fill the gap in its coverage", () => {
    const members = [
      ...aFullCouncil(8).members.map((m) => ({ ...m, represents: "loc-a" })),
      aMember({ id: "leaver", startedOn: "2023-06-01", termNumber: 2, represents: "loc-a" }),
    ];
    const plan = planRecruitment({ council: aCouncil({ members }), today: "2027-01-04" });
    expect(plan.goals.map((g) => [g.id, g.neededBy, g.reasons.map((r) => r.code)])).toEqual([["seat:leaver", "2027-06-01", ["last_term_ends", "constituency_uncovered"]]]);
  });
});

describe("planRecruitment with malformed input", () => {
  it("refuses an incomplete council with an InvalidInputError that names the missing fields", () => {
    let error: unknown;
    try {
      planRecruitment({ council: { id: "c" }, today: "2026-11-23" } as unknown as Parameters<typeof planRecruitment>[0]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).message).toMatch(/^planRecruitment: input\.council\./);
  });
});
