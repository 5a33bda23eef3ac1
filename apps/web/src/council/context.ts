// What every council route shares: the signed-in account, rendering in the shared layout, CSRF, audit.
import type { Account, AuditAction, AuditSubject, Council, Json, NewAuditEntry, Organisation } from "@raadswerk/storage";
import { councilStore } from "@raadswerk/storage";
import type { Context } from "hono";
import { AppError } from "../errors.js";
import { readForm } from "../forms/read-form.js";
import type { AppDeps, AppEnv } from "../server.js";
import { verifyCsrf } from "../security/csrf.js";
import type { Html } from "../views/html.js";
import { layout } from "../views/layout.js";
import { councilNav } from "./views.js";

/** Variables of a council request: the shell's, plus the signed-in account. */
export type CouncilEnv = { Variables: AppEnv["Variables"] & { account: Account | undefined; sessionTokenHash?: string | undefined } };
export type CouncilContext = Context<CouncilEnv>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A path parameter that must be an id. @throws {AppError} `not_found` otherwise */
export function idParam(c: CouncilContext, name: string): string {
  const value = c.req.param(name) ?? "";
  if (!UUID.test(value)) throw new AppError("not_found", "malformed id");
  return value;
}

export function account(c: CouncilContext): Account {
  const value = c.get("account");
  if (value === undefined) throw new AppError("not_found", "no account");
  return value;
}

type RenderOptions = { readonly title: string; readonly current?: string; readonly status?: 200 | 422; readonly hasErrors?: boolean };

/** Renders a council page in the shared layout with the council menu. */
export function render(c: CouncilContext, deps: AppDeps, options: RenderOptions, body: Html): Response | Promise<Response> {
  const locale = c.get("locale");
  const signedIn = c.get("account") !== undefined;
  return c.html(
    layout(
      {
        locale,
        assets: deps.assets,
        path: c.req.path,
        title: options.title,
        wide: true,
        nav: councilNav(locale, options.current, signedIn ? c.get("csrfToken") : undefined),
        ...(options.hasErrors === true ? { hasErrors: true } : {}),
      },
      body,
    ),
    options.status ?? 200,
  );
}

/** Reads a posted form and checks its CSRF token. @throws {AppError} `csrf`, `bad_request`, `too_large` */
export async function postedForm(c: CouncilContext, deps: AppDeps): Promise<Record<string, string>> {
  const form = await readForm(c);
  verifyCsrf(c, form, { secret: deps.settings.SESSION_SECRET, publicOrigin: deps.settings.PUBLIC_ORIGIN });
  return form;
}

/**
 * Writes one audit line: who, what, which record (an id), codes only. The line belongs to the
 * signed-in account's organisation (none before login), so only that organisation's log shows it.
 */
export async function audit(c: CouncilContext, deps: AppDeps, action: AuditAction, subjectKind: AuditSubject, subjectId?: string | null, detail?: Readonly<Record<string, Json>>): Promise<void> {
  await councilStore(deps.store).audit.record(auditEntry(c, deps, action, subjectKind, subjectId, detail));
}

/** The audit line {@link audit} writes, for writing it inside a transaction with the change it records. */
export function auditEntry(c: CouncilContext, deps: AppDeps, action: AuditAction, subjectKind: AuditSubject, subjectId?: string | null, detail?: Readonly<Record<string, Json>>): NewAuditEntry {
  const who = c.get("account");
  return {
    at: deps.now(),
    organisationId: who?.organisationId ?? null,
    accountId: who?.id ?? null,
    action,
    subjectKind,
    ...(subjectId === undefined ? {} : { subjectId }),
    ...(detail === undefined ? {} : { detail }),
  };
}

/** The organisation the signed-in account manages, if it has one yet. */
export async function currentOrganisation(c: CouncilContext, deps: AppDeps): Promise<Organisation | undefined> {
  const organisationId = c.get("account")?.organisationId ?? null;
  return organisationId === null ? undefined : deps.store.organisations.get(organisationId);
}

/** A council of the current organisation. @throws {AppError} `not_found` */
export async function councilOf(c: CouncilContext, deps: AppDeps): Promise<{ organisation: Organisation; council: Council }> {
  const id = idParam(c, "councilId");
  const organisation = await currentOrganisation(c, deps);
  const council = organisation === undefined ? undefined : await deps.store.councils.get(organisation.id, id);
  if (organisation === undefined || council === undefined) throw new AppError("not_found", "council not found");
  return { organisation, council };
}

/** Redirect after a successful post (303: the browser asks with GET). */
export const seeOther = (c: CouncilContext, location: string): Response => c.redirect(location, 303);
