import { OWN_CLASS, TERM_ATTR, TERM_CLASS } from "./engine.js";

/** What a tooltip shows for one term. */
export type TooltipContent = {
  /** Small heading, e.g. "Wmcz-woord". */
  readonly label: string;
  /** The headword. */
  readonly term: string;
  /** The B1 definition. */
  readonly definition: string;
  /** The citation as far as confirmed, ready to read (e.g. "Bron: art. 8 Wmcz 2018"). */
  readonly citation?: string;
};

/** Id of the one tooltip element on the page. */
export const TOOLTIP_ID = "rw-tooltip";

/** A tooltip installed on a page. */
export type Tooltip = {
  /** Show the tooltip for a marked term. */
  show(term: HTMLElement): void;
  /** Hide it. */
  hide(): void;
  /** Remove the tooltip and its listeners. */
  destroy(): void;
};

/**
 * One shared tooltip (`role="tooltip"`) for every marked term: shows on hover and on keyboard focus,
 * links to the focused term with `aria-describedby`, closes with Escape, stays while the pointer is
 * on it (WCAG 1.4.13). Built from elements and text nodes only.
 *
 * @example
 * const tooltip = installTooltip(document, (id) => contentFor(id)); // later: tooltip.destroy()
 */
export function installTooltip(doc: Document, lookup: (id: string) => TooltipContent | undefined): Tooltip {
  let element: HTMLElement | undefined;
  let current: HTMLElement | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const ensureElement = (): HTMLElement => {
    if (element !== undefined && element.isConnected) return element;
    element = doc.createElement("div");
    element.id = TOOLTIP_ID;
    element.className = `${OWN_CLASS} rw-tooltip`;
    element.setAttribute("role", "tooltip");
    element.hidden = true;
    element.addEventListener("mouseenter", () => cancelHide());
    element.addEventListener("mouseleave", () => scheduleHide());
    (doc.body ?? doc.documentElement).append(element);
    return element;
  };

  const cancelHide = (): void => {
    if (hideTimer !== undefined) clearTimeout(hideTimer);
    hideTimer = undefined;
  };

  const hide = (): void => {
    cancelHide();
    if (current !== undefined) current.removeAttribute("aria-describedby");
    current = undefined;
    if (element !== undefined) element.hidden = true;
  };

  const scheduleHide = (): void => {
    cancelHide();
    hideTimer = setTimeout(hide, 150);
  };

  const show = (term: HTMLElement): void => {
    cancelHide();
    const id = term.getAttribute(TERM_ATTR);
    const content = id === null ? undefined : lookup(id);
    if (content === undefined) return;
    const tip = ensureElement();
    if (current !== undefined && current !== term) current.removeAttribute("aria-describedby");
    current = term;
    const label = doc.createElement("span");
    label.className = "rw-tooltip-label";
    label.textContent = content.label;
    const heading = doc.createElement("strong");
    heading.className = "rw-tooltip-term";
    heading.textContent = content.term;
    const definition = doc.createElement("span");
    definition.className = "rw-tooltip-definition";
    definition.textContent = content.definition;
    const parts: HTMLElement[] = [label, heading, definition];
    if (content.citation !== undefined) {
      const citation = doc.createElement("span");
      citation.className = "rw-tooltip-citation";
      citation.textContent = content.citation;
      parts.push(citation);
    }
    tip.replaceChildren(...parts);
    tip.hidden = false;
    term.setAttribute("aria-describedby", TOOLTIP_ID);
    position(tip, term);
  };

  const position = (tip: HTMLElement, term: HTMLElement): void => {
    const view = doc.defaultView;
    const rect = term.getBoundingClientRect();
    const scrollX = view?.scrollX ?? 0;
    const scrollY = view?.scrollY ?? 0;
    const width = view?.innerWidth ?? 1024;
    const tipWidth = Math.min(360, width - 16);
    const left = Math.max(8, Math.min(rect.left, width - tipWidth - 8));
    tip.style.left = `${Math.round(left + scrollX)}px`;
    tip.style.top = `${Math.round(rect.bottom + scrollY + 6)}px`;
    tip.style.maxWidth = `${tipWidth}px`;
  };

  const termOf = (target: EventTarget | null): HTMLElement | undefined => {
    if (target === null || !(target instanceof Element)) return undefined;
    const term = target.closest(`.${TERM_CLASS}[${TERM_ATTR}]`);
    return term === null ? undefined : (term as HTMLElement);
  };

  const onOver = (event: Event): void => {
    const term = termOf(event.target);
    if (term !== undefined) show(term);
  };
  const onOut = (event: Event): void => {
    if (termOf(event.target) !== undefined) scheduleHide();
  };
  const onFocusIn = (event: Event): void => {
    const term = termOf(event.target);
    if (term !== undefined) show(term);
  };
  const onFocusOut = (event: Event): void => {
    if (termOf(event.target) !== undefined) hide();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === "Escape" && element !== undefined && !element.hidden) hide();
  };

  doc.addEventListener("mouseover", onOver, true);
  doc.addEventListener("mouseout", onOut, true);
  doc.addEventListener("focusin", onFocusIn, true);
  doc.addEventListener("focusout", onFocusOut, true);
  doc.addEventListener("keydown", onKey, true);

  return {
    show,
    hide,
    destroy: () => {
      hide();
      doc.removeEventListener("mouseover", onOver, true);
      doc.removeEventListener("mouseout", onOut, true);
      doc.removeEventListener("focusin", onFocusIn, true);
      doc.removeEventListener("focusout", onFocusOut, true);
      doc.removeEventListener("keydown", onKey, true);
      element?.remove();
      element = undefined;
    },
  };
}
