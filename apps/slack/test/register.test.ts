import { commonPracticeRules } from "@raadswerk/domain/eligibility";
import type { Store } from "@raadswerk/storage";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { LID_REGISTER, LID_REGISTER_SUBMIT, LID_SUBMIT } from "../src/commands/lid.js";
import { openTestDatabase, startTestApp, type TestApp } from "./harness.js";
import { buttonInView, viewSubmission } from "./payloads.js";

const NOW = new Date("2026-11-23T10:00:00Z");
let database: Store;
let app: TestApp;
let vacancyId: string;
let organisationId: string;
beforeAll(async () => {
  database = await openTestDatabase();
  const organisation = await database.organisations.create({ slug: "zg", name: "Zorggroep", membershipRules: commonPracticeRules });
  organisationId = organisation.id;
  const council = await database.councils.create({ organisationId: organisation.id, slug: "ccr", name: "Centrale cliëntenraad", kind: "central" });
  vacancyId = (await database.vacancies.create({ councilId: council.id, slug: "lid-ccr", role: "member", title: "Lid", publishedOn: "2026-11-01", createdAt: NOW })).id;
  app = await startTestApp({ database, now: () => NOW });
});
afterAll(async () => {
  await app.close();
  await database.close();
});
afterEach(() => {
  expect(app.api.problems).toEqual([]);
  app.api.reset();
});

const answer = (v: string) => ({ value: { type: "radio_buttons", selected_option: { value: v } } });
const allNo = Object.fromEntries(
  ["employee", "formerEmployee", "volunteer", "supplier", "boardMember", "supervisoryBoardMember", "worksCouncilMember", "familyAssociationBoardMember", "otherProviderCouncilMember", "relativeOfStaff"].map((id) => [id, answer("no")]),
);
const registration = (o: { name?: string; email?: string; consent?: boolean; vacancy?: string } = {}) => ({
  vacancy: { value: { type: "static_select", selected_option: { value: o.vacancy ?? vacancyId } } },
  name: { value: { type: "plain_text_input", value: o.name ?? "Ans de Vries" } },
  email: { value: { type: "email_text_input", value: o.email ?? "ans@example.org" } },
  consent: { value: { type: "checkboxes", selected_options: o.consent === false ? [] : [{ value: "yes" }] } },
});
const metadata = JSON.stringify(Object.fromEntries(Object.keys(allNo).map((id) => [id, "no"])));

describe("registering a candidate after the lid check", () => {
  it("offers a register button in the outcome, which carries only the answers", async () => {
    const response = await app.interaction(viewSubmission(LID_SUBMIT, allNo));
    const view = (JSON.parse(response.text) as { view: { private_metadata: string; blocks: { type: string; elements?: { action_id: string }[] }[] } }).view;
    expect(view.blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements ?? []).map((e) => e.action_id)).toEqual([LID_REGISTER]);
    expect(JSON.parse(view.private_metadata)).toEqual(JSON.parse(metadata));
  });

  it("stores nothing before the user registers", async () => {
    expect(await database.applications.count()).toBe(0);
  });

  it("opens a form with the open vacancies", async () => {
    await app.interaction(buttonInView(LID_REGISTER, metadata, { trigger: "t-register" }));
    const call = await app.api.waitFor("views.push", (c) => c.body.trigger_id === "t-register");
    expect(JSON.stringify(call.body.view)).toContain("Lid (Centrale cliëntenraad)");
  });

  it("refuses to store without the candidate's consent", async () => {
    const response = await app.interaction(viewSubmission(LID_REGISTER_SUBMIT, registration({ consent: false }), metadata));
    expect(JSON.parse(response.text)).toEqual({ response_action: "errors", errors: { consent: "Zonder toestemming bewaren we niets." } });
    expect(await database.applications.count()).toBe(0);
  });

  it("refuses a name with a NUL byte or without a visible letter, and stores nothing", async () => {
    const nul = await app.interaction(viewSubmission(LID_REGISTER_SUBMIT, registration({ name: "Ans\u0000" }), metadata));
    const invisible = await app.interaction(viewSubmission(LID_REGISTER_SUBMIT, registration({ name: "\u200B\u202E" }), metadata));
    expect({ nul: JSON.parse(nul.text) as unknown, invisible: Object.keys((JSON.parse(invisible.text) as { errors: object }).errors), stored: await database.applications.count() }).toEqual({
      nul: { response_action: "errors", errors: { name: "Er staan onzichtbare tekens of stuurtekens in de tekst. Haal die weg en probeer het opnieuw." } },
      invisible: ["name"],
      stored: 0,
    });
  });

  it("refuses an email address that is not one", async () => {
    const response = await app.interaction(viewSubmission(LID_REGISTER_SUBMIT, registration({ email: "ans" }), metadata));
    expect(Object.keys((JSON.parse(response.text) as { errors: object }).errors)).toEqual(["email"]);
  });

  it("stores the application with its outcome, answers and rule-set version", async () => {
    const response = await app.interaction(viewSubmission(LID_REGISTER_SUBMIT, registration(), metadata));
    expect((JSON.parse(response.text) as { response_action: string }).response_action).toBe("update");
    const [stored] = await database.applications.listByVacancy(organisationId, vacancyId);
    expect([stored?.name, stored?.email, stored?.outcome, stored?.answers.employee, stored?.ruleSetVersion.startsWith("eligibility/"), stored?.createdAt.toISOString()]).toEqual([
      "Ans de Vries",
      "ans@example.org",
      "eligible",
      "no",
      true,
      NOW.toISOString(),
    ]);
  });

  it("logs the registration without the candidate's name or email", () => {
    const log = app.logs.join("\n");
    expect(log).toContain("candidate_registered outcome=eligible");
    expect(log).not.toMatch(/Ans de Vries|ans@example\.org/);
  });

  it("registers a replayed submission (the same signed request again) once, and answers it the same", async () => {
    const submission = viewSubmission(LID_REGISTER_SUBMIT, registration({ name: "Eenmalig Geregistreerd" }), metadata);
    const first = await app.interaction(submission);
    const replay = await app.interaction(submission);
    const stored = (await database.applications.listByVacancy(organisationId, vacancyId)).filter((a) => a.name === "Eenmalig Geregistreerd").length;
    expect({ first: (JSON.parse(first.text) as { response_action: string }).response_action, replay: (JSON.parse(replay.text) as { response_action: string }).response_action, stored }).toEqual({
      first: "update",
      replay: "update",
      stored: 1,
    });
  });

  it("offers only the workspace organisation's vacancies, and refuses another organisation's", async () => {
    const other = await database.organisations.create({ slug: "zz-andere", name: "Zz Andere Zorggroep", membershipRules: commonPracticeRules });
    const council = await database.councils.create({ organisationId: other.id, slug: "zz-raad", name: "Andere raad", kind: "central" });
    const theirs = await database.vacancies.create({ councilId: council.id, slug: "zz-lid", role: "member", title: "Lid andere raad", publishedOn: "2026-11-01", createdAt: NOW });
    await app.interaction(buttonInView(LID_REGISTER, metadata, { trigger: "t-register-other" }));
    const call = await app.api.waitFor("views.push", (c) => c.body.trigger_id === "t-register-other");
    const before = await database.applications.count();
    const forged = await app.interaction(viewSubmission(LID_REGISTER_SUBMIT, registration({ vacancy: theirs.id, name: "Vals Geregistreerd" }), metadata));
    expect({
      offersOwn: JSON.stringify(call.body.view).includes("Lid (Centrale cliëntenraad)"),
      offersTheirs: JSON.stringify(call.body.view).includes("Lid andere raad"),
      forged: Object.keys((JSON.parse(forged.text) as { errors?: object }).errors ?? {}),
      stored: (await database.applications.count()) - before,
    }).toEqual({ offersOwn: true, offersTheirs: false, forged: ["vacancy"], stored: 0 });
  });
});
