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
 * How members are named in Slack: by role and whom they represent, numbered when several share
 * that (names stay in the web app).
 *
 * @example
 * memberLabels(council, "nl").get("m1"); // "voorzitter" or "lid 2 (Locatie A)"
 */
export function memberLabels(council: Council, locale: Locale): Map<string, string> {
  const base = council.members.map((m) => {
    const group = council.represents.find((g) => g.id === m.represents)?.name;
    return { id: m.id, role: roleLabels[locale][m.role].toLowerCase(), group };
  });
  const counts = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const b of base) counts.set(`${b.role}|${b.group ?? ""}`, (counts.get(`${b.role}|${b.group ?? ""}`) ?? 0) + 1);
  return new Map(
    base.map((b) => {
      const key = `${b.role}|${b.group ?? ""}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const numbered = (counts.get(key) ?? 0) > 1 ? `${b.role} ${n}` : b.role;
      return [b.id, b.group === undefined ? numbered : `${numbered} (${b.group})`];
    }),
  );
}

/**
 * Blocks for one council's term schedule.
 *
 * @example
 * councilBlocks(nl, "nl", council, "2026-11-23")[0].type; // "header"
 */
export function councilBlocks(t: Texts, locale: Locale, council: Council, day: CalendarDate): Block[] {
  const schedule = termSchedule(council, { today: day });
  const labels = memberLabels(council, locale);
  const label = (id: string) => labels.get(id) ?? id;
  const lines = schedule.entries.map((entry) => t.aftreden.termEnds(escapeMrkdwn(label(entry.memberId)), formatDate(entry.currentTermEndsOn, locale)));
  const warnings = schedule.warnings.map((w) => escapeMrkdwn(recruitmentText({ code: w.code, params: { ...w.params, memberId: label(w.memberId) } }, locale)));
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
