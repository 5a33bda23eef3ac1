import { describe, expect, it } from "vitest";
import { reminderMoments } from "./schedule.js";

const NOW = new Date("2026-11-23T10:00:00Z");

describe("reminderMoments", () => {
  it("plans reminders some days before the deadline at the chosen hour", () => {
    expect(reminderMoments("2026-12-15", [7, 1], 9, NOW).map((r) => [r.daysBefore, r.postAt.toISOString()])).toEqual([
      [7, "2026-12-08T08:00:00.000Z"],
      [1, "2026-12-14T08:00:00.000Z"],
    ]);
  });

  it("skips moments that have passed", () => {
    expect(reminderMoments("2026-11-25", [7, 1], 9, NOW).map((r) => r.daysBefore)).toEqual([1]);
  });

  it("skips moments beyond Slack's 120 days", () => {
    expect(reminderMoments("2027-06-01", [7], 9, NOW)).toEqual([]);
  });

  it("plans each day once", () => {
    expect(reminderMoments("2026-12-15", [1, 7, 1], 9, NOW).map((r) => r.daysBefore)).toEqual([7, 1]);
  });
});
