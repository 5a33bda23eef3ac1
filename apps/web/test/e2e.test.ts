// End to end in Debian's Chromium, as a new visitor would, with axe-core on every page and
// screenshots at phone and desktop width in artifacts/screenshots/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromiumArgs, chromiumPath } from "@raadswerk/system";
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_VACANCY_SLUG } from "../src/demo/seed.js";
import { contact, demoQuestions, eligibleAnswers, employeeAnswers } from "./fixtures.js";
import { type RunningApp, startApp, testStore } from "./helpers.js";

const SCREENSHOTS = join(import.meta.dirname, "..", "artifacts", "screenshots");
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;

const executablePath = chromiumPath();
if (executablePath === undefined) {
  const text = "Chromium is not installed (apt-get install -y chromium): the browser tests cannot run.";
  if (process.env.CI === "true" || process.env.CI === "1") throw new Error(text);
  console.warn(`\n!!!!!!!!\n!! ${text}\n!! SKIPPING the end-to-end tests.\n!!!!!!!!\n`);
}

/** Zero WCAG 2.1 A/AA violations, with a readable list when there are some. */
async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Full-page screenshots at phone and desktop width. */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const [label, size] of Object.entries(WIDTHS)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(WIDTHS.phone);
}

/** Answers the eligibility questions and contact details the way a person does: by their labels. */
async function fillApplication(page: Page, answers: Readonly<Record<string, string>>, details: Readonly<Record<string, string>> = contact): Promise<void> {
  for (const question of demoQuestions) {
    const value = answers[question.id];
    if (value === undefined) continue;
    if (question.kind === "yes_no" || question.kind === "choice") await page.check(`#f-${question.id}-${value}`);
    else await page.fill(`#f-${question.id}`, value);
  }
  for (const field of ["name", "email", "phone", "motivation", "availability"] as const) {
    if (details[field] !== undefined) await page.fill(`#f-${field}`, details[field]);
  }
  if (details.consent === "yes") await page.check("#f-consent");
}

/** Clicks something that loads a new page and waits until that page has loaded. */
async function clickAndLoad(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame()), page.click(selector)]);
  await page.waitForLoadState("load");
}

describe.runIf(executablePath !== undefined)("the public side in Chromium", () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startApp(await testStore());
    browser = await chromium.launch({ executablePath, args: [...chromiumArgs], headless: true });
    context = await browser.newContext({ viewport: WIDTHS.phone, locale: "nl-NL" });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await app?.store.close();
  });

  it("shows the open vacancies on the home page", async () => {
    await page.goto(app.url);
    await expect(page.locator("h1").textContent()).resolves.toBe("Vacatures bij cliëntenraden");
    await expectAccessible(page);
    await screenshots(page, "01-home");
  });

  it("lets a candidate apply and be told at once that they can join", async () => {
    await page.goto(app.url);
    await clickAndLoad(page, "text=Lid van de centrale cliëntenraad");
    await expectAccessible(page);
    await screenshots(page, "02-vacancy");
    await clickAndLoad(page, ".utrecht-button-link >> text=Aanmelden");
    await expect(page.locator("h1").textContent()).resolves.toContain("Aanmelden");
    await expectAccessible(page);
    await screenshots(page, "03-form");
    await fillApplication(page, eligibleAnswers());
    await clickAndLoad(page, "button[type=submit]");
    await expect(page.locator(".rw-outcome h2").textContent()).resolves.toBe("U kunt lid worden");
    await expectAccessible(page);
    await screenshots(page, "04-outcome-eligible");
  });

  it("refuses a candidate who works for the provider, with the reasons", async () => {
    await page.goto(`${app.url}/vacatures/${DEMO_VACANCY_SLUG}/aanmelden`);
    await fillApplication(page, employeeAnswers());
    await clickAndLoad(page, "button[type=submit]");
    await expect(page.locator(".rw-outcome h2").textContent()).resolves.toBe("U kunt nu geen lid worden");
    expect(await page.locator("#waarom + ul li").count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshots(page, "05-outcome-refused");
  });

  it("lets a candidate fix validation errors with the keyboard only", async () => {
    await page.goto(`${app.url}/vacatures/${DEMO_VACANCY_SLUG}/aanmelden`);
    await page.focus("#f-name");
    await page.keyboard.type("Kees Jansen");
    // Send the form with the keyboard: the summary appears and takes the focus.
    await page.locator("button[type=submit]").focus();
    await page.keyboard.press("Enter");
    // The server answers with a new page: wait for it (an evaluate now may race the navigation).
    await page.waitForFunction(() => document.activeElement?.id === "foutmeldingen");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("foutmeldingen");
    await expectAccessible(page);
    await screenshots(page, "06-form-errors");
    for (let round = 0; round < 40; round += 1) {
      // Follow the first link of the summary to its field, and answer it.
      await page.focus("#foutmeldingen");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return { id: el?.id ?? "", type: el?.type ?? "", name: el?.name ?? "" };
      });
      if (focused.type === "radio") await page.keyboard.press(focused.name === "client" ? "Space" : "ArrowDown");
      else if (focused.type === "checkbox") await page.keyboard.press("Space");
      else if (focused.name === "email") await page.keyboard.type("kees@example.org");
      else await page.keyboard.type("x");
      await page.locator("button[type=submit]").focus();
      await page.keyboard.press("Enter");
      // Either the outcome page, or the summary again with the focus on it.
      await page.waitForFunction(() => document.querySelector(".rw-outcome") !== null || document.activeElement?.id === "foutmeldingen");
      if ((await page.locator(".rw-outcome").count()) > 0) break;
    }
    await expect(page.locator(".rw-outcome").count()).resolves.toBe(1);
  });

  it("shows the server's errors accessibly when the script does not run", async () => {
    const noScript = await context.newPage();
    await noScript.route("**/assets/apply.*.js", (route) => route.abort());
    await noScript.goto(`${app.url}/vacatures/${DEMO_VACANCY_SLUG}/aanmelden`);
    await clickAndLoad(noScript, "button[type=submit]");
    await expect(noScript.locator("#foutmeldingen h2").textContent()).resolves.toBe("Er is iets niet goed ingevuld");
    await expectAccessible(noScript);
    await screenshots(noScript, "07-form-server-errors");
    await noScript.close();
  });

  it("lets a candidate apply with JavaScript off", async () => {
    const off = await browser.newContext({ viewport: WIDTHS.phone, javaScriptEnabled: false });
    const p = await off.newPage();
    await p.goto(`${app.url}/vacatures/${DEMO_VACANCY_SLUG}/aanmelden`);
    await fillApplication(p, eligibleAnswers(), { ...contact, name: "" });
    await clickAndLoad(p, "button[type=submit]");
    await expect(p.locator("#foutmeldingen").textContent()).resolves.toContain("Vul uw naam in.");
    await expect(p.inputValue("#f-email")).resolves.toBe(contact.email);
    await p.fill("#f-name", "Zonder Script");
    await clickAndLoad(p, "button[type=submit]");
    await expect(p.locator(".rw-outcome h2").textContent()).resolves.toBe("U kunt lid worden");
    await off.close();
  });

  it("checks a proposed decision on the Rechtenwijzer", async () => {
    await page.goto(`${app.url}/rechtenwijzer`);
    await expectAccessible(page);
    await screenshots(page, "08-rechtenwijzer");
    await page.fill("#f-text", "We gaan de maaltijden voortaan laten bezorgen door een cateraar. Ook sluiten we de locatie De Linde.");
    await page.fill("#f-requestDate", "2026-11-23");
    await clickAndLoad(page, "button[type=submit]");
    // The result is a new page: wait for it rather than count on an unloaded one.
    await page.locator(".rw-finding").first().waitFor({ timeout: 30_000 });
    expect(await page.locator(".rw-finding").count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshots(page, "09-rechtenwijzer-result");
  });

  // Issue 11: the long-stay question has three answers (default "weet ik niet"), and the council's
  // own route (unsolicited advice) is shown, also when no right is found.
  it("keeps a manager appointment with its condition when the long-stay question is left at 'weet ik niet'", async () => {
    await page.goto(`${app.url}/rechtenwijzer`);
    expect(await page.isChecked("#f-longTermStay-unknown")).toBe(true);
    await page.fill("#f-text", "Benoeming van een nieuwe teamleider voor afdeling De Vlinder.");
    await page.fill("#f-requestDate", "2026-11-23");
    await clickAndLoad(page, "button[type=submit]");
    await page.locator(".rw-finding").first().waitFor({ timeout: 30_000 });
    await expect(page.locator(".rw-finding").first().textContent()).resolves.toContain("langdurig verblijven");
    await expectAccessible(page);
    await screenshots(page, "12-rechtenwijzer-long-stay-unknown");
  });

  it("answers a text without a right with unsolicited advice and its steps", async () => {
    await page.goto(`${app.url}/rechtenwijzer`);
    await page.fill("#f-text", "Nieuwe printers voor het kantoor.");
    await page.fill("#f-requestDate", "2026-11-23");
    await clickAndLoad(page, "button[type=submit]");
    await page.locator(".rw-unsolicited").waitFor({ timeout: 30_000 });
    await expect(page.locator("[role=status]").textContent()).resolves.toContain("ongevraagd advies");
    await expect(page.locator(".rw-unsolicited").textContent()).resolves.toContain("art. 9 Wmcz 2018");
    await expectAccessible(page);
    await screenshots(page, "13-rechtenwijzer-nothing-found");
  });

  it("shows the vacancy in English after the switch", async () => {
    await page.goto(`${app.url}/vacatures/${DEMO_VACANCY_SLUG}`);
    await clickAndLoad(page, "text=English");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expectAccessible(page);
    await screenshots(page, "10-vacancy-en");
    await page.goto(`${app.url}/?lang=nl`);
  });

  it("shows a helpful page for an unknown address", async () => {
    await page.goto(`${app.url}/bestaat-niet`);
    await expectAccessible(page);
    await screenshots(page, "11-not-found");
  });
});
