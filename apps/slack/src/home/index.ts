/**
 * The App Home tab, published with `views.publish` whenever a user opens it: open seats, terms
 * ending soon and the requests the council follows, each with its next date.
 */
import type { CalendarDate, Locale } from "@raadswerk/domain/calendar";
import { termSchedule, type Council } from "@raadswerk/domain/recruitment";
import type { App } from "@slack/bolt";
import { memberLabels, openSeats } from "../commands/aftreden.js";
import { bullets, context, divider, escapeMrkdwn, header, section, type Block, type View } from "../blocks/index.js";
import { formatDate } from "../commands/parse.js";
import { today, type Deps } from "../deps.js";
import { texts } from "../i18n/index.js";
import type { FollowedRequest } from "../persistence/types.js";

/** How many followed requests the tab lists. */
export const HOME_LIMIT = 20;

/**
 * The next date that matters for a followed request on or after today: the nullity limit once it is
 * recorded, else the answer date.
 *
 * @example
 * nextDate({ answerDue: "2026-12-15" }, "2026-11-23"); // "2026-12-15"
 */
export function nextDate(request: Pick<FollowedRequest, "answerDue" | "nullityDeadline">, day: CalendarDate): CalendarDate | undefined {
  return [request.nullityDeadline, request.answerDue].filter((d): d is CalendarDate => d !== undefined && d >= day).sort()[0];
}

/**
 * The Home tab view.
 *
 * @example
 * homeView("nl", [], "2026-11-23").type; // "home"
 */
export function homeView(locale: Locale, requests: readonly FollowedRequest[], day: CalendarDate, councils: readonly Council[] = []): View {
  const t = texts(locale);
  const upcoming = requests
    .map((request) => ({ request, next: nextDate(request, day) }))
    .filter((x): x is { request: FollowedRequest; next: CalendarDate } => x.next !== undefined)
    .sort((a, b) => a.next.localeCompare(b.next))
    .slice(0, HOME_LIMIT);
  const lines = upcoming.map(({ request, next }) => {
    const what = next === request.nullityDeadline ? t.home.nullityBy(formatDate(next, locale)) : t.home.answerDue(formatDate(next, locale));
    return `*${escapeMrkdwn(request.title)}* (${t.rights[request.right].toLowerCase()}): ${what}`;
  });
  const seats = councils.map((c) => `${escapeMrkdwn(c.name)}: ${openSeats(c, day)}`);
  // Terms ending within the domain's horizon: the decisions due (re-appointment, appointment) and seats falling vacant.
  const ending = councils.flatMap((council) => {
    const schedule = termSchedule(council, { today: day });
    const labels = memberLabels(council, locale);
    const due = new Set([...schedule.decisionsDue.map((d) => d.memberId), ...schedule.vacanciesWithinHorizon.map((v) => v.memberId)]);
    return schedule.entries
      .filter((entry) => due.has(entry.memberId) && entry.currentTermEndsOn >= day)
      .map((entry) => `${escapeMrkdwn(council.name)}: ${escapeMrkdwn(labels.get(entry.memberId) ?? entry.memberId)}, ${formatDate(entry.currentTermEndsOn, locale)}`);
  }).slice(0, HOME_LIMIT);
  const blocks: Block[] = [
    header(t.home.title),
    section(`*${t.home.followed}*\n${lines.length === 0 ? t.home.none : bullets(lines)}`),
    divider(),
    section(`*${t.home.openSeats}*\n${seats.length === 0 ? t.home.none : bullets(seats)}`),
    section(`*${t.home.termsEnding}*\n${ending.length === 0 ? t.home.none : bullets(ending)}`),
    context(t.home.updated(formatDate(day, locale))),
  ];
  return { type: "home", blocks };
}

/** Registers the App Home handler. */
export function registerHome(app: App, deps: Deps): void {
  app.event("app_home_opened", async ({ event, body, client }) => {
    if (event.tab !== "home") return;
    const locale = await deps.locale(client, event.user);
    const [requests, councils] = await Promise.all([deps.store.list(body.team_id), deps.organisation.councils()]);
    await client.views.publish({ user_id: event.user, view: homeView(locale, requests, today(deps), councils) });
  });
}
