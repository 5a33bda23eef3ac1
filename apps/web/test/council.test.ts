import { instantInNetherlands } from "@raadswerk/domain/calendar";
import { RELATION_KINDS } from "@raadswerk/domain/eligibility";
import { type Store, IN_MEMORY, councilStore, openStore, organisationSettingsStore } from "@raadswerk/storage";
import { type PostgresServer, startPostgres } from "@raadswerk/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPurge } from "../src/council/purge.js";
import { NOW, PASSWORD, TODAY, applicationFor, client, seedCouncil, startApp } from "./council-helpers.js";

function suite(open: () => Promise<Store>, label: string) {
  describe(`the council side over HTTP on ${label}`, () => {
    let store: Store;
    let app: Awaited<ReturnType<typeof startApp>>;
    beforeAll(async () => {
      store = await open();
      app = await startApp(store);
    });
    afterAll(async () => {
      await app.close();
      await store.close();
    });

    it("sends a visitor without a session to the login page", async () => {
      const response = await client(app.url).page("/raad");
      expect({ status: response.status, location: response.location }).toEqual({ status: 303, location: "/raad/inloggen" });
    });

    it("sets a HttpOnly, SameSite=Strict session cookie with an expiry after logging in", async () => {
      const { email } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.page("/raad/inloggen");
      const response = await fetch(`${app.url}/raad/inloggen`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: [...browser.jar].map(([k, v]) => `${k}=${v}`).join("; "), "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ _csrf: /name="_csrf" value="([^"]+)"/.exec((await browser.page("/raad/inloggen")).text)?.[1] ?? "", email, password: PASSWORD }),
      });
      const cookie = response.headers.getSetCookie().find((line) => line.startsWith("rw_session=")) ?? "";
      expect({ status: response.status, httpOnly: /HttpOnly/i.test(cookie), strict: /SameSite=Strict/i.test(cookie), maxAge: /Max-Age=28800/i.test(cookie) }).toEqual({
        status: 303,
        httpOnly: true,
        strict: true,
        maxAge: true,
      });
    });

    it("stores only a hash of the session token", async () => {
      const { email } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(email);
      const token = browser.jar.get("rw_session") ?? "";
      const rows = await store.sql.query<{ token_hash: string }>("SELECT token_hash FROM sessions");
      expect({ hasToken: token.length > 20, stored: rows.some((row) => row.token_hash === token) }).toEqual({ hasToken: true, stored: false });
    });

    it("refuses a wrong password", async () => {
      const { email } = await seedCouncil(store);
      expect((await client(app.url).login(email, "niet het wachtwoord")).status).toBe(422);
    });

    it("locks an account after five wrong passwords, even for the right one", async () => {
      const { email } = await seedCouncil(store);
      const browser = client(app.url);
      for (let i = 0; i < 5; i += 1) await browser.login(email, `fout ${i}`);
      expect((await browser.login(email)).status).toBe(422);
    });

    it("refuses a form without its CSRF token", async () => {
      const { email, council } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(email);
      const response = await browser.post(`/raad/raden/${council.id}/leden`, { name: "Piet", role: "chair", startedOn: "2024-01-01", termNumber: "1" }, { csrf: false });
      expect(response.status).toBe(403);
    });

    it("adds a member and draws the timeline with a title, a description and a table", async () => {
      const { email, council } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/raden/${council.id}`);
      const added = await browser.post(`/raad/raden/${council.id}/leden`, { name: "Piet Voorzitter", role: "chair", startedOn: "2024-01-01", termNumber: "1" });
      const page = (await browser.page(`/raad/raden/${council.id}/rooster`)).text;
      expect({
        added: added.status,
        svg: /<svg class="rw-timeline"[^>]*role="img"[^>]*aria-labelledby="tl-title tl-desc"/.test(page),
        title: page.includes('<title id="tl-title">'),
        table: page.includes("<th scope=\"row\">Piet Voorzitter</th>"),
        vacant: /<td data-label="Zetel komt vrij">1 januari 2032<\/td>/.test(page),
      }).toEqual({ added: 303, svg: true, title: true, table: true, vacant: true });
    });

    it("marks only the overdue steps of a shifted recruitment plan as late, saying when they should have started", async () => {
      const { email, council } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/raden/${council.id}`);
      // Second and last term ends on 1 January 2027, six weeks after TODAY: too little time, so the plan shifts.
      await browser.post(`/raad/raden/${council.id}/leden`, { name: "Piet Voorzitter", role: "chair", startedOn: "2019-01-01", termNumber: "2" });
      const page = (await browser.page(`/raad/raden/${council.id}/rooster`)).text;
      const late = [...page.matchAll(/te laat: had op (\d+ \w+ \d{4}) moeten beginnen/g)].map((m) => m[1]);
      const badges = (page.match(/class="rw-badge"/g) ?? []).length;
      const rows = (page.slice(page.indexOf("Wervingsplan")).match(/<tr>/g) ?? []).length;
      expect({ someLate: late.length > 0, allExplained: badges === late.length, notAll: late.length < rows - 1 }).toEqual({ someLate: true, allExplained: true, notAll: true });
    });

    it("edits a member, after which the term schedule shows the new end of the term", async () => {
      const { email, council } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/raden/${council.id}`);
      await browser.post(`/raad/raden/${council.id}/leden`, { name: "Piet Voorzitter", role: "chair", startedOn: "2024-01-01", termNumber: "1" });
      const [member] = await councilStore(store).members.members(council.id);
      const form = (await browser.page(`/raad/raden/${council.id}/leden/${member?.id ?? ""}/bewerken`)).text;
      const saved = await browser.post(`/raad/raden/${council.id}/leden/${member?.id ?? ""}/bewerken`, { name: "Piet Voorzitter", role: "secretary", startedOn: "2025-03-01", termNumber: "2" });
      const schedule = (await browser.page(`/raad/raden/${council.id}/rooster`)).text;
      expect({
        prefilled: form.includes('value="2024-01-01"') && /<option value="chair" selected>/.test(form),
        saved: saved.status,
        location: saved.location,
        termEnds: /<td data-label="Termijn eindigt">28 februari 2029<\/td>/.test(schedule),
        vacant: /<td data-label="Zetel komt vrij">1 maart 2029<\/td>/.test(schedule),
        role: /<td data-label="Rol">secretaris<\/td>/i.test(schedule),
      }).toEqual({ prefilled: true, saved: 303, location: `/raad/raden/${council.id}?ok=member`, termEnds: true, vacant: true, role: true });
    });

    it("keeps the typed values and links the error summary to the field when an edit is wrong", async () => {
      const { organisation, email, council } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/raden/${council.id}`);
      await browser.post(`/raad/raden/${council.id}/leden`, { name: "Ria Lid", role: "member", startedOn: "2024-01-01", termNumber: "1" });
      const [member] = await councilStore(store).members.members(council.id);
      await browser.page(`/raad/raden/${council.id}/leden/${member?.id ?? ""}/bewerken`);
      const response = await browser.post(`/raad/raden/${council.id}/leden/${member?.id ?? ""}/bewerken`, { name: "Ria Lid", role: "member", startedOn: "2025-02-30", termNumber: "3" });
      const stored = await councilStore(store).members.member(organisation.id, member?.id ?? "");
      expect({
        status: response.status,
        summary: response.text.includes('<a href="#f-startedOn">Vul een bestaande datum in'),
        atField: /id="e-startedOn">Vul een bestaande datum in/.test(response.text),
        kept: response.text.includes('value="2025-02-30"') && response.text.includes('value="3"'),
        unchanged: stored?.startedOn,
      }).toEqual({ status: 422, summary: true, atField: true, kept: true, unchanged: "2024-01-01" });
    });

    it("refuses an edit without its CSRF token and writes 'member updated' with field names only to the audit log", async () => {
      const { organisation, email, council } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/raden/${council.id}`);
      await browser.post(`/raad/raden/${council.id}/leden`, { name: "Geheime Gerda", role: "member", startedOn: "2024-01-01", termNumber: "1" });
      const [member] = await councilStore(store).members.members(council.id);
      const id = member?.id ?? "";
      await browser.page(`/raad/raden/${council.id}/leden/${id}/bewerken`);
      const forged = await browser.post(`/raad/raden/${council.id}/leden/${id}/bewerken`, { name: "Geheime Gerda", role: "chair", startedOn: "2024-01-01", termNumber: "1" }, { csrf: false });
      await browser.post(`/raad/raden/${council.id}/leden/${id}/bewerken`, { name: "Geheime Gerda", role: "chair", startedOn: "2024-01-01", termNumber: "1" });
      const lines = await councilStore(store).audit.forSubject(organisation.id, "member", id);
      expect({
        forged: forged.status,
        lines: lines.map((line) => ({ action: line.action, detail: line.detail })),
        log: app.log.lines.join("\n").includes("Geheime Gerda"),
      }).toEqual({ forged: 403, lines: [{ action: "create", detail: {} }, { action: "update", detail: { fields: ["role"] } }], log: false });
    });

    it("does not edit a member of another organisation's council", async () => {
      const mine = await seedCouncil(store);
      const theirs = await seedCouncil(store);
      const other = await councilStore(store).members.addMember({ councilId: theirs.council.id, name: "Ander Lid", role: "member", startedOn: "2024-01-01", termNumber: 1, represents: null });
      const browser = client(app.url);
      await browser.login(mine.email);
      await browser.page(`/raad/raden/${mine.council.id}`);
      const viaMine = await browser.post(`/raad/raden/${mine.council.id}/leden/${other.id}/bewerken`, { name: "Ander Lid", role: "chair", startedOn: "2024-01-01", termNumber: "1" });
      const viaTheirs = await browser.page(`/raad/raden/${theirs.council.id}/leden/${other.id}/bewerken`);
      expect({ viaMine: viaMine.status, viaTheirs: viaTheirs.status, role: (await councilStore(store).members.member(theirs.organisation.id, other.id))?.role }).toEqual({ viaMine: 404, viaTheirs: 404, role: "member" });
    });

    it("shows the domain's refusal when a member's date is not a date", async () => {
      const { email, council } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/raden/${council.id}`);
      const response = await browser.post(`/raad/raden/${council.id}/leden`, { name: "Ria", role: "member", startedOn: "2024-02-30", termNumber: "1" });
      expect({ status: response.status, message: response.text.includes("Vul een bestaande datum in") }).toEqual({ status: 422, message: true });
    });

    it("refuses a member name with a NUL byte or without a visible letter, with a clear message", async () => {
      const { email, council } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/raden/${council.id}`);
      const nul = await browser.post(`/raad/raden/${council.id}/leden`, { name: "Piet\u0000", role: "member", startedOn: "2024-01-01", termNumber: "1" });
      const invisible = await browser.post(`/raad/raden/${council.id}/leden`, { name: "\u200B\u202E\u200D", role: "member", startedOn: "2024-01-01", termNumber: "1" });
      expect({
        nul: nul.status,
        nulText: nul.text.includes("Er staan onzichtbare tekens of stuurtekens in de tekst."),
        invisible: invisible.status,
        members: (await councilStore(store).members.members(council.id)).length,
      }).toEqual({ nul: 422, nulText: true, invisible: 422, members: 0 });
    });

    it("refuses a step note with a NUL byte at the note, not with a server error", async () => {
      const { email, vacancy } = await seedCouncil(store);
      const saved = await store.applications.create(applicationFor(vacancy.id));
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/aanmeldingen/${saved.id}`);
      const response = await browser.post(`/raad/aanmeldingen/${saved.id}/stap`, { seq: "1", to: "withdrawn", on: TODAY, reason: "withdrawn:other", note: "zie\u0000gesprek" });
      expect({ status: response.status, atNote: /id="e-note">Er staan onzichtbare tekens/.test(response.text) }).toEqual({ status: 422, atNote: true });
    });

    it("publishes a vacancy from a gap in the composition", async () => {
      const { email, council } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/raden/${council.id}/rooster`);
      const response = await browser.post(`/raad/raden/${council.id}/vacatures`, { gap: "1", title: "Voorzitter gezocht", summary: "De raad zoekt een voorzitter.", closesOn: "" });
      const vacancies = await store.vacancies.listByCouncil(council.id);
      expect({ status: response.status, titles: vacancies.map((v) => v.title) }).toEqual({ status: 303, titles: ["Lid centrale raad", "Voorzitter gezocht"] });
    });

    it("closes a vacancy so it leaves the public list and its page says it is closed, and reopens it", async () => {
      const { organisation, email, council, vacancy } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(email);
      const visitor = client(app.url);
      const listed = async () => (await visitor.page("/")).text.includes(`/vacatures/${vacancy.slug}"`);
      const before = await listed();
      await browser.page(`/raad/raden/${council.id}/rooster`);
      const closed = await browser.post(`/raad/raden/${council.id}/vacatures/${vacancy.id}/status`, { status: "closed" });
      const afterClose = { listed: await listed(), page: await visitor.page(`/vacatures/${vacancy.slug}`), form: (await visitor.page(`/vacatures/${vacancy.slug}/aanmelden`)).status };
      const schedule = (await browser.page(`/raad/raden/${council.id}/rooster?ok=closed`)).text;
      const reopened = await browser.post(`/raad/raden/${council.id}/vacatures/${vacancy.id}/status`, { status: "open" });
      const lines = await councilStore(store).audit.forSubject(organisation.id, "vacancy", vacancy.id);
      expect({
        before,
        closed: closed.status,
        location: closed.location,
        afterClose: { listed: afterClose.listed, closedText: afterClose.page.text.includes("Deze vacature is gesloten. U kunt zich niet meer aanmelden."), form: afterClose.form },
        notice: schedule.includes("De vacature is gesloten en staat niet meer in de lijst met vacatures."),
        reopenButton: schedule.includes(`aria-label="Vacature &quot;${vacancy.title}&quot; weer openen"`),
        reopened: reopened.status,
        listedAgain: await listed(),
        audit: lines.map((line) => ({ action: line.action, detail: line.detail })),
      }).toEqual({
        before: true,
        closed: 303,
        location: `/raad/raden/${council.id}/rooster?ok=closed#vacatures`,
        afterClose: { listed: false, closedText: true, form: 410 },
        notice: true,
        reopenButton: true,
        reopened: 303,
        listedAgain: true,
        audit: [
          { action: "update", detail: { from: "open", to: "closed" } },
          { action: "update", detail: { from: "closed", to: "open" } },
        ],
      });
    });

    it("does not close another organisation's vacancy, nor one without its CSRF token", async () => {
      const mine = await seedCouncil(store);
      const theirs = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(mine.email);
      await browser.page(`/raad/raden/${mine.council.id}/rooster`);
      const viaMine = await browser.post(`/raad/raden/${mine.council.id}/vacatures/${theirs.vacancy.id}/status`, { status: "closed" });
      const forged = await browser.post(`/raad/raden/${mine.council.id}/vacatures/${mine.vacancy.id}/status`, { status: "closed" }, { csrf: false });
      const statuses = [(await store.vacancies.get(theirs.organisation.id, theirs.vacancy.id))?.status, (await store.vacancies.get(mine.organisation.id, mine.vacancy.id))?.status];
      expect({ viaMine: viaMine.status, forged: forged.status, statuses }).toEqual({ viaMine: 404, forged: 403, statuses: ["open", "open"] });
    });

    it("shows a secretary only their own organisation's lines in the audit log", async () => {
      const mine = await seedCouncil(store);
      const theirs = await seedCouncil(store);
      await store.sql.query("UPDATE accounts SET name = 'Bram Buurorganisatie' WHERE id = $1", [theirs.account.id]);
      const saved = await store.applications.create(applicationFor(theirs.vacancy.id, "Tineke Theirs"));
      const them = client(app.url);
      await them.login(theirs.email);
      await them.page(`/raad/aanmeldingen/${saved.id}`);
      const me = client(app.url);
      await me.login(mine.email);
      const log = (await me.page("/raad/logboek")).text;
      const theirLog = (await them.page("/raad/logboek")).text;
      expect({
        theirName: log.includes("Bram Buurorganisatie"),
        theirApplication: log.includes(saved.id.slice(0, 8)),
        myLogin: log.includes("Sam Secretaris"),
        theySeeTheirs: theirLog.includes(saved.id.slice(0, 8)),
      }).toEqual({ theirName: false, theirApplication: false, myLogin: true, theySeeTheirs: true });
    });

    it("writes the purge's audit line only into the log of the organisation whose applications went", async () => {
      const mine = await seedCouncil(store);
      const theirs = await seedCouncil(store);
      const saved = await store.applications.create(applicationFor(theirs.vacancy.id));
      await councilStore(store).pipeline.addStep(saved.id, { seq: 1, state: "rejected", on: "2026-01-02", reasonCode: "council_full", reasonNote: null }, instantInNetherlands("2026-01-02"));
      await runPurge(store, { retentionDays: 30, maxAgeDays: 365, now: new Date(`${TODAY}T03:00:00Z`) });
      const purgeLines = async (organisationId: string) => (await councilStore(store).audit.recent(organisationId, 1000)).filter((line) => line.action === "purge").length;
      expect({ mine: await purgeLines(mine.organisation.id), theirs: await purgeLines(theirs.organisation.id) }).toEqual({ mine: 0, theirs: 1 });
    });

    it("lists applications with their status and days waiting", async () => {
      const { email, vacancy } = await seedCouncil(store);
      await store.applications.create(applicationFor(vacancy.id, "Bea Bakker", "2026-11-01"));
      const browser = client(app.url);
      await browser.login(email);
      const page = (await browser.page("/raad/aanmeldingen")).text;
      expect({ name: page.includes("Bea Bakker"), status: page.includes("aangemeld"), waiting: page.includes("22 dagen") }).toEqual({ name: true, status: true, waiting: true });
    });

    it("moves an application one step and refuses to skip a step", async () => {
      const { organisation, email, vacancy } = await seedCouncil(store);
      const saved = await store.applications.create(applicationFor(vacancy.id));
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/aanmeldingen/${saved.id}`);
      const skip = await browser.post(`/raad/aanmeldingen/${saved.id}/stap`, { seq: "1", to: "proposed", on: TODAY, reason: "", note: "" });
      const step = await browser.post(`/raad/aanmeldingen/${saved.id}/stap`, { seq: "1", to: "introduction", on: TODAY, reason: "", note: "" });
      expect({ skip: skip.status, step: step.status, status: (await store.applications.get(organisation.id, saved.id))?.status }).toEqual({ skip: 422, step: 303, status: "introduction" });
    });

    it("counts the day in Amsterdam: an application sent at 00:30 on 2 January is from 2 January", async () => {
      const { email, vacancy } = await seedCouncil(store);
      // 00:30 in Amsterdam is still 1 January in UTC.
      const saved = await store.applications.create({ ...applicationFor(vacancy.id), createdAt: new Date("2027-01-01T23:30:00Z") });
      const newYear = await startApp(store, instantInNetherlands("2027-01-02", 10));
      try {
        const browser = client(newYear.url);
        await browser.login(email);
        const page = (await browser.page(`/raad/aanmeldingen/${saved.id}`)).text;
        const step = await browser.post(`/raad/aanmeldingen/${saved.id}/stap`, { seq: "1", to: "introduction", on: "2027-01-02", reason: "", note: "" });
        expect({ appliedOn: page.includes("2 januari 2027"), step: step.status }).toEqual({ appliedOn: true, step: 303 });
      } finally {
        await newYear.close();
      }
    });

    it("asks for a reason when an application is withdrawn", async () => {
      const { email, vacancy } = await seedCouncil(store);
      const saved = await store.applications.create(applicationFor(vacancy.id));
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/aanmeldingen/${saved.id}`);
      const without = await browser.post(`/raad/aanmeldingen/${saved.id}/stap`, { seq: "1", to: "withdrawn", on: TODAY, reason: "", note: "" });
      const withReason = await browser.post(`/raad/aanmeldingen/${saved.id}/stap`, { seq: "1", to: "withdrawn", on: TODAY, reason: "withdrawn:time_commitment", note: "" });
      expect({ without: without.status, withReason: withReason.status }).toEqual({ without: 422, withReason: 303 });
    });

    it("exports one applicant's data as JSON and as text", async () => {
      const { email, vacancy } = await seedCouncil(store);
      const saved = await store.applications.create(applicationFor(vacancy.id, "Cor Claassen"));
      const browser = client(app.url);
      await browser.login(email);
      const json = (await (await browser.get(`/raad/aanmeldingen/${saved.id}/export.json`)).json()) as { application: { name: string } };
      const text = await (await browser.get(`/raad/aanmeldingen/${saved.id}/export.txt`)).text();
      expect({ json: json.application.name, text: text.startsWith("Aanmelding van Cor Claassen") }).toEqual({ json: "Cor Claassen", text: true });
    });

    it("erases an applicant and the audit lines about them", async () => {
      const { organisation, email, vacancy } = await seedCouncil(store);
      const saved = await store.applications.create(applicationFor(vacancy.id));
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/aanmeldingen/${saved.id}`);
      const response = await browser.post(`/raad/aanmeldingen/${saved.id}/wissen`, { confirm: "yes" });
      expect({
        status: response.status,
        application: await store.applications.get(organisation.id, saved.id),
        audit: await councilStore(store).audit.forSubject(organisation.id, "application", saved.id),
      }).toEqual({ status: 303, application: undefined, audit: [] });
    });

    it("puts the step notes in the text export, as in the JSON export", async () => {
      const { email, vacancy } = await seedCouncil(store);
      const saved = await store.applications.create(applicationFor(vacancy.id));
      await councilStore(store).pipeline.addStep(saved.id, { seq: 1, state: "withdrawn", on: "2026-11-20", reasonCode: "other", reasonNote: "verhuist naar het buitenland" }, instantInNetherlands("2026-11-20"));
      const browser = client(app.url);
      await browser.login(email);
      const json = (await (await browser.get(`/raad/aanmeldingen/${saved.id}/export.json`)).json()) as { history: { note: string | null }[] };
      const text = await (await browser.get(`/raad/aanmeldingen/${saved.id}/export.txt`)).text();
      expect({ json: json.history.map((step) => step.note), text: text.includes("verhuist naar het buitenland") }).toEqual({ json: ["verhuist naar het buitenland"], text: true });
    });

    it("erases nothing when the 'erased' audit line cannot be written (both or neither)", async () => {
      const { organisation, email, vacancy } = await seedCouncil(store);
      const saved = await store.applications.create(applicationFor(vacancy.id));
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/aanmeldingen/${saved.id}`);
      await store.sql.exec(`CREATE FUNCTION refuse_erase_line() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.action = 'erase' THEN RAISE EXCEPTION 'audit unavailable'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER refuse_erase_line BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_erase_line();`);
      const response = await browser.post(`/raad/aanmeldingen/${saved.id}/wissen`, { confirm: "yes" });
      await store.sql.exec("DROP TRIGGER refuse_erase_line ON audit_log; DROP FUNCTION refuse_erase_line();");
      expect({ status: response.status, kept: (await store.applications.get(organisation.id, saved.id))?.id }).toEqual({ status: 500, kept: saved.id });
    });

    it("keeps an applicant when erasing is not confirmed", async () => {
      const { email, vacancy } = await seedCouncil(store);
      const saved = await store.applications.create(applicationFor(vacancy.id));
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/aanmeldingen/${saved.id}`);
      expect((await browser.post(`/raad/aanmeldingen/${saved.id}/wissen`, {})).status).toBe(422);
    });

    it("records who viewed an application in the audit log", async () => {
      const { organisation, email, vacancy, account } = await seedCouncil(store);
      const saved = await store.applications.create(applicationFor(vacancy.id));
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/aanmeldingen/${saved.id}`);
      const lines = await councilStore(store).audit.forSubject(organisation.id, "application", saved.id);
      expect(lines.map((line) => ({ who: line.accountId, action: line.action }))).toEqual([{ who: account.id, action: "view" }]);
    });

    it("saves membership rules through the domain's schema and refuses a maximum below the minimum", async () => {
      const { email } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(email);
      const page = await browser.page("/raad/regels");
      const exclusions = Object.fromEntries(RELATION_KINDS.map((kind) => [`ex_${kind}`, "excluded"]));
      const response = await browser.post("/raad/regels", { ...exclusions, whoMayJoin: "clients_only", minMembers: "9", maxMembers: "5", termYears: "4", maxReappointments: "1", aspirantMonths: "6", formerEmployeeYears: "2", formerClientYears: "0" });
      expect({ page: page.status, status: response.status, text: response.text.includes("minstens zo groot") }).toEqual({ page: 200, status: 422, text: true });
    });

    // Issue 11, correction 1: "set up for long-term stay" and the answer periods are organisation settings.
    it("saves the Wmcz settings (long-term stay and answer periods) with the app's clock", async () => {
      const { email, organisation } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(email);
      const before = await browser.page("/raad/instellingen");
      expect(before.text).toMatch(/value="unknown" checked/);
      const saved = await browser.post("/raad/instellingen", { longTermStay: "yes", adviceAmount: "4", adviceUnit: "weeks", consentAmount: "20", consentUnit: "working-days" });
      expect(saved.status).toBe(303);
      const stored = await organisationSettingsStore(store).get(organisation.id);
      expect(stored).toMatchObject({ longTermStay: true, procedureSettings: { adviceAnswerPeriod: { amount: 4, unit: "weeks" }, consentAnswerPeriod: { amount: 20, unit: "working-days" } } });
      expect(stored?.updatedAt.toISOString()).toBe("2026-11-23T10:00:00.000Z");
      expect((await browser.page("/raad/instellingen")).text).toMatch(/value="yes" checked/);
    });

    it("refuses one answer period without the other", async () => {
      const { email } = await seedCouncil(store);
      const browser = client(app.url);
      await browser.login(email);
      await browser.page("/raad/instellingen");
      const response = await browser.post("/raad/instellingen", { longTermStay: "unknown", adviceAmount: "4", adviceUnit: "weeks", consentAmount: "", consentUnit: "weeks" });
      expect({ status: response.status, text: response.text.includes("Vul beide termijnen in") }).toEqual({ status: 422, text: true });
    });

    it("builds an onboarding checklist with the check-in held by another member", async () => {
      const { email, council } = await seedCouncil(store);
      const db = councilStore(store);
      const chair = await db.members.addMember({ councilId: council.id, name: "Piet", role: "chair", startedOn: "2023-01-01", termNumber: 1, represents: null });
      const fresh = await db.members.addMember({ councilId: council.id, name: "Nina", role: "member", startedOn: "2026-11-02", termNumber: 1, represents: null });
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/raden/${council.id}/leden/${fresh.id}/inwerken`);
      await browser.post(`/raad/raden/${council.id}/leden/${fresh.id}/inwerken`, { startsOn: "2026-11-02", checkInBy: chair.id });
      const page = (await browser.page(`/raad/raden/${council.id}/leden/${fresh.id}/inwerken`)).text;
      expect({ checkIn: /2 februari 2027<\/td><td data-label="Wie">Piet/.test(page) }).toEqual({ checkIn: true });
    });

    it("writes no applicant's name or email address to the log", async () => {
      const { email, vacancy } = await seedCouncil(store);
      const saved = await store.applications.create(applicationFor(vacancy.id, "Dirk Geheim"));
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/aanmeldingen/${saved.id}`);
      await browser.get(`/raad/aanmeldingen/${saved.id}/export.json`);
      const log = app.log.lines.join("\n");
      expect({ name: log.includes("Dirk Geheim"), email: log.includes("ans.devries@example.org"), account: log.includes(email) }).toEqual({ name: false, email: false, account: false });
    });

    it("purges applications the set number of days after their final status, and no others", async () => {
      const { organisation, vacancy } = await seedCouncil(store);
      const db = councilStore(store);
      const old = await store.applications.create(applicationFor(vacancy.id));
      const recent = await store.applications.create(applicationFor(vacancy.id));
      await db.pipeline.addStep(old.id, { seq: 1, state: "rejected", on: "2026-10-24", reasonCode: "council_full", reasonNote: null }, instantInNetherlands("2026-10-24"));
      await db.pipeline.addStep(recent.id, { seq: 1, state: "rejected", on: "2026-10-25", reasonCode: "council_full", reasonNote: null }, instantInNetherlands("2026-10-25"));
      const purged = await runPurge(store, { retentionDays: 30, maxAgeDays: 365, now: NOW });
      expect({ purged: purged.includes(old.id), kept: (await store.applications.get(organisation.id, recent.id)) !== undefined }).toEqual({ purged: true, kept: true });
    });

    it("purges an application in any state the maximum age after its submission, and keeps a younger one", async () => {
      const { organisation, vacancy } = await seedCouncil(store);
      const forgotten = await store.applications.create({ ...applicationFor(vacancy.id, "Vergeten Aanmelding"), createdAt: new Date("2025-11-20T09:00:00Z") });
      const young = await store.applications.create({ ...applicationFor(vacancy.id), createdAt: new Date("2025-11-24T09:00:00Z") });
      const purged = await runPurge(store, { retentionDays: 30, maxAgeDays: 365, now: new Date(`${TODAY}T03:00:00Z`) });
      expect({
        forgotten: purged.includes(forgotten.id),
        gone: await store.applications.get(organisation.id, forgotten.id),
        young: (await store.applications.get(organisation.id, young.id))?.status,
      }).toEqual({ forgotten: true, gone: undefined, young: "registered" });
    });

    it("refuses a pipeline step dated after today, so no far-future date defers the purge", async () => {
      const { organisation, email, vacancy } = await seedCouncil(store);
      const saved = await store.applications.create(applicationFor(vacancy.id, "Ans de Vries", "2026-11-01"));
      const browser = client(app.url);
      await browser.login(email);
      await browser.page(`/raad/aanmeldingen/${saved.id}`);
      const response = await browser.post(`/raad/aanmeldingen/${saved.id}/stap`, { seq: "1", to: "withdrawn", on: "2826-11-23", reason: "withdrawn:other", note: "" });
      expect({
        status: response.status,
        message: response.text.includes("ligt na vandaag. Kies vandaag of een eerdere datum."),
        stored: (await store.applications.get(organisation.id, saved.id))?.status,
      }).toEqual({ status: 422, message: true, stored: "registered" });
    });

    it("purges each application exactly once when two instances run the job at the same time", async () => {
      const { vacancy } = await seedCouncil(store);
      const other = await open2();
      const db = councilStore(store);
      const ids: string[] = [];
      for (let i = 0; i < 30; i += 1) {
        const saved = await store.applications.create(applicationFor(vacancy.id));
        await db.pipeline.addStep(saved.id, { seq: 1, state: "withdrawn", on: "2026-01-05", reasonCode: "no_response", reasonNote: null }, instantInNetherlands("2026-01-05"));
        ids.push(saved.id);
      }
      const [a, b] = await Promise.all([runPurge(store, { retentionDays: 30, maxAgeDays: 365, now: NOW, batchSize: 4 }), runPurge(other, { retentionDays: 30, maxAgeDays: 365, now: NOW, batchSize: 4 })]);
      if (other !== store) await other.close();
      const mine = [...a, ...b].filter((id) => ids.includes(id));
      expect({ total: mine.length, unique: new Set(mine).size }).toEqual({ total: 30, unique: 30 });
    });

    /** A second instance: its own connection pool on PostgreSQL; on PGlite (one process per folder) the same store. */
    async function open2(): Promise<Store> {
      return second === undefined ? store : second();
    }
    let second: (() => Promise<Store>) | undefined;
    beforeAll(() => {
      second = secondInstance.get(label);
    });
  });
}

const secondInstance = new Map<string, () => Promise<Store>>();

suite(() => openStore({ dataDir: IN_MEMORY }), "PGlite");

const server: PostgresServer | undefined = await startPostgres();
afterAll(async () => {
  await server?.stop();
});
if (server !== undefined) {
  const pgServer = server;
  let url = "";
  secondInstance.set("PostgreSQL", () => openStore({ databaseUrl: url, dataDir: IN_MEMORY }));
  suite(async () => {
    url = await pgServer.createDatabase();
    return openStore({ databaseUrl: url, dataDir: IN_MEMORY });
  }, "PostgreSQL");
}
