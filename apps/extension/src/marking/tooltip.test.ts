// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { PageMarker } from "./engine.js";
import { createMatcher } from "./matcher.js";
import { installTooltip, TOOLTIP_ID, type Tooltip } from "./tooltip.js";

const content = { label: "Wmcz-woord", term: "instemmingsrecht", definition: "De raad moet eerst ja zeggen.", citation: "Bron: art. 8 Wmcz 2018" };

async function setUp(): Promise<{ tooltip: Tooltip; term: HTMLElement }> {
  const p = document.createElement("p");
  p.append("Het instemmingsrecht geldt.");
  document.body.replaceChildren(p);
  await new PageMarker(document, createMatcher([{ id: "instemmingsrecht", variants: ["instemmingsrecht"] }]), {
    yieldToPage: () => Promise.resolve(),
  }).mark([document.body]);
  const tooltip = installTooltip(document, (id) => (id === "instemmingsrecht" ? content : undefined));
  return { tooltip, term: document.querySelector<HTMLElement>(".rw-term")! };
}

let current: Tooltip | undefined;
afterEach(() => current?.destroy());

const tip = () => document.getElementById(TOOLTIP_ID);

describe("installTooltip", () => {
  it("shows the definition and citation when a term gets keyboard focus", async () => {
    const { tooltip, term } = await setUp();
    current = tooltip;
    term.focus();
    expect(tip()?.hidden).toBe(false);
    expect(tip()?.getAttribute("role")).toBe("tooltip");
    expect(tip()?.textContent).toBe("Wmcz-woordinstemmingsrechtDe raad moet eerst ja zeggen.Bron: art. 8 Wmcz 2018");
  });

  it("links the focused term to the tooltip with aria-describedby", async () => {
    const { tooltip, term } = await setUp();
    current = tooltip;
    term.focus();
    expect(term.getAttribute("aria-describedby")).toBe(TOOLTIP_ID);
  });

  it("closes on Escape and drops the link", async () => {
    const { tooltip, term } = await setUp();
    current = tooltip;
    term.focus();
    term.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(tip()?.hidden).toBe(true);
    expect(term.hasAttribute("aria-describedby")).toBe(false);
  });

  it("shows on hover", async () => {
    const { tooltip, term } = await setUp();
    current = tooltip;
    term.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(tip()?.hidden).toBe(false);
  });

  it("hides when focus leaves the term", async () => {
    const { tooltip, term } = await setUp();
    current = tooltip;
    term.focus();
    term.blur();
    expect(tip()?.hidden).toBe(true);
  });

  it("removes itself when destroyed", async () => {
    const { tooltip, term } = await setUp();
    term.focus();
    tooltip.destroy();
    expect(tip()).toBeNull();
  });
});
