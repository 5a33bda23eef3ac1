// Fixture builders for the recruitment tests (not shipped: excluded from the build).
import type { CalendarDate } from "../../_lib/calendar-date/index.js";
import type { Council, Member } from "../council/index.js";
import type { PipelineCandidate } from "../candidate-pipeline/index.js";

let counter = 0;

/** A member in their first term, started on 1 January 2024, unless overridden. */
export function aMember(overrides: Partial<Member> = {}): Member {
  counter += 1;
  return { id: `m${counter}`, role: "member", startedOn: "2024-01-01", termNumber: 1, ...overrides };
}

/** A local council of 5–9 members, 4-year terms, two terms at most, two locations, no members. */
export function aCouncil(overrides: Partial<Council> = {}): Council {
  return {
    id: "cr-linde",
    kind: "local",
    name: "Cliëntenraad De Linde",
    minMembers: 5,
    maxMembers: 9,
    termYears: 4,
    maxTerms: 2,
    represents: [
      { id: "loc-a", kind: "location", name: "De Linde" },
      { id: "loc-b", kind: "location", name: "Het Anker" },
    ],
    members: [],
    ...overrides,
  };
}

/** A council with `count` members, spread over its locations, all serving a fresh first term. */
export function aFullCouncil(count: number, overrides: Partial<Council> = {}): Council {
  const council = aCouncil(overrides);
  const members = Array.from({ length: count }, (_, i) =>
    aMember({
      id: `s${i + 1}`,
      role: i === 0 ? "chair" : i === 1 ? "secretary" : "member",
      startedOn: "2026-01-01",
      represents: council.represents[i % Math.max(1, council.represents.length)]?.id,
    }),
  );
  return { ...council, members };
}

/** A candidate registered on the given day. */
export function aCandidate(registeredOn: CalendarDate = "2026-09-01", overrides: Partial<PipelineCandidate> = {}): PipelineCandidate {
  return { id: "c1", state: "registered", history: [{ state: "registered", on: registeredOn }], ...overrides };
}
