import type { Matcher } from "./matcher.js";

/** Class of a marked term (a `<span>` around the words, nothing else changed). */
export const TERM_CLASS = "rw-term";
/** Attribute holding the glossary id of a marked term. */
export const TERM_ATTR = "data-rw-term";
/** Class of anything the extension adds that is not a term (the tooltip). */
export const OWN_CLASS = "rw-own";

/**
 * Elements whose text is never marked: code, form fields and their labels, interactive elements
 * (a term inside a link would put a focus stop inside a focus stop), embedded documents.
 */
const SKIP_TAGS = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "TITLE",
  "CODE", "PRE", "KBD", "SAMP", "VAR",
  "TEXTAREA", "INPUT", "SELECT", "OPTION", "BUTTON", "LABEL", "FORM-FIELD",
  "A", "SUMMARY",
  "IFRAME", "OBJECT", "EMBED", "CANVAS", "VIDEO", "AUDIO",
  "SVG", "svg", "MATH", "math",
]);

/** Whether an element's own attributes make it editable (contenteditable other than "false"). */
function editableAttribute(element: Element): boolean {
  const value = element.getAttribute("contenteditable");
  return value !== null && value.toLowerCase() !== "false";
}

/**
 * Whether the text inside this element must be left alone (the element itself only, not its ancestors).
 *
 * @example
 * shouldSkipElement(document.createElement("pre")); // true
 */
export function shouldSkipElement(element: Element): boolean {
  if (SKIP_TAGS.has(element.tagName)) return true;
  if (element.classList.contains(TERM_CLASS) || element.classList.contains(OWN_CLASS)) return true;
  if (editableAttribute(element)) return true;
  const role = element.getAttribute("role");
  return role === "textbox" || role === "code" || role === "searchbox";
}

/** Whether a node sits anywhere inside an element whose text must be left alone. */
export function isInsideSkipped(node: Node): boolean {
  for (let element = node.nodeType === 1 ? (node as Element) : node.parentElement; element !== null; element = element.parentElement) {
    if (shouldSkipElement(element)) return true;
    // The browser knows editability from CSS and inheritance too.
    if ((element as HTMLElement).isContentEditable === true) return true;
  }
  return false;
}

/** Figures of one marking run. */
export type MarkStats = {
  /** Text nodes looked at. */
  textNodes: number;
  /** Terms marked. */
  marks: number;
  /** Slices of work between which the page could run. */
  chunks: number;
  /** The longest slice of work, in milliseconds. */
  longestChunkMs: number;
  /** From start to end, including the pauses, in milliseconds. */
  totalMs: number;
};

/** How marking shares the main thread with the page. */
export type MarkerOptions = {
  /** Longest slice of work before yielding to the page (default 8 ms; a long task starts at 50 ms). */
  budgetMs?: number;
  /** A clock in milliseconds (default `performance.now`). */
  now?: () => number;
  /** Give the page a turn (default a zero timeout). */
  yieldToPage?: () => Promise<void>;
  /** Called before each slice of work (the observer hands over what the page changed). */
  beforeChunk?: () => void;
  /** Called after each slice of work (the observer drops the changes the marker made itself). */
  afterChunk?: () => void;
};

const defaultYield = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Marks glossary terms in a document: walks text nodes (TreeWalker), skips code, form fields,
 * editable areas and what is already marked, wraps each term in a `<span>` built with
 * `createElement` and text nodes (page text is never parsed as HTML), and works in slices so no
 * single task is long. A term is marked once per paragraph (text node). The first occurrence of
 * each term on the page is in the tab order; later ones can be hovered or clicked, so keyboard
 * users do not meet hundreds of extra tab stops.
 */
export class PageMarker {
  readonly #doc: Document;
  readonly #matcher: Matcher;
  readonly #budgetMs: number;
  readonly #now: () => number;
  readonly #yield: () => Promise<void>;
  readonly #beforeChunk: () => void;
  readonly #afterChunk: () => void;
  readonly #seen = new Set<string>();
  #queue: Promise<MarkStats> = Promise.resolve(emptyStats());

  constructor(doc: Document, matcher: Matcher, options: MarkerOptions = {}) {
    this.#doc = doc;
    this.#matcher = matcher;
    this.#budgetMs = options.budgetMs ?? 8;
    this.#now = options.now ?? (() => performance.now());
    this.#yield = options.yieldToPage ?? defaultYield;
    this.#beforeChunk = options.beforeChunk ?? (() => undefined);
    this.#afterChunk = options.afterChunk ?? (() => undefined);
  }

  /**
   * Marks the terms under the given roots (runs one after another when called again meanwhile).
   *
   * @example
   * await new PageMarker(document, createMatcher(terms)).mark([document.body]); // { marks: 3, ... }
   */
  mark(roots: readonly Node[]): Promise<MarkStats> {
    const run = this.#queue.then(() => this.#run(roots));
    this.#queue = run.catch(() => emptyStats());
    return run;
  }

  /** Removes every mark the marker made, restoring the page's text nodes. */
  unmarkAll(root: ParentNode = this.#doc): number {
    const marks = [...root.querySelectorAll(`.${TERM_CLASS}[${TERM_ATTR}]`)];
    const parents = new Set<Node>();
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (parent === null) continue;
      parent.replaceChild(this.#doc.createTextNode(mark.textContent), mark);
      parents.add(parent);
    }
    for (const parent of parents) parent.normalize();
    this.#seen.clear();
    return marks.length;
  }

  async #run(roots: readonly Node[]): Promise<MarkStats> {
    const stats = emptyStats();
    const started = this.#now();
    const nodes: Text[] = [];
    let sliceStart = this.#now();
    this.#beforeChunk();
    const endSlice = async (): Promise<void> => {
      this.#afterChunk();
      stats.chunks += 1;
      stats.longestChunkMs = Math.max(stats.longestChunkMs, this.#now() - sliceStart);
      await this.#yield();
      sliceStart = this.#now();
      this.#beforeChunk();
    };

    // 1. Collect candidate text nodes; nothing changes yet, so the walker stays valid between slices.
    for (const root of roots) {
      if (!root.isConnected || isInsideSkipped(root)) continue;
      if (root.nodeType === 3) {
        nodes.push(root as Text);
        continue;
      }
      const walker = this.#doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
        acceptNode: (node) =>
          node.nodeType === 1
            ? shouldSkipElement(node as Element)
              ? 2 /* FILTER_REJECT: skip the whole subtree */
              : 3 /* FILTER_SKIP: look inside */
            : 1 /* FILTER_ACCEPT */,
      });
      let count = 0;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        if ((node as Text).data.length >= this.#matcher.minLength) nodes.push(node as Text);
        if (++count % 64 === 0 && this.#now() - sliceStart > this.#budgetMs) await endSlice();
      }
    }
    stats.textNodes = nodes.length;

    // 2. Mark, in slices.
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      // The page may have removed or moved the node since it was collected.
      if (node.isConnected && node.parentNode !== null) stats.marks += this.#markText(node);
      if (this.#now() - sliceStart > this.#budgetMs) await endSlice();
    }
    this.#afterChunk();
    stats.chunks += 1;
    stats.longestChunkMs = Math.max(stats.longestChunkMs, this.#now() - sliceStart);
    stats.totalMs = this.#now() - started;
    return stats;
  }

  #markText(node: Text): number {
    const text = node.data;
    const regex = this.#matcher.regex;
    regex.lastIndex = 0;
    let match = regex.exec(text);
    if (match === null) return 0;
    const fragment = this.#doc.createDocumentFragment();
    let last = 0;
    let marks = 0;
    // Once per term per text node (in practice per paragraph): the same word marked twice in one
    // paragraph adds noise, not help.
    const here = new Set<string>();
    for (; match !== null; match = regex.exec(text)) {
      const id = this.#matcher.termOf(match[0]);
      if (id === undefined || here.has(id)) continue;
      here.add(id);
      if (match.index > last) fragment.append(this.#doc.createTextNode(text.slice(last, match.index)));
      fragment.append(this.#createMark(id, match[0]));
      last = match.index + match[0].length;
      marks += 1;
    }
    if (marks === 0) return 0;
    if (last < text.length) fragment.append(this.#doc.createTextNode(text.slice(last)));
    node.parentNode!.replaceChild(fragment, node);
    return marks;
  }

  #createMark(id: string, text: string): HTMLElement {
    const mark = this.#doc.createElement("span");
    mark.className = TERM_CLASS;
    mark.setAttribute(TERM_ATTR, id);
    // ARIA's "term": a word with a definition (the tooltip, linked by aria-describedby while shown).
    mark.setAttribute("role", "term");
    mark.tabIndex = this.#seen.has(id) ? -1 : 0;
    this.#seen.add(id);
    mark.append(this.#doc.createTextNode(text));
    return mark;
  }
}

function emptyStats(): MarkStats {
  return { textNodes: 0, marks: 0, chunks: 0, longestChunkMs: 0, totalMs: 0 };
}
