// Escaping HTML templates (hono/html): every interpolated value is escaped unless it is itself a template.
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

export { html };

/** A rendered piece of HTML. */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Renders a list; empty lists render nothing. */
export const each = <T>(items: readonly T[], render: (item: T, index: number) => Html): Html[] => items.map(render);

/** Renders only when the condition holds. */
export const when = (condition: boolean, render: () => Html): Html | "" => (condition ? render() : "");
