// Runs in Chromium: marks the page with the real content-script modules and reports the figures.
import { glossary } from "@raadswerk/domain/wmcz";
import { startPageMarking } from "../src/content/page-marking.js";
import { pageGlossary } from "../src/view/glossary.js";

declare global {
  interface Window {
    runMarkingBench(): Promise<{ textNodes: number; marks: number; chunks: number; longestChunkMs: number; totalMs: number; longTasks: number[] }>;
  }
}

window.runMarkingBench = async () => {
  // Let the page finish its own layout first, so its work is not counted as marking's.
  document.body.getBoundingClientRect();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: "longtask", buffered: false });
  const marking = startPageMarking(document, pageGlossary(glossary, "nl"));
  const stats = await marking.ready;
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  marking.stop();
  return { ...stats, longTasks };
};
