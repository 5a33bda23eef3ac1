import { h } from "../view/dom.js";

/** One tab: its label and the nodes of its panel. */
export type Tab = { readonly id: string; readonly label: string; readonly panel: readonly Node[] };

/**
 * Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs; only the
 * active tab is in the tab order.
 *
 * @example
 * document.body.append(tabs([{ id: "a", label: "A", panel: [text] }]));
 */
export function tabs(list: readonly Tab[]): HTMLElement {
  const buttons = list.map((tab, i) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${tab.id}`,
        "aria-controls": `panel-${tab.id}`,
        "aria-selected": i === 0 ? "true" : "false",
        tabindex: i === 0 ? 0 : -1,
      },
      tab.label,
    ),
  );
  const panels = list.map((tab, i) =>
    h("div", { role: "tabpanel", id: `panel-${tab.id}`, "aria-labelledby": `tab-${tab.id}`, hidden: i !== 0, class: "rw-panel" }, ...tab.panel),
  );
  const select = (index: number, focus: boolean): void => {
    buttons.forEach((button, i) => {
      button.setAttribute("aria-selected", String(i === index));
      button.tabIndex = i === index ? 0 : -1;
      panels[i]!.hidden = i !== index;
    });
    if (focus) buttons[index]!.focus();
  };
  buttons.forEach((button, i) => {
    button.addEventListener("click", () => select(i, false));
    button.addEventListener("keydown", (event) => {
      const last = buttons.length - 1;
      const next =
        event.key === "ArrowRight" ? (i === last ? 0 : i + 1) : event.key === "ArrowLeft" ? (i === 0 ? last : i - 1) : event.key === "Home" ? 0 : event.key === "End" ? last : undefined;
      if (next === undefined) return;
      event.preventDefault();
      select(next, true);
    });
  });
  return h("div", { class: "rw-tabs" }, h("div", { role: "tablist", class: "rw-tablist" }, ...buttons), ...panels);
}
