// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { checkTab } from "./check-tab.js";
import { eligibilityTab } from "./eligibility-tab.js";
import { glossaryTab } from "./glossary-tab.js";
import { tabs } from "./tabs.js";

const now = () => new Date("2026-03-02T10:00:00Z");
const submit = (form: HTMLFormElement) => form.dispatchEvent(new Event("submit", { cancelable: true, bubbles: true }));

beforeEach(() => document.body.replaceChildren());

describe("tabs", () => {
  const setUp = () => {
    const text = (label: string) => document.createTextNode(label);
    document.body.append(tabs([{ id: "a", label: "A", panel: [text("one")] }, { id: "b", label: "B", panel: [text("two")] }]));
    return [...document.querySelectorAll<HTMLButtonElement>("[role=tab]")];
  };

  it("shows the first panel and keeps only the active tab in the tab order", () => {
    const [a, b] = setUp();
    expect(a!.getAttribute("aria-selected")).toBe("true");
    expect([a!.tabIndex, b!.tabIndex]).toEqual([0, -1]);
    expect(document.getElementById("panel-b")!.hidden).toBe(true);
  });

  it("moves to the next tab with the right arrow key", () => {
    const [a, b] = setUp();
    a!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(b!.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(b);
    expect(document.getElementById("panel-b")!.hidden).toBe(false);
  });
});

describe("checkTab", () => {
  it("asks for a text when none was pasted", () => {
    document.body.append(...checkTab("nl", now));
    submit(document.querySelector("form")!);
    expect(document.getElementById("text-error")!.hidden).toBe(false);
  });

  it("shows the rights the domain finds in a pasted text", () => {
    document.body.append(...checkTab("nl", now));
    document.querySelector("textarea")!.value = "Wij willen de klachtenregeling wijzigen.";
    submit(document.querySelector("form")!);
    expect([...document.querySelectorAll(".rw-finding")].map((f) => f.getAttribute("data-right"))).toContain("consent");
  });
});

describe("eligibilityTab", () => {
  it("shows the domain's explanation next to a question left open", () => {
    document.body.append(...eligibilityTab("nl", now));
    submit(document.querySelector("form")!);
    const shown = [...document.querySelectorAll<HTMLElement>(".rw-error")].filter((error) => !error.hidden);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((error) => (error.textContent ?? "") !== "")).toBe(true);
  });
});

describe("glossaryTab", () => {
  it("filters the glossary as you type", () => {
    document.body.append(...glossaryTab("nl"));
    const all = document.querySelectorAll("dt").length;
    const search = document.querySelector<HTMLInputElement>("input[type=search]")!;
    search.value = "instemming";
    search.dispatchEvent(new Event("input"));
    const terms = [...document.querySelectorAll("dt")].map((dt) => dt.textContent);
    expect(terms).toContain("instemmingsrecht");
    expect(terms.length).toBeLessThan(all);
  });
});
