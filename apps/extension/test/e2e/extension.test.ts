// End-to-end: the real extension (test build) in Debian's Chromium against a local HTTP site.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { glossary } from "@raadswerk/domain/wmcz";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./axe.js";
import { ARTIFACTS, type ExtensionBrowser, launchWithExtension, newProfile, removeProfile, requireChromium } from "./browser.js";
import { DECISION_TEXT, startSite, type TestSite } from "./site.js";

const executablePath = requireChromium();
if (executablePath === undefined) console.warn("e2e: Chromium not found; skipping (under CI=true this fails).");

type TestHooks = {
  handleContextMenuClick(info: { menuItemId: string; selectionText?: string }, tab: chrome.tabs.Tab | undefined): Promise<unknown>;
  loadSettings(): Promise<unknown>;
};

/** Waits until the background has registered the marking script for the test site. */
async function waitForMarkingScript(browser: ExtensionBrowser, pattern: string): Promise<void> {
  await expect
    .poll(
      () =>
        browser.worker.evaluate(async () => {
          const scripts = await chrome.scripting.getRegisteredContentScripts();
          return scripts.flatMap((script) => script.matches ?? []);
        }),
      { timeout: 10_000 },
    )
    .toContain(pattern);
}

const screenshot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
const definitionOf = (id: string) => glossary.find((entry) => entry.id === id)?.definition.nl;

describe.skipIf(executablePath === undefined)("the extension in Chromium", () => {
  let site: TestSite;
  let browser: ExtensionBrowser;
  const profile = newProfile();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    site = await startSite();
    browser = await launchWithExtension(executablePath!, profile);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    removeProfile(profile);
  });

  it("checks a selection from the context menu and shows the rights in the side panel", async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url("/decision.html"));
    const selection = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById("decision")!);
      const selected = window.getSelection()!;
      selected.removeAllRanges();
      selected.addRange(range);
      return selected.toString();
    });
    expect(selection).toBe(DECISION_TEXT);

    const stored = await browser.worker.evaluate(async (selectionText) => {
      const hooks = (globalThis as unknown as { raadswerkTest: TestHooks }).raadswerkTest;
      const [tab] = await chrome.tabs.query({ url: "http://127.0.0.1/*" });
      return hooks.handleContextMenuClick({ menuItemId: "wmcz-check", selectionText }, tab);
    }, selection);
    expect(stored).toMatchObject({ text: DECISION_TEXT });

    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(browser.extensionUrl("sidepanel.html"));
    const findings = panel.locator(".rw-finding");
    await expect.poll(() => findings.count()).toBeGreaterThanOrEqual(2);
    const rights = await findings.evaluateAll((items) => items.map((item) => item.getAttribute("data-right")));
    expect(new Set(rights)).toEqual(new Set(["advice", "consent"]));
    const text = await panel.locator("main").innerText();
    expect(text).toMatch(/art\. 7.*Wmcz 2018/);
    expect(text).toMatch(/art\. 8.*Wmcz 2018/);
    expect(await panel.locator(".rw-steps li").count()).toBeGreaterThan(0);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe("nl");
    await screenshot(panel, "sidepanel.png");
    expect(await axeViolations(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });

  // Issue 11: a text without a right gets the council's own route, unsolicited advice (art. 9), with its steps.
  it("shows unsolicited advice and its steps in the side panel when a selection touches no right", async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url("/decision.html"));
    const selectionText = "De printer op de tweede verdieping wordt vervangen.";
    await browser.worker.evaluate(async (text) => {
      const hooks = (globalThis as unknown as { raadswerkTest: TestHooks }).raadswerkTest;
      const [tab] = await chrome.tabs.query({ url: "http://127.0.0.1/*" });
      return hooks.handleContextMenuClick({ menuItemId: "wmcz-check", selectionText: text }, tab);
    }, selectionText);
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(browser.extensionUrl("sidepanel.html"));
    await expect.poll(() => panel.locator(".rw-check__summary").innerText()).toContain("ongevraagd advies");
    expect(await panel.locator(".rw-finding").count()).toBe(0);
    const plan = await panel.locator(".rw-plan").innerText();
    expect(plan).toContain("Ongevraagd advies");
    expect(plan).toContain("art. 9 Wmcz 2018");
    expect(plan).toContain("De organisatie beslist zo snel mogelijk over het advies.");
    await screenshot(panel, "sidepanel-nothing-found.png");
    expect(await axeViolations(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it("checks pasted text, asks the eligibility questions and searches the glossary in the popup", async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 480, height: 700 });
    await popup.goto(browser.extensionUrl("popup.html"));
    await popup.fill("#text", DECISION_TEXT);
    await popup.click("#check-form button[type=submit]");
    await expect.poll(() => popup.locator("#panel-check .rw-finding").count()).toBeGreaterThanOrEqual(2);
    await screenshot(popup, "popup-check.png");

    await popup.click("#tab-eligibility");
    await popup.click("#eligibility-form button[type=submit]");
    // Nothing answered: the domain says which answers are missing, next to the fields.
    await expect.poll(() => popup.locator("#eligibility-form .rw-error:visible").count()).toBeGreaterThan(0);
    // Answer "no" to every yes/no question shown, until the domain gives a verdict.
    for (let round = 0; round < 8 && (await popup.locator(".rw-verdict").count()) === 0; round++) {
      for (const field of await popup.locator("#eligibility-form [data-field]").all()) {
        const no = field.locator('input[type=radio][value="no"]');
        if ((await no.count()) > 0 && !(await field.locator("input[type=radio]:checked").count())) await no.check();
        const date = field.locator("input[type=date]");
        if ((await date.count()) > 0 && (await date.inputValue()) === "") await date.fill("2020-01-01");
        const select = field.locator("select");
        if ((await select.count()) > 0 && (await select.inputValue()) === "") {
          await select.selectOption({ index: 1 });
        }
        const radios = field.locator("input[type=radio]");
        if ((await radios.count()) > 0 && !(await field.locator("input[type=radio]:checked").count())) await radios.first().check();
      }
      await popup.click("#eligibility-form button[type=submit]");
    }
    await expect(popup.locator(".rw-verdict h3").innerText()).resolves.not.toBe("");
    await screenshot(popup, "popup-eligibility.png");
    expect(await axeViolations(popup)).toEqual([]);

    await popup.click("#tab-glossary");
    await popup.fill("#glossary-search", "instemming");
    await expect.poll(() => popup.locator(".rw-glossary dt").allInnerTexts()).toContain("instemmingsrecht");
    await popup.close();
  });

  it("marks terms on an allowed site and explains them on hover and keyboard focus", async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl("options.html"));
    await options.fill("#site", site.url("/"));
    await options.click(".rw-add-site button[type=submit]");
    await expect.poll(() => options.locator("#status").innerText()).toContain("toegevoegd");
    await waitForMarkingScript(browser, "http://127.0.0.1/*");
    await screenshot(options, "options.png");
    expect(await axeViolations(options)).toEqual([]);
    await options.close();

    const page = await browser.context.newPage();
    await page.goto(site.url("/terms.html"));
    const terms = page.locator("#intro .rw-term");
    await expect.poll(() => terms.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    expect(await terms.evaluateAll((marks) => marks.map((mark) => mark.getAttribute("data-rw-term")))).toEqual(
      expect.arrayContaining(["instemmingsrecht", "medezeggenschapsregeling"]),
    );
    // Form fields, editable areas and code stay as they were.
    expect(await page.locator("textarea .rw-term, #editor .rw-term, pre .rw-term, code .rw-term").count()).toBe(0);
    expect(await page.inputValue("#notes")).toBe("instemmingsrecht in een tekstvak");
    expect(await page.inputValue("#field")).toBe("instemmingsrecht in een invoerveld");

    // Keyboard: the first Tab lands on the first term; its tooltip shows the domain's definition.
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    expect(await focused.getAttribute("class")).toContain("rw-term");
    const tooltip = page.locator('[role="tooltip"]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await focused.getAttribute("aria-describedby")).toBe(await tooltip.getAttribute("id"));
    const id = (await focused.getAttribute("data-rw-term"))!;
    expect(await tooltip.innerText()).toContain(definitionOf(id));
    await screenshot(page, "marked-page.png");
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => tooltip.isVisible()).toBe(false);

    // Hover shows it too.
    await page.hover("#intro .rw-term >> nth=1");
    await expect.poll(() => tooltip.isVisible()).toBe(true);

    // Text the page adds later is marked after the throttle.
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.id = "added";
      p.textContent = "Nieuw: de commissie van vertrouwenslieden.";
      document.getElementById("later")!.append(p);
    });
    await expect.poll(() => page.locator("#added .rw-term").count(), { timeout: 5_000 }).toBe(1);
    await page.close();
  });

  it("marks nothing on a site that was not allowed", async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url("/terms.html", "localhost"));
    await page.waitForTimeout(1_500);
    expect(await page.locator(".rw-term").count()).toBe(0);
    await page.close();
  });

  it("keeps the options after a browser restart", async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl("options.html"));
    await options.selectOption("#language", "en");
    await expect.poll(() => options.locator("h1").innerText()).toBe("Settings");
    await browser.close();

    browser = await launchWithExtension(executablePath!, profile);
    const again = await browser.context.newPage();
    await again.goto(browser.extensionUrl("options.html"));
    await expect.poll(() => again.locator("#language").inputValue()).toBe("en");
    expect(await again.locator(".rw-site").allInnerTexts()).toEqual([expect.stringContaining("http://127.0.0.1")]);
    await again.close();

    // Marking still runs after the restart, now explained in English.
    const page = await browser.context.newPage();
    await page.goto(site.url("/terms.html"));
    await expect.poll(() => page.locator("#intro .rw-term").count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    await page.keyboard.press("Tab");
    await expect.poll(() => page.locator('[role="tooltip"]').textContent()).toContain("Wmcz term");

    // Switching marking off gives the open page its own text back.
    const settings = await browser.context.newPage();
    await settings.goto(browser.extensionUrl("options.html"));
    await settings.uncheck("#marking");
    await expect.poll(() => page.locator(".rw-term").count()).toBe(0);
    expect(await page.locator("#intro").innerText()).toContain("De cliëntenraad heeft instemmingsrecht op de medezeggenschapsregeling.");
    await settings.close();
    await page.close();
  });
});
