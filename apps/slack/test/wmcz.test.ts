import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SHOW_PROCEDURE } from "../src/commands/recht.js";
import { FOLLOW_OPEN, FOLLOW_SUBMIT, WITHOUT_CONSENT_OPEN, WITHOUT_CONSENT_SUBMIT } from "../src/reminders/index.js";
import { WMCZ_CHECK_CALLBACK } from "../src/shortcuts/wmcz-check.js";
import { CHANNEL, startTestApp, TEAM, USER_EN, type TestApp } from "./harness.js";
import { buttonClick, homeOpened, messageShortcut, viewSubmission } from "./payloads.js";
import type { RecordedCall } from "./slack-api.js";

const NOW = new Date("2026-11-23T10:00:00Z");
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ now: () => NOW, api: { nowSeconds: () => NOW.getTime() / 1000 } });
});
afterAll(async () => {
  await app.close();
});
afterEach(() => {
  expect(app.api.problems).toEqual([]);
  app.api.reset();
});

let n = 0;
async function ask(text: string, user?: string): Promise<RecordedCall> {
  n += 1;
  const id = `w${n}`;
  const response = await app.command(text, { response_id: id, ...(user === undefined ? {} : { user_id: user }) });
  expect(response.status).toBe(200);
  return app.api.waitFor("response_url", (c) => c.path.endsWith(`/${id}`));
}
type Element = { action_id: string; value: string; text: { text: string } };
const buttons = (call: RecordedCall): Element[] =>
  (call.body.blocks as { type: string; elements?: Element[] }[]).filter((b) => b.type === "actions").flatMap((b) => b.elements ?? []);
const blockText = (call: RecordedCall) => JSON.stringify(call.body.blocks);

describe("/raad recht", () => {
  it("names the right, topic and citation a decision touches", async () => {
    const call = await ask("recht We willen de huisregels aanpassen");
    expect(blockText(call)).toContain("Instemmingsrecht");
    expect(blockText(call)).toContain("art. 8 lid 1 sub a Wmcz 2018");
  });

  it("finds every right of a decision that touches several", async () => {
    const call = await ask("recht We gaan de locatie verbouwen en er komt een sociaal plan");
    expect(buttons(call).map((b) => [b.action_id, b.value.startsWith("{") ? (JSON.parse(b.value) as { right: string }).right : b.value])).toEqual([
      [SHOW_PROCEDURE, "advice"],
      [FOLLOW_OPEN, "advice"],
      [SHOW_PROCEDURE, "consent"],
      [FOLLOW_OPEN, "consent"],
      [SHOW_PROCEDURE, "unsolicited-advice"],
    ]);
  });

  // Issue 11: "nothing found" points to unsolicited advice and who can help, with its procedure button.
  it("says so when a text touches no right, and offers unsolicited advice", async () => {
    const call = await ask("recht De kantoorprinter wordt vervangen");
    expect(blockText(call)).toContain("geen onderwerp");
    expect(blockText(call)).toContain("ongevraagd advies");
    expect(blockText(call)).toContain("LOC");
    expect(buttons(call).map((b) => [b.action_id, b.value])).toEqual([[SHOW_PROCEDURE, "unsolicited-advice"]]);
  });

  it("answers appointing a board member with the profile and the binding nomination", async () => {
    const call = await ask("recht Benoeming van een nieuwe bestuurder");
    expect(blockText(call)).toContain("Een bestuurder of lid van de raad van toezicht benoemen");
    expect(blockText(call)).toContain("bindende voordracht");
  });

  it("quotes the text back escaped", async () => {
    const call = await ask("recht <!channel> huisregels & meer");
    const shown = (call.body.blocks as { text?: { text: string }; elements?: { text?: string }[] }[]).flatMap((b) => [b.text?.text ?? "", ...(b.elements ?? []).map((e) => e.text ?? "")]);
    expect(shown).toContain(">&lt;!channel&gt; huisregels &amp; meer");
    expect(shown.join("\n")).not.toMatch(/[<>](?!&)/);
  });

  it("asks for the text when there is none", async () => {
    const call = await ask("recht");
    expect(call.body.text).toContain("Zet de tekst van het besluit achter het woord.");
  });

  it("answers in English for an English user", async () => {
    const call = await ask("recht We gaan fuseren met zorggroep Noord", USER_EN);
    expect(blockText(call)).toContain("Right to advise: Merger or lasting cooperation");
  });
});

describe("the show-procedure button", () => {
  it("answers with the procedure dated from today, only to the user", async () => {
    await app.interaction(buttonClick(SHOW_PROCEDURE, "advice", { responseUrl: app.api.responseUrl("proc-1") }));
    const call = await app.api.waitFor("response_url", (c) => c.path.endsWith("/proc-1"));
    expect(call.body.response_type).toBe("ephemeral");
    expect(call.body.replace_original).toBe(false);
    expect(blockText(call)).toContain("*4 januari 2027*: gebruikelijke datum voor het antwoord van de cliëntenraad (6 weken is gebruikelijk).");
    expect(blockText(call)).not.toContain("uiterlijk");
  });

  // Issue 11: unsolicited advice (art. 9) as a procedure the council can follow in Slack.
  it("shows the unsolicited-advice procedure: no answer date, a decision as soon as possible", async () => {
    await app.interaction(buttonClick(SHOW_PROCEDURE, "unsolicited-advice", { responseUrl: app.api.responseUrl("proc-u") }));
    const call = await app.api.waitFor("response_url", (c) => c.path.endsWith("/proc-u"));
    expect(call.body.text).toBe("Procedure voor ongevraagd advies, aangevraagd op 23 november 2026");
    expect(blockText(call)).toContain("De organisatie beslist zo snel mogelijk over het advies.");
    expect(blockText(call)).toContain("art. 9 Wmcz 2018");
  });
});

describe("/raad termijn", () => {
  it("gives the procedure dates for advice from a typed date", async () => {
    const call = await ask("termijn advies 20-11-2026");
    expect(call.body.text).toBe("Procedure voor advies, aangevraagd op 20 november 2026");
    expect(blockText(call)).toContain("*1 januari 2027*");
  });

  // Issue 11: unsolicited advice as a procedure of its own in /raad termijn.
  it("gives the unsolicited-advice steps for `ongevraagd`, without an answer date", async () => {
    const call = await ask("termijn ongevraagd 20-11-2026");
    expect(call.body.text).toBe("Procedure voor ongevraagd advies, aangevraagd op 20 november 2026");
    expect(blockText(call)).toContain("De organisatie beslist zo snel mogelijk over het advies.");
    expect(blockText(call)).not.toContain("gebruikelijke datum");
  });

  it("includes the consent steps for consent", async () => {
    const call = await ask("termijn instemming vandaag");
    expect(blockText(call)).toContain("vervangende toestemming");
  });

  it("explains how to write it when the right is unknown", async () => {
    const call = await ask("termijn vetorecht 20-11-2026");
    expect(call.body.text).toBe("`vetorecht` is geen recht dat ik ken. Kies `advies`, `instemming` of `ongevraagd` (ongevraagd advies).");
  });

  it("explains how to write a date it cannot read", async () => {
    const call = await ask("termijn advies 31-02-2026");
    expect(call.body.text).toBe("`31-02-2026` is geen datum die ik begrijp. Schrijf bijvoorbeeld 15-12-2026 of vandaag.");
  });

  it("explains the command when nothing follows it", async () => {
    const call = await ask("termijn");
    expect(call.body.text).toContain("Schrijf het zo:");
  });
});

describe("the Wmcz-check message shortcut", () => {
  it("assesses the message's text in a modal only the user sees", async () => {
    const response = await app.interaction(messageShortcut(WMCZ_CHECK_CALLBACK, "Voorstel: nieuwe huisregels per 1 januari", { trigger: "t-check" }));
    expect(response.status).toBe(200);
    const call = await app.api.waitFor("views.open", (c) => c.body.trigger_id === "t-check");
    expect(JSON.stringify(call.body.view)).toContain("Instemmingsrecht");
    expect(app.api.callsTo("chat.postMessage")).toEqual([]);
  });

  it("says so for a message without text", async () => {
    await app.interaction(messageShortcut(WMCZ_CHECK_CALLBACK, "", { trigger: "t-empty" }));
    const call = await app.api.waitFor("views.open", (c) => c.body.trigger_id === "t-empty");
    expect(JSON.stringify(call.body.view)).toContain("Dit bericht heeft geen tekst om te beoordelen.");
  });
});

describe("following a consent request", () => {
  const values = {
    title: { value: { type: "plain_text_input", value: "Nieuwe huisregels" } },
    right: { value: { type: "static_select", selected_option: { value: "consent" } } },
    sent_on: { value: { type: "datepicker", selected_date: "2026-11-20" } },
  };
  const metadata = JSON.stringify({ channel: CHANNEL, topics: ["client-regulations"] });

  it("schedules reminders 7 and 1 days before the answer date at 9:00 in the channel", async () => {
    await app.interaction(viewSubmission(FOLLOW_SUBMIT, values, metadata));
    await app.api.waitFor("chat.postMessage");
    expect(app.api.callsTo("chat.scheduleMessage").map((c) => [c.body.channel, new Date(Number(c.body.post_at) * 1000).toISOString()])).toEqual([
      [CHANNEL, "2026-12-25T08:00:00.000Z"],
      [CHANNEL, "2026-12-31T08:00:00.000Z"],
    ]);
  });

  it("stores the request with its answer date and the scheduled reminders", async () => {
    const stored = (await app.store.list(TEAM)).find((r) => r.title === "Nieuwe huisregels");
    expect(stored?.answerDue).toBe("2027-01-01");
    expect((await app.store.reminders(stored?.id ?? "")).map((r) => r.kind)).toEqual(["answer_due", "answer_due"]);
  });

  it("confirms in the channel with a button to record a decision taken without consent", async () => {
    await app.interaction(viewSubmission(FOLLOW_SUBMIT, values, metadata));
    const call = await app.api.waitFor("chat.postMessage");
    expect(call.body.text).toBe("De raad volgt nu *Nieuwe huisregels*. Antwoorddatum: 1 januari 2027.");
    expect(buttons(call).map((b) => b.action_id)).toEqual([WITHOUT_CONSENT_OPEN]);
  });

  it("opens a date modal for a decision taken without consent", async () => {
    const stored = (await app.store.list(TEAM)).find((r) => r.title === "Nieuwe huisregels");
    await app.interaction(buttonClick(WITHOUT_CONSENT_OPEN, stored?.id ?? "", { trigger: "t-learned" }));
    const call = await app.api.waitFor("views.open", (c) => c.body.trigger_id === "t-learned");
    expect((call.body.view as { callback_id: string }).callback_id).toBe(WITHOUT_CONSENT_SUBMIT);
  });

  it("schedules reminders before the one-month nullity limit once the date is recorded", async () => {
    const stored = (await app.store.list(TEAM)).find((r) => r.title === "Nieuwe huisregels");
    const learned = { learned_on: { value: { type: "datepicker", selected_date: "2026-11-23" } } };
    const response = await app.interaction(viewSubmission(WITHOUT_CONSENT_SUBMIT, learned, stored?.id ?? ""));
    expect(response.status).toBe(200);
    const call = await app.api.waitFor("chat.postMessage");
    // Issue 11, correction 5: "do it at once"; the month's start is not certain, so no hard deadline.
    expect(call.body.text).toBe(
      "Genoteerd: *Nieuwe huisregels* is genomen zonder instemming. Wil de raad het besluit nietig laten verklaren? Doe het meteen, schriftelijk. De wet geeft een maand, maar wanneer die begint is niet zeker. Een maand na de dag dat de raad het hoorde is 23 december 2026.",
    );
    expect(app.api.callsTo("chat.scheduleMessage").map((c) => new Date(Number(c.body.post_at) * 1000).toISOString())).toEqual([
      "2026-12-16T08:00:00.000Z",
      "2026-12-22T08:00:00.000Z",
    ]);
  });

  it("refuses a learned-on date in the future on the field", async () => {
    const stored = (await app.store.list(TEAM)).find((r) => r.title === "Nieuwe huisregels");
    const learned = { learned_on: { value: { type: "datepicker", selected_date: "2026-12-01" } } };
    const response = await app.interaction(viewSubmission(WITHOUT_CONSENT_SUBMIT, learned, stored?.id ?? ""));
    expect(JSON.parse(response.text)).toEqual({ response_action: "errors", errors: { learned_on: "Deze datum ligt in de toekomst." } });
  });

  it("shows the followed request with its next date on the Home tab", async () => {
    await app.send(homeOpened("U0HOME2"), { contentType: "application/json" });
    const call = await app.api.waitFor("views.publish", (c) => c.body.user_id === "U0HOME2");
    expect(JSON.stringify(call.body.view)).toContain("*Nieuwe huisregels* (instemmingsrecht): nietigheid: doe het meteen (een maand na horen: 23 december 2026)");
  });
});

describe("/raad termijn with a planned decision date", () => {
  it("says whether the request leaves the council its own period", async () => {
    const call = await ask("termijn advies 20-11-2026 besluit 15-12-2026");
    expect(blockText(call)).toContain("Niet op tijd volgens de gebruikelijke termijn van 6 weken: het besluit is gepland op 15 december 2026");
  });
});
