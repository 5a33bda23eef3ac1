import { describe, expect, it } from "vitest";
import { aCouncil, aMember } from "../test/fixtures.js";
import { termSchedule } from "./index.js";

describe("termSchedule", () => {
  it("ends a four-year term on the day before its fourth anniversary", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2023-01-01" })] });
    const entry = termSchedule(council, { today: "2025-06-01" }).entries[0];
    expect(entry?.currentTermEndsOn).toBe("2026-12-31");
  });

  it("lets a member in their first of two terms be re-appointed and puts the vacancy after the second term", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2023-01-01", termNumber: 1 })] });
    const entry = termSchedule(council, { today: "2025-06-01" }).entries[0];
    expect(entry).toMatchObject({ reappointable: true, reappointmentsLeft: 1, seatVacantOn: "2031-01-01", status: "serving" });
  });

  it("does not let a member in their last term be re-appointed", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2023-01-01", termNumber: 2 })] });
    const entry = termSchedule(council, { today: "2025-06-01" }).entries[0];
    expect(entry).toMatchObject({ reappointable: false, reappointmentsLeft: 0, seatVacantOn: "2027-01-01" });
  });

  it("clamps a term that starts on 29 February to 28 February in a common year", () => {
    const council = aCouncil({ termYears: 3, maxTerms: 1, members: [aMember({ id: "a", startedOn: "2024-02-29" })] });
    const entry = termSchedule(council, { today: "2025-01-01" }).entries[0];
    expect(entry?.currentTermEndsOn).toBe("2027-02-27");
    expect(entry?.seatVacantOn).toBe("2027-02-28");
  });

  it("keeps 29 February when the term ends in a leap year", () => {
    const council = aCouncil({ termYears: 4, maxTerms: 1, members: [aMember({ id: "a", startedOn: "2024-02-29" })] });
    const entry = termSchedule(council, { today: "2025-01-01" }).entries[0];
    expect(entry?.currentTermEndsOn).toBe("2028-02-28");
    expect(entry?.seatVacantOn).toBe("2028-02-29");
  });

  it("counts later terms from the current start so a 31 January start does not drift", () => {
    const council = aCouncil({ termYears: 3, maxTerms: 3, members: [aMember({ id: "a", startedOn: "2025-01-31", termNumber: 1 })] });
    expect(termSchedule(council, { today: "2025-02-01" }).entries[0]?.seatVacantOn).toBe("2034-01-31");
  });

  it("ends an aspirant period that starts on 31 August at the end of February", () => {
    const council = aCouncil({ members: [aMember({ id: "asp", role: "aspirant", startedOn: "2026-08-31" })] });
    const entry = termSchedule(council, { today: "2026-09-01" }).entries[0];
    expect(entry).toMatchObject({ currentTermEndsOn: "2027-02-27", seatVacantOn: null, status: "aspirant" });
  });

  it("uses the council's own aspirant period", () => {
    const council = aCouncil({ aspirantMonths: 3, members: [aMember({ id: "asp", role: "aspirant", startedOn: "2026-01-31" })] });
    expect(termSchedule(council, { today: "2026-02-01" }).entries[0]?.currentTermEndsOn).toBe("2026-04-29");
  });

  it("lists a seat whose last term has ended as vacant now", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2022-01-01", termNumber: 2 })] });
    const schedule = termSchedule(council, { today: "2026-01-01" });
    expect(schedule.vacanciesNow.map((v) => [v.memberId, v.seatVacantOn, v.daysUntil])).toEqual([["a", "2026-01-01", 0]]);
    expect(schedule.entries[0]?.status).toBe("seat_vacant");
  });

  it("puts a vacancy on the horizon's last day inside the horizon and the next day outside", () => {
    const inside = aMember({ id: "in", startedOn: "2023-06-30", termNumber: 2 });
    const outside = aMember({ id: "out", startedOn: "2023-07-01", termNumber: 2 });
    const schedule = termSchedule(aCouncil({ members: [inside, outside] }), { today: "2026-06-30", horizonMonths: 12 });
    expect(schedule.horizonEndsOn).toBe("2027-06-30");
    expect(schedule.vacanciesWithinHorizon.map((v) => v.memberId)).toEqual(["in"]);
  });

  it("looks further ahead with a longer horizon", () => {
    const member = aMember({ id: "a", startedOn: "2024-01-01", termNumber: 2 });
    const schedule = termSchedule(aCouncil({ members: [member] }), { today: "2026-01-01", horizonMonths: 24 });
    expect(schedule.vacanciesWithinHorizon.map((v) => v.seatVacantOn)).toEqual(["2028-01-01"]);
  });

  it("warns when a vacancy is closer than the recruitment lead time", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2023-01-01", termNumber: 2 })] });
    expect(termSchedule(council, { today: "2026-09-01" }).warnings).toMatchInlineSnapshot(`
      [
        {
          "code": "vacancy_within_lead_time",
          "memberId": "a",
          "params": {
            "daysLeft": 122,
            "leadTimeMonths": 6,
            "memberId": "a",
            "seatVacantOn": "2027-01-01",
          },
        },
      ]
    `);
  });

  it("gives no lead-time warning when the vacancy is exactly the lead time away", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2023-01-01", termNumber: 2 })] });
    const schedule = termSchedule(council, { today: "2026-07-01" });
    expect(schedule.vacanciesWithinHorizon[0]?.withinLeadTime).toBe(false);
    expect(schedule.warnings).toEqual([]);
  });

  it("takes a longer lead time from the options", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2023-01-01", termNumber: 2 })] });
    expect(termSchedule(council, { today: "2026-03-01", leadTimeMonths: 12 }).warnings.map((w) => w.code)).toEqual(["vacancy_within_lead_time"]);
  });

  it("reports a vacancy closer than the lead time even beyond a short horizon", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2023-01-01", termNumber: 2 })] });
    const schedule = termSchedule(council, { today: "2026-09-01", horizonMonths: 1 });
    expect(schedule.vacanciesWithinHorizon.map((v) => v.memberId)).toEqual(["a"]);
  });

  it("flags a member serving more terms than the council allows and ends the seat with the current term", () => {
    const council = aCouncil({ maxTerms: 2, members: [aMember({ id: "a", startedOn: "2025-01-01", termNumber: 3 })] });
    const schedule = termSchedule(council, { today: "2026-01-01" });
    expect(schedule.entries[0]).toMatchObject({ termsExceeded: true, reappointable: false, seatVacantOn: "2029-01-01" });
    expect(schedule.warnings).toMatchInlineSnapshot(`
      [
        {
          "code": "terms_exceeded",
          "memberId": "a",
          "params": {
            "maxTerms": 2,
            "memberId": "a",
            "termNumber": 3,
          },
        },
      ]
    `);
  });

  it("marks a vacancy from a member beyond their terms with that reason", () => {
    const council = aCouncil({ maxTerms: 1, members: [aMember({ id: "a", startedOn: "2023-01-01", termNumber: 2 })] });
    expect(termSchedule(council, { today: "2026-09-01" }).vacanciesWithinHorizon[0]?.reason).toBe("terms_exceeded");
  });

  it("lists a re-appointment due within the horizon", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2023-01-01", termNumber: 1 })] });
    expect(termSchedule(council, { today: "2026-06-01" }).decisionsDue).toEqual([{ memberId: "a", kind: "reappointment", on: "2027-01-01", overdue: false }]);
  });

  it("warns when a term ended without a recorded re-appointment", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2022-01-01", termNumber: 1 })] });
    const schedule = termSchedule(council, { today: "2026-02-01" });
    expect(schedule.entries[0]?.status).toBe("reappointment_overdue");
    expect(schedule.warnings.map((w) => [w.code, w.params.termEndedOn])).toEqual([["reappointment_overdue", "2025-12-31"]]);
  });

  it("warns when an aspirant period ended without an appointment", () => {
    const council = aCouncil({ members: [aMember({ id: "asp", role: "aspirant", startedOn: "2025-01-01" })] });
    const schedule = termSchedule(council, { today: "2026-01-01" });
    expect(schedule.decisionsDue).toEqual([{ memberId: "asp", kind: "aspirant_appointment", on: "2025-07-01", overdue: true }]);
    expect(schedule.warnings.map((w) => w.code)).toEqual(["aspirant_period_over"]);
  });

  it("marks a member whose term starts after today as not started", () => {
    const council = aCouncil({ members: [aMember({ id: "a", startedOn: "2027-01-01" })] });
    expect(termSchedule(council, { today: "2026-01-01" }).entries[0]?.status).toBe("not_started");
  });

  it("orders the entries by the date the seat falls vacant, aspirants last", () => {
    const council = aCouncil({
      members: [
        aMember({ id: "asp", role: "aspirant", startedOn: "2026-01-01" }),
        aMember({ id: "late", startedOn: "2025-01-01", termNumber: 2 }),
        aMember({ id: "early", startedOn: "2023-01-01", termNumber: 2 }),
      ],
    });
    expect(termSchedule(council, { today: "2026-02-01" }).entries.map((e) => e.memberId)).toEqual(["early", "late", "asp"]);
  });
});
