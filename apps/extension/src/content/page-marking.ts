import { PageMarker, type MarkStats } from "../marking/engine.js";
import { createMatcher } from "../marking/matcher.js";
import { watchPage, type PageWatch } from "../marking/observer.js";
import { installTooltip, type Tooltip } from "../marking/tooltip.js";
import type { PageGlossary } from "../view/glossary.js";

/** Marking running on one page. */
export type PageMarking = {
  /** Resolves with the figures of the first pass over the page. */
  readonly ready: Promise<MarkStats>;
  /** Show tooltips from another glossary payload (another language). */
  setGlossary(glossary: PageGlossary): void;
  /** Stop, and give the page back its own text. */
  stop(): void;
};

/**
 * Marks glossary terms on a page, keeps up with changes and explains terms in a tooltip.
 *
 * @example
 * const marking = startPageMarking(document, pageGlossary(glossary, "nl")); // later: marking.stop()
 */
export function startPageMarking(doc: Document, initial: PageGlossary): PageMarking {
  let glossary = initial;
  let watch: PageWatch | undefined;
  const marker = new PageMarker(doc, createMatcher(glossary.terms), {
    beforeChunk: () => watch?.collect(),
    afterChunk: () => watch?.discard(),
  });
  const tooltip: Tooltip = installTooltip(doc, (id) => glossary.tooltips[id]);
  const root = doc.body ?? doc.documentElement;
  const ready = marker.mark([root]);
  watch = watchPage(doc, marker);
  return {
    ready,
    setGlossary: (next) => {
      glossary = next;
      tooltip.hide();
    },
    stop: () => {
      watch?.disconnect();
      watch = undefined;
      tooltip.destroy();
      marker.unmarkAll(root);
    },
  };
}
