/**
 * The organisation's own settings: procedure periods and membership rules from its regulation
 * (medezeggenschapsregeling), kept in storage by the web app. Without them the domain's common
 * practice applies (and the answers say so).
 */
import { commonPracticeRules, MembershipRulesSchema, type MembershipRules } from "@raadswerk/domain/eligibility";
import { CouncilSchema, type Council } from "@raadswerk/domain/recruitment";
import { ProcedureSettingsSchema, type ProcedureSettings } from "@raadswerk/domain/wmcz";

/** Where the settings come from. */
export type OrganisationSettings = {
  /** The organisation's procedure settings, or `undefined` for common practice. */
  procedureSettings(): Promise<ProcedureSettings | undefined>;
  /** Whether the instelling is set up for long-term stay, or `undefined` when not known. */
  longTermStay(): Promise<boolean | undefined>;
  membershipRules(): Promise<MembershipRules>;
  /** The organisation's councils with their members (ids, roles, terms; no names). */
  councils(): Promise<readonly Council[]>;
};

/** Raw settings as stored (JSON), validated here at the edge. */
export type StoredSettings = {
  readonly procedureSettings?: unknown;
  readonly longTermStay?: unknown;
  readonly membershipRules?: unknown;
  readonly councils?: readonly unknown[];
};

/**
 * Settings from stored JSON: anything that does not validate falls back to common practice.
 *
 * @example
 * await settingsFrom(async () => ({})).membershipRules(); // commonPracticeRules
 */
export function settingsFrom(load: () => Promise<StoredSettings | undefined>): OrganisationSettings {
  return {
    async procedureSettings() {
      const stored = await load();
      const parsed = ProcedureSettingsSchema.safeParse(stored?.procedureSettings);
      return parsed.success ? parsed.data : undefined;
    },
    async longTermStay() {
      const stored = await load();
      return typeof stored?.longTermStay === "boolean" ? stored.longTermStay : undefined;
    },
    async membershipRules() {
      const stored = await load();
      const parsed = MembershipRulesSchema.safeParse(stored?.membershipRules);
      return parsed.success ? parsed.data : commonPracticeRules;
    },
    async councils() {
      const stored = await load();
      return (stored?.councils ?? []).flatMap((council) => {
        const parsed = CouncilSchema.safeParse(council);
        return parsed.success ? [parsed.data] : [];
      });
    },
  };
}

/** Common practice for everything (no organisation configured). */
export const commonPractice: OrganisationSettings = settingsFrom(() => Promise.resolve(undefined));
