// fast-check arbitraries for the recruitment tests: any council the schema accepts, and any day.
import fc from "fast-check";
import { addDays, type CalendarDate } from "../../_lib/calendar-date/index.js";
import { type Council, CouncilSchema, MemberRoleSchema } from "../council/index.js";

/** A day between 2015 and about 2040 (leap days and month ends included). */
export const aDay = fc.integer({ min: 0, max: 9000 }).map((n): CalendarDate => addDays("2015-01-01", n));

/** A council that passes {@link CouncilSchema}: 0–20 members over 0–5 constituencies. */
export const aValidCouncil: fc.Arbitrary<Council> = fc
  .record({
    minMembers: fc.integer({ min: 1, max: 12 }),
    extra: fc.integer({ min: 0, max: 8 }),
    termYears: fc.integer({ min: 1, max: 6 }),
    maxTerms: fc.integer({ min: 1, max: 4 }),
    aspirantMonths: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    groups: fc.integer({ min: 0, max: 5 }),
    members: fc.array(
      fc.record({ role: fc.constantFrom(...MemberRoleSchema.options), startedOn: aDay, termNumber: fc.integer({ min: 1, max: 5 }), group: fc.integer({ min: -1, max: 4 }) }),
      { maxLength: 20 },
    ),
  })
  .map(({ minMembers, extra, termYears, maxTerms, aspirantMonths, groups, members }) => {
    const represents = Array.from({ length: groups }, (_, i) => ({ id: `g${i}`, kind: i % 2 === 0 ? ("location" as const) : ("client_group" as const), name: `Groep ${i}` }));
    return CouncilSchema.parse({
      id: "cr",
      kind: "local",
      name: "CR",
      minMembers,
      maxMembers: minMembers + extra,
      termYears,
      maxTerms,
      ...(aspirantMonths === undefined ? {} : { aspirantMonths }),
      represents,
      members: members.map((m, i) => ({
        id: `m${i}`,
        role: m.role,
        startedOn: m.startedOn,
        termNumber: m.termNumber,
        ...(m.group >= 0 && m.group < groups ? { represents: `g${m.group}` } : {}),
      })),
    });
  });
