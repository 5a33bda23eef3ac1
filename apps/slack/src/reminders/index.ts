/**
 * Following a request: a modal asks for a short name, the right and the date of the request; the
 * app stores it, schedules reminders in the channel with `chat.scheduleMessage` before the answer
 * date and confirms in the channel. For consent, a button records the day the council learned of a
 * decision taken without its consent, and schedules reminders before the nullity limit.
 */
import type { CalendarDate, Locale } from "@raadswerk/domain/calendar";
import { isCalendarDate } from "@raadswerk/domain/calendar";
import type { App, BlockAction, ButtonAction, types } from "@slack/bolt";
import * as z from "zod";
import { actions, button, context, escapeMrkdwn, plain, section, type Block, type View } from "../blocks/index.js";
import { today, type Deps, type WebClient } from "../deps.js";
import { formatDate } from "../commands/parse.js";
import { texts, type Texts } from "../i18n/index.js";
import type { FollowedRequest, ScheduledReminder } from "../persistence/types.js";
import { planDeadlines } from "./deadlines.js";
import { reminderMoments } from "./schedule.js";

export const FOLLOW_OPEN = "follow_open";
export const FOLLOW_SUBMIT = "follow_submit";
export const WITHOUT_CONSENT_OPEN = "without_consent_open";
export const WITHOUT_CONSENT_SUBMIT = "without_consent_submit";

/** What the "follow" button carries. */
export const FollowButtonValueSchema = z.object({
  right: z.enum(["advice", "consent"]),
  topics: z.array(z.string().max(80)).max(20).default([]),
  title: z.string().max(150).default(""),
});
export type FollowButtonValue = z.input<typeof FollowButtonValueSchema>;

const FollowMetadataSchema = z.object({ channel: z.string().min(1).max(40), topics: z.array(z.string().max(80)).max(20) });
const TITLE_MAX = 150;

/**
 * The button that opens the follow modal.
 *
 * @example
 * followButton(nl, { right: "consent", topics: ["house-rules"], title: "Nieuwe huisregels" }).action_id; // "follow_open"
 */
export function followButton(t: Texts, value: FollowButtonValue): types.Button {
  return button(t.recht.follow, FOLLOW_OPEN, JSON.stringify({ ...value, title: (value.title ?? "").slice(0, TITLE_MAX) }), "primary");
}

function followModal(t: Texts, value: z.infer<typeof FollowButtonValueSchema>, channel: string, day: CalendarDate): View {
  return {
    type: "modal",
    callback_id: FOLLOW_SUBMIT,
    title: plain(t.follow.modalTitle, 24),
    submit: plain(t.follow.save, 24),
    close: plain(t.follow.cancel, 24),
    private_metadata: JSON.stringify({ channel, topics: value.topics }),
    blocks: [
      {
        type: "input",
        block_id: "title",
        label: plain(t.follow.titleLabel, 2000),
        hint: plain(t.follow.titleHint, 2000),
        element: {
          type: "plain_text_input",
          action_id: "value",
          max_length: TITLE_MAX,
          ...(value.title.length > 0 ? { initial_value: value.title } : {}),
        },
      },
      {
        type: "input",
        block_id: "right",
        label: plain(t.follow.rightLabel, 2000),
        element: {
          type: "static_select",
          action_id: "value",
          initial_option: { text: plain(t.rights[value.right], 75), value: value.right },
          options: (["advice", "consent"] as const).map((r) => ({ text: plain(t.rights[r], 75), value: r })),
        },
      },
      {
        type: "input",
        block_id: "sent_on",
        label: plain(t.follow.requestedOnLabel, 2000),
        element: { type: "datepicker", action_id: "value", initial_date: day },
      },
    ],
  };
}

function learnedModal(t: Texts, requestId: string, day: CalendarDate): View {
  return {
    type: "modal",
    callback_id: WITHOUT_CONSENT_SUBMIT,
    title: plain(t.follow.learnedModalTitle, 24),
    submit: plain(t.follow.save, 24),
    close: plain(t.follow.cancel, 24),
    private_metadata: requestId,
    blocks: [
      {
        type: "input",
        block_id: "learned_on",
        label: plain(t.follow.learnedOnLabel, 2000),
        element: { type: "datepicker", action_id: "value", initial_date: day },
      },
    ],
  };
}

type ViewState = Record<string, Record<string, { value?: string | null; selected_date?: string | null; selected_option?: { value: string } | null }>>;

function stateValue(state: ViewState, block: string): string | undefined {
  const entry = state[block]?.value;
  return entry?.value ?? entry?.selected_date ?? entry?.selected_option?.value ?? undefined;
}

/** Schedules the reminders for one deadline and records them. Reminders are in Dutch: the channel is shared. */
async function schedule(
  client: WebClient,
  deps: Deps,
  request: FollowedRequest,
  kind: ScheduledReminder["kind"],
  deadline: CalendarDate,
): Promise<number> {
  const t = texts("nl");
  const title = escapeMrkdwn(request.title);
  const moments = reminderMoments(deadline, deps.settings.reminderDaysBefore, deps.settings.reminderHour, deps.now());
  const scheduled: ScheduledReminder[] = [];
  for (const moment of moments) {
    const text = kind === "answer_due" ? t.follow.reminder(title, formatDate(deadline, "nl"), moment.daysBefore) : t.follow.nullityReminder(title, formatDate(deadline, "nl"), moment.daysBefore);
    try {
      const result = await client.chat.scheduleMessage({
        channel: request.channelId,
        post_at: Math.floor(moment.postAt.getTime() / 1000),
        text,
        blocks: [section(text)],
      });
      if (result.scheduled_message_id !== undefined) {
        scheduled.push({ requestId: request.id, kind, channelId: request.channelId, postAt: moment.postAt, slackMessageId: result.scheduled_message_id });
      }
    } catch (error) {
      // For example not_in_channel: the confirmation then counts only what was scheduled.
      deps.logger.warn(`schedule_failed kind=${kind} error=${slackErrorCode(error)}`);
    }
  }
  await deps.store.addReminders(scheduled);
  return scheduled.length;
}

/** Registers the follow buttons and modals. */
export function registerFollow(app: App, deps: Deps): void {
  app.action<BlockAction<ButtonAction>>(FOLLOW_OPEN, async ({ ack, body, action, client }) => {
    await ack();
    const parsed = FollowButtonValueSchema.safeParse(safeJson(action.value));
    const channel: unknown = body.channel?.id ?? (body.container as { channel_id?: unknown }).channel_id;
    if (!parsed.success || typeof channel !== "string") return;
    const locale = await deps.locale(client, body.user.id);
    await client.views.open({ trigger_id: body.trigger_id, view: followModal(texts(locale), parsed.data, channel, today(deps)) });
  });

  app.view(FOLLOW_SUBMIT, async ({ ack, view, body, client }) => {
    const state = view.state.values as ViewState;
    const title = (stateValue(state, "title") ?? "").trim().slice(0, TITLE_MAX);
    const right = stateValue(state, "right");
    const sentOn = stateValue(state, "sent_on") ?? "";
    const metadata = FollowMetadataSchema.safeParse(safeJson(view.private_metadata));
    const locale = await deps.locale(client, body.user.id);
    const t = texts(locale);
    if (title.length === 0 || (right !== "advice" && right !== "consent") || !isCalendarDate(sentOn) || !metadata.success) {
      await ack({ response_action: "errors", errors: { title: t.errors.generic } });
      return;
    }
    await ack();
    // A replayed submission (same view and hash) is acknowledged again but stores and schedules nothing.
    if (!(await deps.store.firstTime("follow", `${view.id}:${view.hash}`, deps.now()))) return;
    const deadlines = planDeadlines({ right, sentOn, settings: await deps.organisation.procedureSettings() });
    const request = await deps.store.add({
      teamId: body.team?.id ?? body.user.team_id ?? "",
      channelId: metadata.data.channel,
      title,
      right,
      topicIds: metadata.data.topics,
      requestedOn: sentOn,
      answerDue: deadlines.answerDue,
      createdAt: deps.now(),
    });
    const count = deadlines.answerDue === undefined ? 0 : await schedule(client, deps, request, "answer_due", deadlines.answerDue);
    await postConfirmation(client, request, count);
  });

  app.action<BlockAction<ButtonAction>>(WITHOUT_CONSENT_OPEN, async ({ ack, body, action, client }) => {
    await ack();
    const locale = await deps.locale(client, body.user.id);
    await client.views.open({ trigger_id: body.trigger_id, view: learnedModal(texts(locale), action.value ?? "", today(deps)) });
  });

  app.view(WITHOUT_CONSENT_SUBMIT, async ({ ack, view, body, client }) => {
    const locale = await deps.locale(client, body.user.id);
    const t = texts(locale);
    const learnedOn = stateValue(view.state.values, "learned_on") ?? "";
    if (!isCalendarDate(learnedOn) || learnedOn > today(deps)) {
      await ack({ response_action: "errors", errors: { learned_on: t.follow.dateInFuture } });
      return;
    }
    const teamId = body.team?.id ?? body.user.team_id ?? "";
    const found = await deps.store.get(teamId, view.private_metadata);
    if (found === undefined) {
      await ack({ response_action: "errors", errors: { learned_on: t.follow.notFound } });
      return;
    }
    const deadlines = planDeadlines({ right: found.right, sentOn: found.requestedOn, decisionLearnedOn: learnedOn, settings: await deps.organisation.procedureSettings() });
    if (deadlines.nullityDeadline === undefined) {
      await ack({ response_action: "errors", errors: { learned_on: t.errors.notReady } });
      return;
    }
    await ack();
    if (!(await deps.store.firstTime("without_consent", `${view.id}:${view.hash}`, deps.now()))) return;
    const updated = (await deps.store.recordWithoutConsent(teamId, found.id, learnedOn, deadlines.nullityDeadline)) ?? found;
    await schedule(client, deps, updated, "nullity", deadlines.nullityDeadline);
    const text = texts("nl").follow.learnedSaved(escapeMrkdwn(updated.title), formatDate(deadlines.nullityDeadline, "nl"));
    await client.chat.postMessage({ channel: updated.channelId, text, blocks: [section(text)] });
  });
}

async function postConfirmation(client: WebClient, request: FollowedRequest, count: number): Promise<void> {
  const t = texts("nl");
  const title = escapeMrkdwn(request.title);
  const text = request.answerDue === undefined ? t.follow.noAnswerDate(title) : t.follow.followed(title, formatDate(request.answerDue, "nl"));
  const blocks: Block[] = [section(text), ...(count > 0 ? [context(t.follow.scheduled(count))] : [])];
  if (request.right === "consent") blocks.push(actions("follow_request", [button(t.follow.withoutConsent, WITHOUT_CONSENT_OPEN, request.id)]));
  await client.chat.postMessage({ channel: request.channelId, text, blocks });
}

/** Slack's error code of a failed Web API call, never its message (which may quote what was sent). */
function slackErrorCode(error: unknown): string {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === "string" ? data.error.slice(0, 40) : "unknown";
}

function safeJson(value: string | undefined): unknown {
  try {
    return JSON.parse(value ?? "") as unknown;
  } catch {
    return undefined;
  }
}

/** Re-exported for the Home tab. */
export type { Locale };
