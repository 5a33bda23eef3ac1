import { randomUUID } from "node:crypto";
import type { Sql } from "../driver/index.js";
import { json } from "./_bind.js";

/** A location or client group a council speaks for. */
export type Constituency = {
  readonly id: string;
  readonly councilId: string;
  readonly kind: "location" | "client_group";
  readonly name: string;
};

export type NewConstituency = Omit<Constituency, "id">;

/**
 * A council member: `role` is a member role of the recruitment area, `startedOn` the first day of the
 * current term (`YYYY-MM-DD`), `termNumber` 1 for the first term. `name` is shown to staff only.
 */
export type CouncilMember = {
  readonly id: string;
  readonly councilId: string;
  readonly name: string;
  readonly role: string;
  readonly startedOn: string;
  readonly termNumber: number;
  /** Id of the constituency the member speaks for, or null. */
  readonly represents: string | null;
};

export type NewCouncilMember = Omit<CouncilMember, "id">;

/** A new member's onboarding: first day, who holds the check-in talk, and the steps done (step key → `YYYY-MM-DD`). */
export type Onboarding = {
  readonly memberId: string;
  readonly startsOn: string;
  readonly checkInBy: string;
  readonly done: Readonly<Record<string, string>>;
};

type ConstituencyRow = { id: string; council_id: string; kind: Constituency["kind"]; name: string };
type MemberRow = { id: string; council_id: string; name: string; role: string; started_on: string; term_number: number; represents: string | null };
type OnboardingRow = { member_id: string; starts_on: string; check_in_by: string; done: Record<string, string> };

const toConstituency = (row: ConstituencyRow): Constituency => ({ id: row.id, councilId: row.council_id, kind: row.kind, name: row.name });
const memberColumns = "id, council_id, name, role, started_on::text AS started_on, term_number, represents";
const toMember = (row: MemberRow): CouncilMember => ({
  id: row.id,
  councilId: row.council_id,
  name: row.name,
  role: row.role,
  startedOn: row.started_on,
  termNumber: row.term_number,
  represents: row.represents,
});
const onboardingColumns = "member_id, starts_on::text AS starts_on, check_in_by, done";
const toOnboarding = (row: OnboardingRow): Onboarding => ({ memberId: row.member_id, startsOn: row.starts_on, checkInBy: row.check_in_by, done: row.done });

/** Limits a read to members of one organisation's councils (`$1`). */
const memberOfOrganisation = (column: string): string =>
  `${column} IN (SELECT m.id FROM council_members m JOIN councils c ON c.id = m.council_id WHERE c.organisation_id = $1)`;

export const councilMemberReads = {
  async constituencies(sql: Sql, councilId: string): Promise<Constituency[]> {
    const rows = await sql.query<ConstituencyRow>("SELECT id, council_id, kind, name FROM council_constituencies WHERE council_id = $1 ORDER BY kind, name, id", [councilId]);
    return rows.map(toConstituency);
  },
  async members(sql: Sql, councilId: string): Promise<CouncilMember[]> {
    const rows = await sql.query<MemberRow>(`SELECT ${memberColumns} FROM council_members WHERE council_id = $1 ORDER BY started_on, name, id`, [councilId]);
    return rows.map(toMember);
  },
  /** A member of one organisation's councils; another organisation's reads as missing. */
  async member(sql: Sql, organisationId: string, id: string): Promise<CouncilMember | undefined> {
    const rows = await sql.query<MemberRow>(`SELECT ${memberColumns} FROM council_members WHERE id = $2 AND ${memberOfOrganisation("id")}`, [organisationId, id]);
    return rows[0] && toMember(rows[0]);
  },
  async onboarding(sql: Sql, organisationId: string, memberId: string): Promise<Onboarding | undefined> {
    const rows = await sql.query<OnboardingRow>(`SELECT ${onboardingColumns} FROM member_onboardings WHERE member_id = $2 AND ${memberOfOrganisation("member_id")}`, [organisationId, memberId]);
    return rows[0] && toOnboarding(rows[0]);
  },
  async onboardings(sql: Sql, councilId: string): Promise<Onboarding[]> {
    const rows = await sql.query<OnboardingRow>(
      `SELECT ${onboardingColumns} FROM member_onboardings o WHERE o.member_id IN (SELECT id FROM council_members WHERE council_id = $1) ORDER BY starts_on, member_id`,
      [councilId],
    );
    return rows.map(toOnboarding);
  },
};

export const councilMemberWrites = {
  async addConstituency(sql: Sql, input: NewConstituency): Promise<Constituency> {
    const rows = await sql.query<ConstituencyRow>("INSERT INTO council_constituencies (id, council_id, kind, name) VALUES ($1, $2, $3, $4) RETURNING id, council_id, kind, name", [
      randomUUID(),
      input.councilId,
      input.kind,
      input.name,
    ]);
    return toConstituency(rows[0] as ConstituencyRow);
  },
  async removeConstituency(sql: Sql, councilId: string, id: string): Promise<boolean> {
    return (await sql.query("DELETE FROM council_constituencies WHERE id = $1 AND council_id = $2 RETURNING id", [id, councilId])).length === 1;
  },
  async addMember(sql: Sql, input: NewCouncilMember): Promise<CouncilMember> {
    const rows = await sql.query<MemberRow>(
      `INSERT INTO council_members (id, council_id, name, role, started_on, term_number, represents) VALUES ($1, $2, $3, $4, $5::date, $6, $7) RETURNING ${memberColumns}`,
      [randomUUID(), input.councilId, input.name, input.role, input.startedOn, input.termNumber, input.represents],
    );
    return toMember(rows[0] as MemberRow);
  },
  async updateMember(sql: Sql, id: string, input: Omit<NewCouncilMember, "councilId">): Promise<boolean> {
    const rows = await sql.query("UPDATE council_members SET name = $2, role = $3, started_on = $4::date, term_number = $5, represents = $6 WHERE id = $1 RETURNING id", [
      id,
      input.name,
      input.role,
      input.startedOn,
      input.termNumber,
      input.represents,
    ]);
    return rows.length === 1;
  },
  async removeMember(sql: Sql, councilId: string, id: string): Promise<boolean> {
    return (await sql.query("DELETE FROM council_members WHERE id = $1 AND council_id = $2 RETURNING id", [id, councilId])).length === 1;
  },
  /** Starts or replaces a member's onboarding (keeps the steps already done). */
  async setOnboarding(sql: Sql, memberId: string, startsOn: string, checkInBy: string): Promise<Onboarding> {
    const rows = await sql.query<OnboardingRow>(
      `INSERT INTO member_onboardings (member_id, starts_on, check_in_by) VALUES ($1, $2::date, $3)
       ON CONFLICT (member_id) DO UPDATE SET starts_on = EXCLUDED.starts_on, check_in_by = EXCLUDED.check_in_by
       RETURNING ${onboardingColumns}`,
      [memberId, startsOn, checkInBy],
    );
    return toOnboarding(rows[0] as OnboardingRow);
  },
  /** Marks one step done on a day, or not done (`null`). */
  async markOnboardingStep(sql: Sql, memberId: string, stepKey: string, doneOn: string | null): Promise<boolean> {
    const rows =
      doneOn === null
        ? await sql.query("UPDATE member_onboardings SET done = done - $2::text WHERE member_id = $1 RETURNING member_id", [memberId, stepKey])
        : await sql.query("UPDATE member_onboardings SET done = done || $2::jsonb WHERE member_id = $1 RETURNING member_id", [memberId, json({ [stepKey]: doneOn })]);
    return rows.length === 1;
  },
};
