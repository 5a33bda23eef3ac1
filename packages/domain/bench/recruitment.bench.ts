// planRecruitment for a council of 15 members: plans per second and latency percentiles.
// Every input is a different day, so the vacancies, gaps and shifted rounds differ per run.
import { addDays, type CalendarDate } from "../src/_lib/calendar-date/index.js";
import { type Council, planRecruitment } from "../src/recruitment/index.js";
import { measure, report } from "./_measure.js";

const council: Council = {
  id: "ccr",
  kind: "central",
  name: "Centrale cliëntenraad",
  minMembers: 9,
  maxMembers: 15,
  termYears: 4,
  maxTerms: 2,
  represents: Array.from({ length: 6 }, (_, i) => ({ id: `loc-${i + 1}`, kind: "location" as const, name: `Locatie ${i + 1}` })),
  members: Array.from({ length: 15 }, (_, i) => ({
    id: `m${i + 1}`,
    role: i === 0 ? ("chair" as const) : i === 1 ? ("secretary" as const) : i === 14 ? ("aspirant" as const) : ("member" as const),
    startedOn: addDays("2022-01-01", i * 97),
    termNumber: (i % 2) + 1,
    // Location 6 has no member of its own, so every plan has a coverage gap as well as vacancies.
    represents: `loc-${(i % 5) + 1}`,
  })),
};

const days: CalendarDate[] = Array.from({ length: 5000 }, (_, i) => addDays("2025-01-01", i % 1500));
const stats = measure(days, (today) => planRecruitment({ council, today }));
report("planRecruitment (15 members, 6 locations)", stats);
