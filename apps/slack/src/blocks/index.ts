/**
 * Small Block Kit builders. Every builder that takes text for a `mrkdwn` field expects it already
 * escaped where it holds user text ({@link escapeMrkdwn}); builders cut text to Slack's limits so a
 * long input never makes Slack reject the message.
 */
import type { types } from "@slack/bolt";

/** A Block Kit block the app sends. */
export type Block = types.KnownBlock;
/** A Block Kit view (modal or home tab). */
export type View = types.View;

/** Slack's limits (Block Kit reference). */
export const LIMITS = {
  sectionText: 3000,
  header: 150,
  buttonText: 75,
  buttonValue: 2000,
  contextElements: 10,
  messageBlocks: 50,
  viewBlocks: 100,
  optionText: 75,
  inputLabel: 2000,
  modalTitle: 24,
  fallbackText: 3000,
} as const;

/**
 * Escapes the three characters Slack's `mrkdwn` treats as control characters, so user text can
 * never mention `@channel`, link, or break formatting.
 *
 * @example
 * escapeMrkdwn("<!channel> & co"); // "&lt;!channel&gt; &amp; co"
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Cuts text to a maximum length (in UTF-16 units), ending with an ellipsis, without splitting an
 * escape sequence or a surrogate pair.
 *
 * @example
 * truncate("abcdef", 4); // "abc…"
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  cut = cut.replace(/&[a-z]{0,3}$/, "");
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Plain text object (Slack shows it literally: no escaping needed). */
export function plain(text: string, max: number = LIMITS.sectionText): types.PlainTextElement {
  return { type: "plain_text", text: truncate(text.length === 0 ? " " : text, max), emoji: true };
}

/** A mrkdwn text object. */
export function mrkdwn(text: string, max: number = LIMITS.sectionText): types.MrkdwnElement {
  return { type: "mrkdwn", text: truncate(text.length === 0 ? " " : text, max) };
}

/** A header block (plain text, 150 characters). */
export function header(text: string): types.HeaderBlock {
  return { type: "header", text: plain(text, LIMITS.header) };
}

/** A section with mrkdwn text. */
export function section(text: string): types.SectionBlock {
  return { type: "section", text: mrkdwn(text) };
}

/** A context block with one or more mrkdwn lines. */
export function context(...lines: readonly string[]): types.ContextBlock {
  return { type: "context", elements: lines.slice(0, LIMITS.contextElements).map((line) => mrkdwn(line)) };
}

/** A divider. */
export function divider(): types.DividerBlock {
  return { type: "divider" };
}

/** A button; `value` is cut to Slack's 2000 characters. */
export function button(text: string, actionId: string, value: string, style?: "primary" | "danger"): types.Button {
  return {
    type: "button",
    text: plain(text, LIMITS.buttonText),
    action_id: actionId,
    value: value.slice(0, LIMITS.buttonValue),
    ...(style === undefined ? {} : { style }),
  };
}

/** An actions block. */
export function actions(blockId: string, elements: readonly types.Button[]): types.ActionsBlock {
  return { type: "actions", block_id: blockId, elements: [...elements] };
}

/** A bulleted mrkdwn list. */
export function bullets(lines: readonly string[]): string {
  return lines.map((line) => `• ${line}`).join("\n");
}

/**
 * Keeps a message within Slack's 50 blocks: the last kept block says how many were left out.
 *
 * @example
 * capBlocks([section("a")], 50).length; // 1
 */
export function capBlocks(blocks: readonly Block[], max: number = LIMITS.messageBlocks): Block[] {
  if (blocks.length <= max) return [...blocks];
  return [...blocks.slice(0, max - 1), context(`… +${blocks.length - max + 1}`)];
}

/** A message the app sends: blocks plus the plain-text fallback Slack shows in notifications. */
export type Reply = { readonly text: string; readonly blocks: readonly Block[] };

/**
 * Builds a reply whose fallback text is the first line of text in the blocks.
 *
 * @example
 * reply([section("Hallo")]).text; // "Hallo"
 */
export function reply(blocks: readonly Block[], fallback?: string): Reply {
  const first = blocks.find((b): b is types.SectionBlock | types.HeaderBlock => (b.type === "section" || b.type === "header") && "text" in b && b.text !== undefined);
  const text = fallback ?? first?.text?.text ?? " ";
  return { text: truncate(text, LIMITS.fallbackText), blocks: capBlocks(blocks) };
}
