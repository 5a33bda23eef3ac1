import { describe, expect, it } from "vitest";
import { LOCALES } from "../../_lib/messages/index.js";
import { advanceCandidate } from "../candidate-pipeline/index.js";
import { checkComposition } from "../check-composition/index.js";
import { onboardingProgramme } from "../onboarding-programme/index.js";
import { planRecruitment } from "../plan-recruitment/index.js";
import { aCandidate, aCouncil, aFullCouncil, aMember } from "../test/fixtures.js";
import { termSchedule } from "../term-schedule/index.js";
import type { MessageParams } from "../../_lib/messages/index.js";
import { formatDate, type RecruitmentMessageCode, pipelineReasonLabels, pipelineStateLabels, RECRUITMENT_MESSAGE_CODES, recruitmentMessages, recruitmentText, roleLabels } from "./index.js";

const sample = {
  memberId: "m1",
  seatVacantOn: "2028-02-29",
  daysLeft: 12,
  leadTimeMonths: 6,
  termNumber: 3,
  maxTerms: 2,
  termEndedOn: "2026-12-31",
  endedOn: "2026-06-30",
  members: 4,
  minMembers: 5,
  maxMembers: 9,
  missing: 1,
  excess: 1,
  nextSeatAvailableOn: "2027-01-01",
  constituencyId: "loc-a",
  kind: "location",
  name: "De Linde",
  on: "2027-01-01",
  role: "chair",
  from: "registered",
  to: "rejected",
  reason: "other",
  lastChangeOn: "2026-01-01",
  number: 1,
  estimated: false,
  afterMonths: 3,
  everyMonths: 12,
  profile: "member",
  goalId: "seat:m1",
  neededBy: "2027-01-01",
  plannedAppointmentOn: "2027-03-01",
  weeksShort: 8,
  horizonEndsOn: "2027-11-23",
};

describe("recruitmentMessages", () => {
  it("has a text for every code in Dutch and in English, and nothing else", () => {
    for (const locale of LOCALES) expect(Object.keys(recruitmentMessages[locale]).sort()).toEqual([...RECRUITMENT_MESSAGE_CODES].sort());
  });

  it("lists every code once", () => {
    expect(new Set(RECRUITMENT_MESSAGE_CODES).size).toBe(RECRUITMENT_MESSAGE_CODES.length);
  });

  it("fills in every parameter, in both languages", () => {
    for (const locale of LOCALES) {
      for (const code of RECRUITMENT_MESSAGE_CODES) {
        const text = recruitmentMessages[locale][code](sample);
        expect(text.length, `${locale}.${code}`).toBeGreaterThan(10);
        expect(text, `${locale}.${code}`).not.toMatch(/undefined|NaN|\[object|\$\{/);
      }
    }
  });

  it("keeps Dutch sentences short (B1: at most 20 words)", () => {
    for (const code of RECRUITMENT_MESSAGE_CODES) {
      for (const sentence of recruitmentMessages.nl[code](sample).split(/(?<=[.?!])\s+/)) {
        expect(sentence.split(/\s+/).length, `${code}: ${sentence}`).toBeLessThanOrEqual(20);
      }
    }
  });

  it("counts members in the right form: one 'lid', several 'leden'", () => {
    const text = (missing: number, locale: "nl" | "en") => recruitmentText({ code: "below_minimum", params: { members: missing === 1 ? 4 : 1, minMembers: 5, missing: missing === 1 ? 1 : 4 } }, locale);
    expect(text(1, "nl")).toBe("De raad heeft 4 leden. De regeling vraagt er minstens 5. Er ontbreekt 1 lid.");
    expect(text(4, "nl")).toBe("De raad heeft 1 lid. De regeling vraagt er minstens 5. Er ontbreken 4 leden.");
    expect(text(1, "en")).toBe("The council has 4 members. The regulation asks for at least 5. 1 member is missing.");
    expect(text(4, "en")).toBe("The council has 1 member. The regulation asks for at least 5. 4 members are missing.");
    expect(recruitmentText({ code: "above_maximum", params: { members: 10, maxMembers: 9, excess: 1 } }, "nl")).toBe("De raad heeft 10 leden. De regeling staat er hoogstens 9 toe. Dat is er 1 te veel.");
  });

  it("writes dates out in words", () => {
    expect(recruitmentText({ code: "vacancy_now", params: { memberId: "m1", seatVacantOn: "2028-02-29" } }, "nl")).toBe(
      "De zetel van m1 is leeg sinds 29 februari 2028. Zoek zo snel mogelijk een nieuw lid.",
    );
    expect(formatDate("2027-01-01", "en")).toBe("1 January 2027");
  });

  it("names roles and states in words", () => {
    expect(recruitmentText({ code: "role_unfilled", params: { role: "secretary" } }, "nl")).toBe("De raad heeft geen secretaris.");
    expect(recruitmentText({ code: "transition_not_allowed", params: { from: "introduction", to: "proposed" } }, "en")).toBe(
      "Moving from 'introduction talk' to 'proposed' is not possible. Follow the steps in order.",
    );
  });

  it("has every label in both languages", () => {
    for (const labels of [roleLabels, pipelineStateLabels, pipelineReasonLabels]) expect(Object.keys(labels.nl)).toEqual(Object.keys(labels.en));
  });

  it("renders every outcome the functions give without gaps", () => {
    const council = aCouncil({
      maxTerms: 1,
      members: [
        aMember({ id: "a", startedOn: "2022-01-01", termNumber: 2, represents: "loc-a" }),
        aMember({ id: "b", startedOn: "2023-01-01", termNumber: 1 }),
        aMember({ id: "asp", role: "aspirant", startedOn: "2025-01-01" }),
      ],
    });
    const today = "2026-09-01";
    const items: { code: RecruitmentMessageCode; params: MessageParams }[] = [
      ...termSchedule(council, { today }).warnings,
      ...checkComposition(council, { today }).issues,
      ...checkComposition(council, { today }).nextRecruit.flatMap((g) => g.reasons),
      ...planRecruitment({ council, today }).actions,
      ...planRecruitment({ council, today }).warnings,
      ...planRecruitment({ council, today }).goals.flatMap((g) => g.reasons),
      ...planRecruitment({ council: aFullCouncil(9), today }).warnings,
      ...onboardingProgramme({ newMember: { id: "n", role: "aspirant" }, startsOn: today, checkInBy: "b", council, today }).steps,
      ...onboardingProgramme({ newMember: { id: "n", role: "aspirant" }, startsOn: today, checkInBy: "b", council: aCouncil({ members: [aMember({ id: "b", startedOn: "2024-01-01", termNumber: 2 })] }), today }).retention,
    ];
    const result = advanceCandidate(aCandidate(), "active", { on: "2020-01-01" });
    if (!result.success) items.push(...result.issues);
    expect(new Set(items.map((i) => i.code)).size).toBeGreaterThan(30);
    for (const locale of LOCALES) {
      for (const item of items) expect(recruitmentText(item, locale), item.code).not.toMatch(/undefined|NaN|\[object|\s{2}|\s[.,:]|''/);
    }
  });
});
