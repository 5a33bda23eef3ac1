// The term schedule as a picture: a server-rendered SVG with a title and description (a table follows it on the page).
import { addYears, type CalendarDate, toDayNumber } from "@raadswerk/domain/calendar";
import type { TermSchedule } from "@raadswerk/domain/recruitment";
import { formatDate } from "../i18n/index.js";
import type { Locale } from "../i18n/index.js";
import { type Html, html } from "../views/html.js";
import { councilText } from "./i18n/index.js";

const WIDTH = 960;
const LABEL = 180;
const ROW = 40;
const TOP = 44;
const COLORS = { term: "#1a5a9a", future: "#9cc0e4", aspirant: "#6b8e23", vacant: "#a00000", today: "#1a1a1a", grid: "#b3b3b3", text: "#1a1a1a" } as const;

/** The first and last day the picture shows: every term and vacancy, and at least a year around today. */
export function timelineRange(schedule: TermSchedule): { readonly from: CalendarDate; readonly to: CalendarDate } {
  let from = addYears(schedule.today, -1);
  let to = addYears(schedule.today, 2);
  for (const entry of schedule.entries) {
    if (entry.currentTermStartedOn < from) from = entry.currentTermStartedOn;
    const end = entry.seatVacantOn ?? entry.currentTermEndsOn;
    if (end > to) to = end;
  }
  // Whole years read better on the axis.
  return { from: `${from.slice(0, 4)}-01-01` as CalendarDate, to: `${Number(to.slice(0, 4)) + 1}-01-01` as CalendarDate };
}

/**
 * Draws each member's current term, the further terms still possible, the day the seat falls vacant
 * and today. `names` maps member ids to the names staff know them by.
 */
export function timelineSvg(schedule: TermSchedule, names: ReadonlyMap<string, string>, locale: Locale): Html {
  const t = councilText(locale);
  const { from, to } = timelineRange(schedule);
  const start = toDayNumber(from);
  const span = Math.max(1, toDayNumber(to) - start);
  const x = (date: CalendarDate): number => Math.round((LABEL + ((toDayNumber(date) - start) / span) * (WIDTH - LABEL - 16)) * 10) / 10;
  const height = TOP + Math.max(1, schedule.entries.length) * ROW + 16;
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) years.push(year);
  const todayX = x(schedule.today);
  const bar = (x1: number, x2: number, y: number, fill: string) =>
    html`<rect x="${x1}" y="${y}" width="${Math.max(2, x2 - x1)}" height="18" rx="3" fill="${fill}" stroke="${COLORS.term}" stroke-width="1"></rect>`;

  return html`<svg class="rw-timeline" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="tl-title tl-desc" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="14">
<title id="tl-title">${t.timelineTitle}</title>
<desc id="tl-desc">${t.timelineDesc(formatDate(schedule.today, locale))}</desc>
<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"></rect>
${years.map((year) => {
  const yx = x(`${year}-01-01` as CalendarDate);
  if (yx > WIDTH - 40) return "";
  return html`<line x1="${yx}" y1="${TOP - 12}" x2="${yx}" y2="${height - 8}" stroke="${COLORS.grid}" stroke-width="1"></line><text x="${yx + 4}" y="${TOP - 18}" fill="${COLORS.text}">${year}</text>`;
})}
${schedule.entries.map((entry, index) => {
  const y = TOP + index * ROW + 10;
  const label = names.get(entry.memberId) ?? entry.memberId;
  const termStart = x(entry.currentTermStartedOn);
  const termEnd = x(entry.currentTermEndsOn);
  const aspirant = entry.seatVacantOn === null;
  const vacantX = entry.seatVacantOn === null ? undefined : x(entry.seatVacantOn);
  return html`<g>
<text x="8" y="${y + 14}" fill="${COLORS.text}">${label.length > 22 ? `${label.slice(0, 21)}…` : label}</text>
${bar(termStart, termEnd, y, aspirant ? COLORS.aspirant : COLORS.term)}
${vacantX !== undefined && vacantX > termEnd + 1 ? bar(termEnd, vacantX, y, COLORS.future) : ""}
${vacantX === undefined ? "" : html`<path d="M ${vacantX} ${y - 4} l 7 13 l -7 13 l -7 -13 z" fill="${COLORS.vacant}"></path>`}
</g>`;
})}
<line x1="${todayX}" y1="${TOP - 12}" x2="${todayX}" y2="${height - 8}" stroke="${COLORS.today}" stroke-width="3"></line>
<text x="${todayX + 5}" y="${height - 2}" fill="${COLORS.text}" font-weight="700">${t.timelineToday}</text>
</svg>`;
}
