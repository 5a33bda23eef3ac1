import { OWN_CLASS, TERM_CLASS } from "./engine.js";

/** What the observer needs from a marker. */
export type MarkTarget = { mark(roots: readonly Node[]): Promise<unknown> };

/** Options for {@link watchPage}. */
export type WatchOptions = {
  /** Wait at least this long after a change before marking again (default 400 ms). */
  throttleMs?: number;
  /** Timer functions (tests pass fakes). */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
};

/** A running watch over a page's changes. */
export type PageWatch = {
  /** Hand over the page's changes recorded so far (call before the marker changes the page). */
  collect(): void;
  /** Drop the changes recorded so far (call after the marker changed the page: they are its own). */
  discard(): void;
  /** Stop watching. */
  disconnect(): void;
};

function isOwn(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element !== null && element.closest(`.${TERM_CLASS}, .${OWN_CLASS}`) !== null;
}

/**
 * Keeps marking up with a page that changes: a MutationObserver gathers added nodes and changed
 * text, and at most once per `throttleMs` the marker gets the outermost changed nodes.
 *
 * @example
 * const watch = watchPage(document, marker); // later: watch.disconnect()
 */
export function watchPage(doc: Document, target: MarkTarget, options: WatchOptions = {}): PageWatch {
  const throttleMs = options.throttleMs ?? 400;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const pending = new Set<Node>();
  let timer: unknown;
  let lastRun = Number.NEGATIVE_INFINITY;

  const flush = (): void => {
    timer = undefined;
    lastRun = Date.now();
    const roots = [...pending].filter((node) => node.isConnected && !isOwn(node));
    pending.clear();
    // Only the outermost: a node inside another changed node is walked with it.
    const outermost = roots.filter((node) => !roots.some((other) => other !== node && other.contains(node)));
    if (outermost.length > 0) void target.mark(outermost);
  };

  const take = (records: readonly MutationRecord[]): void => {
    for (const record of records) {
      if (record.type === "characterData") pending.add(record.target);
      else for (const node of record.addedNodes) if (node.nodeType === 1 || node.nodeType === 3) pending.add(node);
    }
    if (pending.size > 0 && timer === undefined) {
      const wait = Math.max(0, throttleMs - (Date.now() - lastRun));
      timer = setTimer(flush, Math.max(wait, Math.min(throttleMs, 50)));
    }
  };

  const observer = new MutationObserver((records) => take(records));
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });

  return {
    collect: () => take(observer.takeRecords()),
    discard: () => void observer.takeRecords(),
    disconnect: () => {
      observer.disconnect();
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      pending.clear();
    },
  };
}
