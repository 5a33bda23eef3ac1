import { type Locale, todayInNetherlands } from "@raadswerk/domain/calendar";
import { t } from "../i18n/index.js";
import { checkText, checkView } from "../view/check.js";
import { h } from "../view/dom.js";
import { renderCheck } from "../view/render.js";

/**
 * The popup's first tab: paste a text, check it with the domain, show the result below.
 *
 * @example
 * panel.append(...checkTab("nl"));
 */
export function checkTab(locale: Locale, now: () => Date = () => new Date()): Node[] {
  const text = h("textarea", { id: "text", name: "text", rows: 6, "aria-describedby": "text-error" });
  const error = h("p", { class: "rw-error", id: "text-error", hidden: true }, t(locale, "textEmpty"));
  const result = h("div", { class: "rw-result", "aria-live": "polite" });
  const form = h(
    "form",
    { id: "check-form" },
    h("label", { for: "text" }, t(locale, "pasteLabel")),
    text,
    error,
    h("button", { type: "submit", class: "rw-button" }, t(locale, "checkButton")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = text.value.trim();
    error.hidden = value !== "";
    if (value === "") {
      result.replaceChildren();
      text.focus();
      return;
    }
    result.replaceChildren(renderCheck(checkView(checkText(value, todayInNetherlands(now())), locale), locale, 3));
  });
  return [form, result];
}
