/**
 * `aftreden`: per council the term schedule (`termSchedule`) and open seats (`checkComposition`),
 * from the councils the web app keeps. Members appear by their id and role only.
 */
import type { CalendarDate, Locale } from "@raadswerk/domain/calendar";
import { checkComposition, recruitmentText, roleLabels, termSchedule, type Council } from "@raadswerk/domain/recruitment";
import { bullets, context, divider, escapeMrkdwn, header, reply, section, type Block } from "../blocks/index.js";
import type { Texts } from "../i18n/index.js";
import { formatDate } from "./parse.js";
import type { Subcommand } from "./types.js";

/** Seats free today: the regulation's maximum minus the seated members. */
export function openSeats(council: Council, day: CalendarDate): number {
  const size = checkComposition(council, { today: day }).size;
  return Math.max(0, size.maxMembers - size.members);
}

/**
 * Blocks for one council's term schedule.
 *
 * @example
 * councilBlocks(nl, "nl", council, "2026-11-23")[0].type; // "header"
 */
export function councilBlocks(t: Texts, locale: Locale, council: Council, day: CalendarDate): Block[] {
  const schedule = termSchedule(council, { today: day });
  const lines = schedule.entries.map((entry) => {
    const role = roleLabels[locale][entry.role];
    return t.aftreden.termEnds(`${escapeMrkdwn(entry.memberId)} (${role.toLowerCase()})`, formatDate(entry.currentTermEndsOn, locale));
  });
  const warnings = schedule.warnings.map((w) => escapeMrkdwn(recruitmentText(w, locale)));
  return [
    header(`${t.aftreden.heading}: ${council.name}`),
    section(t.aftreden.openSeats(openSeats(council, day))),
    ...(lines.length > 0 ? [section(bullets(lines))] : []),
    ...(warnings.length > 0 ? [context(...warnings)] : []),
  ];
}

/** `aftreden`. */
export const aftreden: Subcommand = {
  name: "aftreden",
  async run({ t, locale, today, deps }) {
    const councils = await deps.organisation.councils();
    if (councils.every((c) => c.members.length === 0)) return reply([section(t.aftreden.noMembers)]);
    const blocks = councils.flatMap((council, i) => [...(i > 0 ? [divider()] : []), ...councilBlocks(t, locale, council, today)]);
    return reply(blocks, t.aftreden.heading);
  },
};
