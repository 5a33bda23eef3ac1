// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { PageMarker, TERM_ATTR, TERM_CLASS } from "./engine.js";
import { createMatcher, type MarkableTerm } from "./matcher.js";
import { watchPage } from "./observer.js";

const terms: MarkableTerm[] = [
  { id: "instemmingsrecht", variants: ["instemmingsrecht"] },
  { id: "clientenraad", variants: ["cliëntenraad", "cliëntenraden"] },
];

/** A page body built from elements and text, never from HTML strings. */
function page(build: (el: typeof element) => Node[]): HTMLElement {
  document.body.replaceChildren(...build(element));
  return document.body;
}

function element(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

const marked = () => [...document.querySelectorAll(`.${TERM_CLASS}`)].map((m) => [m.getAttribute(TERM_ATTR), m.textContent]);
const immediate = () => Promise.resolve();
const markerFor = (list = terms) => new PageMarker(document, createMatcher(list), { yieldToPage: immediate });

beforeEach(() => {
  document.body.replaceChildren();
});

describe("PageMarker", () => {
  it("marks a term in running text and keeps the text around it", async () => {
    page((el) => [el("p", {}, "De cliëntenraad heeft instemmingsrecht.")]);
    await markerFor().mark([document.body]);
    expect(marked()).toEqual([
      ["clientenraad", "cliëntenraad"],
      ["instemmingsrecht", "instemmingsrecht"],
    ]);
    expect(document.body.textContent).toBe("De cliëntenraad heeft instemmingsrecht.");
  });

  it("leaves form fields, editable areas and code alone", async () => {
    page((el) => [
      el("textarea", {}, "cliëntenraad"),
      el("input", { value: "cliëntenraad" }),
      el("div", { contenteditable: "true" }, el("p", {}, "cliëntenraad")),
      el("pre", {}, "cliëntenraad"),
      el("code", {}, "cliëntenraad"),
      el("script", {}, "var cliëntenraad = 1;"),
      el("style", {}, ".cliëntenraad {}"),
      el("a", { href: "#" }, "cliëntenraad"),
      el("button", {}, "cliëntenraad"),
    ]);
    await markerFor().mark([document.body]);
    expect(marked()).toEqual([]);
  });

  it("marks text inside an element that sets contenteditable to false", async () => {
    page((el) => [el("div", { contenteditable: "false" }, "cliëntenraad")]);
    await markerFor().mark([document.body]);
    expect(marked()).toHaveLength(1);
  });

  it("does not mark the same words twice when run again", async () => {
    page((el) => [el("p", {}, "instemmingsrecht")]);
    const marker = markerFor();
    await marker.mark([document.body]);
    await marker.mark([document.body]);
    expect(marked()).toHaveLength(1);
  });

  it("gives a marked term ARIA's term role", async () => {
    page((el) => [el("p", {}, "instemmingsrecht")]);
    await markerFor().mark([document.body]);
    expect(document.querySelector(`.${TERM_CLASS}`)?.getAttribute("role")).toBe("term");
  });

  it("never parses page text as HTML", async () => {
    page((el) => [el("p", {}, "<img src=x onerror=alert(1)> cliëntenraad <b>")]);
    await markerFor().mark([document.body]);
    expect(document.querySelectorAll("img, b")).toHaveLength(0);
    expect(document.body.textContent).toBe("<img src=x onerror=alert(1)> cliëntenraad <b>");
  });

  it("puts only the first occurrence of a term on the page in the tab order", async () => {
    page((el) => [el("p", {}, "cliëntenraad en instemmingsrecht"), el("p", {}, "De cliëntenraden.")]);
    await markerFor().mark([document.body]);
    const tabIndexes = [...document.querySelectorAll<HTMLElement>(`.${TERM_CLASS}`)].map((m) => m.tabIndex);
    expect(tabIndexes).toEqual([0, 0, -1]);
  });

  it("marks a term once per paragraph", async () => {
    page((el) => [el("p", {}, "De cliëntenraad, en nog eens de cliëntenraden.")]);
    await markerFor().mark([document.body]);
    expect(marked()).toEqual([["clientenraad", "cliëntenraad"]]);
    expect(document.body.textContent).toBe("De cliëntenraad, en nog eens de cliëntenraden.");
  });

  it("works in several slices when the budget is small, and reports them", async () => {
    page((el) => Array.from({ length: 200 }, () => el("p", {}, "De cliëntenraad vergadert.")));
    let clock = 0;
    const marker = new PageMarker(document, createMatcher(terms), {
      budgetMs: 1,
      now: () => (clock += 0.5),
      yieldToPage: immediate,
    });
    const stats = await marker.mark([document.body]);
    expect(stats.marks).toBe(200);
    expect(stats.chunks).toBeGreaterThan(1);
  });

  it("skips a node the page removed while marking paused", async () => {
    page((el) => [...Array.from({ length: 20 }, () => el("p", {}, "instemmingsrecht")), el("p", { id: "gone" }, "cliëntenraad")]);
    const marker = new PageMarker(document, createMatcher(terms), {
      budgetMs: 0,
      yieldToPage: () => {
        document.getElementById("gone")?.remove();
        return Promise.resolve();
      },
    });
    const stats = await marker.mark([document.body]);
    expect(stats.marks).toBe(20);
    expect(document.body.textContent).not.toContain("cliëntenraad");
  });

  it("restores the page's text when unmarking", async () => {
    page((el) => [el("p", {}, "De cliëntenraad heeft instemmingsrecht.")]);
    const marker = markerFor();
    await marker.mark([document.body]);
    expect(marker.unmarkAll()).toBe(2);
    const paragraph = document.querySelector("p")!;
    expect(paragraph.childNodes).toHaveLength(1);
    expect(paragraph.textContent).toBe("De cliëntenraad heeft instemmingsrecht.");
  });

  it("ignores a root that sits inside code", async () => {
    page((el) => [el("pre", {}, el("span", { id: "inner" }, "cliëntenraad"))]);
    await markerFor().mark([document.getElementById("inner")!]);
    expect(marked()).toEqual([]);
  });
});

describe("watchPage", () => {
  it("marks text the page adds later, after the throttle", async () => {
    page(() => []);
    const marker = markerFor();
    const timers: (() => void)[] = [];
    const watch = watchPage(document, marker, { setTimer: (run) => timers.push(run), clearTimer: () => undefined });
    document.body.append(element("p", {}, "Nieuw: instemmingsrecht"));
    await Promise.resolve(); // the observer's callback runs as a microtask
    expect(marked()).toEqual([]);
    expect(timers).toHaveLength(1);
    timers[0]!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(marked()).toEqual([["instemmingsrecht", "instemmingsrecht"]]);
    watch.disconnect();
  });

  it("waits for one timer however many changes come in", async () => {
    page(() => []);
    const timers: (() => void)[] = [];
    const watch = watchPage(document, markerFor(), { setTimer: (run) => timers.push(run), clearTimer: () => undefined });
    for (let i = 0; i < 50; i++) document.body.append(element("p", {}, "cliëntenraad"));
    await Promise.resolve();
    expect(timers).toHaveLength(1);
    watch.disconnect();
  });

  it("does not react to the marks it makes itself", async () => {
    page((el) => [el("p", {}, "cliëntenraad")]);
    const timers: (() => void)[] = [];
    const marker: PageMarker = new PageMarker(document, createMatcher(terms), {
      yieldToPage: immediate,
      beforeChunk: () => watch.collect(),
      afterChunk: () => watch.discard(),
    });
    const watch = watchPage(document, marker, { setTimer: (run) => timers.push(run), clearTimer: () => undefined });
    await marker.mark([document.body]);
    await Promise.resolve();
    expect(timers).toHaveLength(0);
    watch.disconnect();
  });
});
