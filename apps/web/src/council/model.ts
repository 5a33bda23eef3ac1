// From stored rows to the domain's inputs, and the domain's codes to words. No rule logic here.
import { type CalendarDate, todayInNetherlands } from "@raadswerk/domain/calendar";
import { type MembershipRules, MembershipRulesSchema, type Reason, commonPracticeRules, explainReason } from "@raadswerk/domain/eligibility";
import {
  type Council as DomainCouncil,
  CouncilSchema,
  councilUnderRules,
  type MemberRole,
  MemberRoleSchema,
  type PipelineCandidate,
  type PipelineState,
  PipelineStateSchema,
  type RecruitmentMessageCode,
  recruitmentText,
} from "@raadswerk/domain/recruitment";
import type { Application, ApplicationStep, Constituency, Council, CouncilMember, Organisation } from "@raadswerk/storage";
import type { Locale } from "../i18n/index.js";

/** The organisation's membership rules, or the common-practice preset when the stored ones are incomplete. */
export function rulesOf(organisation: Organisation): { readonly rules: MembershipRules; readonly valid: boolean } {
  const parsed = MembershipRulesSchema.safeParse(organisation.membershipRules);
  return parsed.success ? { rules: parsed.data, valid: true } : { rules: commonPracticeRules, valid: false };
}

/** A stored role as the domain's role (unknown roles count as plain members). */
export const memberRole = (role: string): MemberRole => {
  const parsed = MemberRoleSchema.safeParse(role);
  return parsed.success ? parsed.data : "member";
};

/**
 * The council as the recruitment area sees it: ids only (no names), with the size and terms from the
 * organisation's membership rules.
 */
export function domainCouncil(council: Council, rules: MembershipRules, constituencies: readonly Constituency[], members: readonly CouncilMember[]): DomainCouncil {
  return councilUnderRules(
    {
      id: council.id,
      kind: council.kind,
      name: council.name,
      represents: constituencies.map((group) => ({ id: group.id, kind: group.kind, name: group.name })),
      members: members.map((member) => ({
        id: member.id,
        role: memberRole(member.role),
        startedOn: member.startedOn as CalendarDate,
        termNumber: member.termNumber,
        ...(member.represents === null ? {} : { represents: member.represents }),
      })),
    },
    rules,
  );
}

/** Checks a council (e.g. with a new member added) with the domain's schema; returns the zod issue paths' first field names. */
export function councilIssues(council: DomainCouncil): readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] {
  const parsed = CouncilSchema.safeParse(council);
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

/** The calendar day in the Netherlands of a stored instant (00:30 in Amsterdam on 2 January is 2 January). */
export const dayOf = (instant: Date): CalendarDate => todayInNetherlands(instant);

/** A stored state as the domain's state. */
export const pipelineState = (state: string): PipelineState => {
  const parsed = PipelineStateSchema.safeParse(state);
  return parsed.success ? parsed.data : "registered";
};

/** The application as a pipeline candidate: registered on the day it came in, then every recorded step. */
export function candidateOf(application: Pick<Application, "id" | "createdAt">, steps: readonly ApplicationStep[]): PipelineCandidate {
  const history = [
    { state: "registered" as const, on: dayOf(application.createdAt) },
    ...steps.map((step) => ({
      state: pipelineState(step.state),
      on: step.on as CalendarDate,
      ...(step.reasonCode === null ? {} : { reason: { code: step.reasonCode as never, ...(step.reasonNote === null ? {} : { note: step.reasonNote }) } }),
    })),
  ];
  return { id: application.id, state: history.at(-1)?.state ?? "registered", history };
}

/** The eligibility reasons stored with an application, in words. Unknown codes are skipped. */
export function reasonTexts(reasons: unknown, locale: Locale): string[] {
  if (!Array.isArray(reasons)) return [];
  return reasons.flatMap((reason: unknown) => {
    try {
      return [explainReason(reason as Reason, locale)];
    } catch {
      return [];
    }
  });
}

/**
 * A recruitment message with member and constituency ids replaced by their names, for staff only
 * (never for a public page or a log).
 */
export function recruitmentWords(item: { readonly code: RecruitmentMessageCode; readonly params?: Readonly<Record<string, unknown>> }, locale: Locale, names: ReadonlyMap<string, string>): string {
  const params: Record<string, unknown> = { ...(item.params ?? {}) };
  for (const key of ["memberId", "constituencyId", "checkInBy"]) {
    const value = params[key];
    if (typeof value === "string") params[key] = names.get(value) ?? value;
  }
  try {
    return recruitmentText({ code: item.code, params: params as never }, locale);
  } catch {
    return item.code;
  }
}
