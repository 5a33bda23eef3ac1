/**
 * When reminders go out: some days before a deadline, at a fixed hour in the Netherlands, and only
 * when that moment lies within what Slack's `chat.scheduleMessage` accepts (the future, up to 120
 * days ahead).
 */
import { addDays, type CalendarDate, instantInNetherlands } from "@raadswerk/domain/calendar";

/** Slack schedules messages at most 120 days ahead. */
export const SLACK_SCHEDULE_LIMIT_DAYS = 120;

/** One reminder to schedule. */
export type PlannedReminder = { readonly daysBefore: number; readonly postAt: Date };

/**
 * The reminders to schedule for a deadline.
 *
 * @example
 * reminderMoments("2026-12-15", [7, 1], 9, new Date("2026-11-23T10:00:00Z"));
 * // [{ daysBefore: 7, postAt: 2026-12-08T08:00Z }, { daysBefore: 1, postAt: 2026-12-14T08:00Z }]
 */
export function reminderMoments(deadline: CalendarDate, daysBefore: readonly number[], hour: number, now: Date): PlannedReminder[] {
  const earliest = now.getTime() + 60_000;
  const latest = now.getTime() + SLACK_SCHEDULE_LIMIT_DAYS * 86_400_000;
  return [...new Set(daysBefore)]
    .sort((a, b) => b - a)
    .map((days) => ({ daysBefore: days, postAt: instantInNetherlands(addDays(deadline, -days), hour) }))
    .filter((r) => r.postAt.getTime() > earliest && r.postAt.getTime() <= latest);
}
