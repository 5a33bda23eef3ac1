// The council side end to end in Debian's Chromium, as a new secretary would: log in, add a member,
// edit a member, see the timeline, publish a vacancy, move an application, erase it. axe-core on every page;
// screenshots at phone and desktop width in artifacts/screenshots/council-*.png.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromiumArgs, chromiumPath } from "@raadswerk/system";
import { IN_MEMORY, type Store, openStore } from "@raadswerk/storage";
import { type Browser, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, applicationFor, seedCouncil, startApp } from "./council-helpers.js";

const SCREENSHOTS = join(import.meta.dirname, "..", "artifacts", "screenshots");
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const executablePath = chromiumPath();
if (executablePath === undefined && (process.env.CI === "true" || process.env.CI === "1")) throw new Error("Chromium is not installed (apt-get install -y chromium).");

async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function screenshots(page: Page, name: string): Promise<void> {
  for (const [label, size] of Object.entries(WIDTHS)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SCREENSHOTS, `council-${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(WIDTHS.phone);
}

/** Checks the page with axe and saves its screenshots. */
async function look(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  await screenshots(page, name);
}

describe.runIf(executablePath !== undefined)("the council side in Chromium", () => {
  let store: Store;
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;
  let page: Page;
  let seed: Awaited<ReturnType<typeof seedCouncil>>;
  let applicationId = "";

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    store = await openStore({ dataDir: IN_MEMORY });
    seed = await seedCouncil(store);
    const saved = await store.applications.create(applicationFor(seed.vacancy.id, "Ans de Vries", "2026-11-02"));
    applicationId = saved.id;
    app = await startApp(store);
    browser = await chromium.launch({ executablePath, args: [...chromiumArgs], headless: true });
    page = await (await browser.newContext({ viewport: WIDTHS.phone, locale: "nl-NL" })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it("logs in with the account's email address and password", async () => {
    await page.goto(`${app.url}/raad`);
    await look(page, "01-login");
    await page.getByLabel("E-mailadres").fill(seed.email);
    await page.getByLabel("Wachtwoord").fill(PASSWORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL(`${app.url}/raad`);
    await look(page, "02-overview");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Overzicht: Zorggroep Test");
  });

  it("shows what is wrong when a member's date is not a date", async () => {
    await page.getByRole("link", { name: "Centrale cliëntenraad" }).first().click();
    await page.getByLabel("Naam", { exact: true }).fill("Piet de Voorzitter");
    await page.getByLabel("Begin van de huidige termijn").fill("31-02-2024");
    await page.getByRole("button", { name: "Lid toevoegen" }).click();
    await look(page, "03-member-errors");
    expect(await page.locator("#e-startedOn").textContent()).toContain("Vul een bestaande datum in");
  });

  it("adds members", async () => {
    await page.getByLabel("Naam", { exact: true }).fill("Piet de Voorzitter");
    await page.getByLabel("Rol").selectOption("chair");
    await page.getByLabel("Begin van de huidige termijn").fill("2023-03-01");
    await page.getByLabel("Welke termijn?").fill("2");
    await page.getByRole("button", { name: "Lid toevoegen" }).click();
    await page.getByLabel("Naam", { exact: true }).fill("Nina Nieuw");
    await page.getByLabel("Begin van de huidige termijn").fill("2026-11-02");
    await page.getByRole("button", { name: "Lid toevoegen" }).click();
    await page.getByLabel("Naam van de locatie of groep").fill("De Linde");
    await page.getByRole("button", { name: "Toevoegen", exact: true }).click();
    await look(page, "04-council");
    expect(await page.locator("tbody th").allTextContents()).toEqual(["Piet de Voorzitter", "Nina Nieuw"]);
  });

  it("edits a member from the members list", async () => {
    await page.getByRole("link", { name: "Gegevens van Nina Nieuw wijzigen" }).click();
    expect(await page.getByLabel("Begin van de huidige termijn").inputValue()).toBe("2026-11-02");
    await page.getByLabel("Namens wie?").selectOption({ label: "De Linde" });
    await page.getByLabel("Rol").selectOption("secretary");
    await look(page, "14-member-edit");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => page.locator(".rw-notice").textContent()).toContain("opgeslagen");
    expect(await page.getByRole("row", { name: /^Nina Nieuw/ }).textContent()).toContain("De Linde");
  });

  it("shows the term schedule as a timeline with a table beside it", async () => {
    await page.getByRole("link", { name: "Rooster van aftreden en werving" }).first().click();
    await expect.poll(() => page.locator("svg.rw-timeline title").textContent()).toBe("Tijdlijn van de termijnen");
    await look(page, "05-schedule");
    expect(await page.getByRole("row", { name: /^Piet de Voorzitter/ }).textContent()).toContain("1 maart 2027");
  });

  it("publishes a vacancy from the first gap", async () => {
    await page.locator("details summary").first().click();
    await page.locator("details form").first().getByRole("button", { name: "Vacature plaatsen" }).click();
    await expect.poll(() => page.locator(".rw-notice").textContent()).toContain("staat online");
    await look(page, "06-published");
  });

  it("lists the applications with status and days waiting", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Aanmeldingen" }).click();
    await look(page, "07-applications");
    expect(await page.getByRole("row", { name: /Ans de Vries/ }).textContent()).toContain("21 dagen");
  });

  it("moves an application to the introduction talk", async () => {
    await page.getByRole("link", { name: "Ans de Vries" }).click();
    await page.getByLabel("Naar").selectOption("introduction");
    await page.getByRole("button", { name: "Stap opslaan" }).click();
    await expect.poll(() => page.locator(".rw-notice").textContent()).toContain("kennismakingsgesprek");
    await look(page, "08-application");
  });

  it("makes an onboarding checklist for a new member", async () => {
    await page.goto(`${app.url}/raad/raden/${seed.council.id}`);
    await page.getByRole("link", { name: "Inwerken van Nina Nieuw" }).click();
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => page.locator(".rw-notice").textContent()).toContain("opgeslagen");
    await page.getByRole("button", { name: /^Markeer als klaar/ }).first().click();
    await expect.poll(() => page.locator(".rw-done").count()).toBe(1);
    await look(page, "09-onboarding");
  });

  it("edits the membership rules", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Regels" }).click();
    await page.getByLabel("Meeste aantal leden").fill("11");
    await page.getByRole("button", { name: "Regels opslaan" }).click();
    await expect.poll(() => page.locator(".rw-notice").textContent()).toContain("opgeslagen");
    await look(page, "10-rules");
  });

  // Issue 11: "set up for long-term stay" and the answer periods, edited on the council desk.
  it("edits the Wmcz settings", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Wmcz-instellingen" }).click();
    await page.getByLabel("Ja", { exact: true }).check();
    await page.getByRole("group", { name: "Termijn voor een advies" }).getByLabel("Aantal").fill("4");
    await page.getByRole("group", { name: "Termijn voor instemming" }).getByLabel("Aantal").fill("6");
    await page.getByRole("button", { name: "Instellingen opslaan" }).click();
    await expect.poll(() => page.locator(".rw-notice").textContent()).toContain("opgeslagen");
    expect(await page.isChecked("#f-longTermStay-yes")).toBe(true);
    await look(page, "10b-wmcz-settings");
  });

  it("erases the application for good", async () => {
    await page.goto(`${app.url}/raad/aanmeldingen/${applicationId}`);
    await page.getByLabel("Ja, ik wil deze aanmelding voorgoed wissen.").check();
    await page.getByRole("button", { name: "Wissen" }).click();
    await expect.poll(() => page.locator(".rw-notice").textContent()).toContain("gewist");
    await look(page, "11-erased");
    expect(await store.applications.get(seed.organisation.id, applicationId)).toBeUndefined();
  });

  it("shows the audit log without the applicant's name", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Logboek" }).click();
    await look(page, "12-audit");
    expect(await page.content()).not.toContain("Ans de Vries");
  });

  it("speaks English after the switch", async () => {
    await page.getByRole("link", { name: "English" }).click();
    await look(page, "13-audit-en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Audit log");
  });
});
