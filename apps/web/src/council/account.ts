// The signed-in account: change the password, and log out on every device.
import { councilStore } from "@raadswerk/storage";
import { Hono } from "hono";
import type { AppDeps } from "../server.js";
import { httpsOnly } from "../server.js";
import { type Html, html } from "../views/html.js";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from "./auth/password.js";
import { clearSessionCookie } from "./auth/session.js";
import { type CouncilContext, type CouncilEnv, account, audit, postedForm, render, seeOther } from "./context.js";
import { councilText } from "./i18n/index.js";
import { type FieldErrors, button, csrfInput, errorSummary, field, heading1, heading2, notice, paragraph, textInput } from "./views.js";

export function accountRoutes(deps: AppDeps): Hono<CouncilEnv> {
  const app = new Hono<CouncilEnv>();
  const db = councilStore(deps.store);
  const secure = httpsOnly(deps.settings);

  function page(c: CouncilContext, errors: FieldErrors = {}) {
    const t = councilText(c.get("locale"));
    const token = c.get("csrfToken");
    const hasErrors = Object.keys(errors).length > 0;
    const body: Html = html`${heading1(t.accountTitle)}
${notice(c.req.query("ok") === "password" ? t.passwordChanged : undefined)}
${heading2(t.passwordTitle)}
${paragraph(t.passwordIntro)}
${errorSummary(t, errors)}
<form method="post" action="/raad/account/wachtwoord" class="rw-card">${csrfInput(token)}
${field({ name: "current", label: t.currentPassword, error: errors.current }, textInput("current", "", { type: "password", autocomplete: "current-password", required: true, error: errors.current }))}
${field({ name: "next", label: t.newPassword, hint: t.newPasswordHint(MIN_PASSWORD_LENGTH), error: errors.next }, textInput("next", "", { type: "password", autocomplete: "new-password", required: true, hint: true, error: errors.next }))}
${field({ name: "repeat", label: t.repeatPassword, error: errors.repeat }, textInput("repeat", "", { type: "password", autocomplete: "new-password", required: true, error: errors.repeat }))}
${button(t.changePassword)}
</form>
${heading2(t.everywhereTitle)}
${paragraph(t.everywhereIntro)}
<form method="post" action="/raad/account/overal-uitloggen">${csrfInput(token)}${button(t.logoutEverywhere, "secondary")}</form>`;
    return render(c, deps, { title: t.accountTitle, current: "account", status: hasErrors ? 422 : 200, hasErrors }, body);
  }

  app.get("/raad/account", (c) => page(c));

  app.post("/raad/account/wachtwoord", async (c) => {
    const form = await postedForm(c, deps);
    const t = councilText(c.get("locale"));
    const me = account(c);
    const current = (form.current ?? "").slice(0, 1000);
    const next = form.next ?? "";
    const errors: Record<string, string> = {};
    if (!(await verifyPassword(current, me.passwordHash))) errors.current = t.errors.currentPassword;
    if (next.length < MIN_PASSWORD_LENGTH || next.length > MAX_PASSWORD_LENGTH) errors.next = t.errors.newPassword;
    else if (next !== (form.repeat ?? "")) errors.repeat = t.errors.repeatPassword;
    if (Object.keys(errors).length > 0) return page(c, errors);
    await db.accounts.setPassword(me.id, await hashPassword(next));
    // Whoever knew the old password is signed out on every other device; this one stays.
    await db.accounts.deleteSessionsOf(me.id, c.get("sessionTokenHash"));
    await audit(c, deps, "update", "account", me.id, { fields: ["password"] });
    return seeOther(c, "/raad/account?ok=password");
  });

  app.post("/raad/account/overal-uitloggen", async (c) => {
    await postedForm(c, deps);
    const me = account(c);
    const ended = await db.accounts.deleteSessionsOf(me.id);
    await audit(c, deps, "logout", "account", me.id, { everywhere: true, sessions: ended });
    clearSessionCookie(c, secure);
    return seeOther(c, "/raad/inloggen?uit=1");
  });

  return app;
}
