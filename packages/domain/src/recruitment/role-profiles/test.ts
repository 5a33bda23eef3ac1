import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstYearCommitment, profileRoleFor, type RoleProfile, RoleProfileOverridesSchema, RoleProfileSchema, roleProfiles, withRoleProfileOverrides } from "./index.js";

const profile = (role: RoleProfile["role"]): RoleProfile => {
  const found = roleProfiles.find((p) => p.role === role);
  if (found === undefined) throw new Error(`no profile ${role}`);
  return found;
};

describe("roleProfiles", () => {
  it("has one valid profile for chair, secretary, member and aspirant", () => {
    expect(roleProfiles.map((p) => p.role)).toEqual(["chair", "secretary", "member", "aspirant"]);
    for (const p of roleProfiles) expect(RoleProfileSchema.safeParse(p).success).toBe(true);
  });

  it("gives every task in Dutch and in English", () => {
    for (const p of roleProfiles) expect(p.tasks.nl.length).toBe(p.tasks.en.length);
  });
});

describe("withRoleProfileOverrides", () => {
  it("replaces only the fields an organisation changes", () => {
    const result = withRoleProfileOverrides({ member: { hoursPerWeek: 4 } });
    expect(result.success && result.data.find((p) => p.role === "member")).toMatchObject({ hoursPerWeek: 4, meetingsPerYear: 10 });
  });

  it("leaves the defaults untouched", () => {
    withRoleProfileOverrides({ chair: { meetingsPerYear: 20 } });
    expect(profile("chair").meetingsPerYear).toBe(16);
  });

  it("replaces a list of tasks as a whole", () => {
    const result = withRoleProfileOverrides({ secretary: { tasks: { nl: ["Je schrijft verslagen."], en: ["You write minutes."] } } });
    expect(result.success && result.data.find((p) => p.role === "secretary")?.tasks.nl).toEqual(["Je schrijft verslagen."]);
  });

  it("refuses tasks with a different number in Dutch and English", () => {
    expect(withRoleProfileOverrides({ member: { tasks: { nl: ["Een", "Twee"], en: ["One"] } } })).toEqual({
      success: false,
      issues: [{ code: "tasks_locale_mismatch", params: { role: "member" } }],
    });
  });

  it("takes an organisation's own base profiles", () => {
    const base = [{ ...profile("member"), hoursPerWeek: 1 }];
    const result = withRoleProfileOverrides({}, base);
    expect(result.success && result.data).toEqual(base);
  });

  it("parses override forms without crashing on any input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const parsed = RoleProfileOverridesSchema.safeParse(input);
        if (parsed.success) expect(withRoleProfileOverrides(parsed.data)).toHaveProperty("success");
      }),
    );
  });
});

describe("profileRoleFor", () => {
  it("gives a vice-chair the chair's profile and a treasurer the member's", () => {
    expect([profileRoleFor("vice_chair"), profileRoleFor("treasurer"), profileRoleFor("aspirant")]).toEqual(["chair", "member", "aspirant"]);
  });
});

describe("firstYearCommitment", () => {
  it("adds weekly hours over the active weeks to the training hours", () => {
    expect(firstYearCommitment(profile("member"))).toMatchObject({ hoursPerWeek: 3, meetingsPerYear: 10, trainingHalfDays: 2, trainingHours: 8, totalHoursFirstYear: 140 });
  });

  it("uses the organisation's number of active weeks and hours per half-day", () => {
    expect(firstYearCommitment(profile("chair"), { activeWeeksPerYear: 40, halfDayHours: 3 }).totalHoursFirstYear).toBe(249);
  });

  it("writes a summary in plain Dutch for a candidate", () => {
    expect(firstYearCommitment(profile("member")).text.nl).toMatchInlineSnapshot(`
      "Lid van de cliëntenraad

      Wat ga je doen?
      - Je leest de stukken en gaat naar de vergaderingen.
      - Je praat met cliënten en naasten over wat zij belangrijk vinden.
      - Je denkt mee over adviezen en instemming.
      - Je neemt een eigen taak of onderwerp op je.

      Hoeveel tijd kost het?
      - Gemiddeld 3 uur per week.
      - Ongeveer 10 vergaderingen per jaar.
      - In het eerste jaar volg je: Cursus Welkom in de cliëntenraad en Basiscursus: medezeggenschap in de praktijk. Dat zijn samen 2 dagdelen.
      - In het eerste jaar is dat ongeveer 140 uur bij elkaar."
    `);
  });

  it("writes the same summary in English", () => {
    expect(firstYearCommitment(profile("aspirant")).text.en).toContain("In the first year that is about 92 hours in total.");
  });

  it("writes decimals the Dutch way", () => {
    const text = firstYearCommitment({ ...profile("member"), hoursPerWeek: 2.5 }).text;
    expect(text.nl).toContain("Gemiddeld 2,5 uur per week.");
    expect(text.en).toContain("On average 2.5 hours a week.");
  });

  it("says so when a role has no training", () => {
    expect(firstYearCommitment({ ...profile("member"), firstYearTraining: [] }).text.nl).toContain("In het eerste jaar is er geen vaste training.");
  });

  it("keeps Dutch sentences short for candidates (B1)", () => {
    for (const p of roleProfiles) {
      for (const line of firstYearCommitment(p).text.nl.split("\n")) {
        const sentences = line.split(/[.?!:]\s/);
        for (const s of sentences) expect(s.split(/\s+/).length).toBeLessThanOrEqual(15);
      }
    }
  });
});
