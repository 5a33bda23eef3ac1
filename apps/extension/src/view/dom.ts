/** A child for {@link h}: elements, or text (always a text node, never HTML). */
export type Child = Node | string | number | null | undefined | false;

/** Attributes for {@link h}; `false`/`undefined` leave the attribute out. */
export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Creates an element with attributes and children. Strings become text nodes: text from a page or a
 * person is never parsed as HTML.
 *
 * @example
 * h("p", { class: "note" }, "1 < 2").outerHTML; // '<p class="note">1 &lt; 2</p>'
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "number" ? String(child) : child);
  }
  return element;
}
