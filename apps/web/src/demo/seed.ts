// The demo organisation `pnpm start` shows: clearly marked, made up, with one council and one vacancy.
import { todayInNetherlands } from "@raadswerk/domain/calendar";
import { commonPracticeRules } from "@raadswerk/domain/eligibility";
import type { Store } from "@raadswerk/storage";

export const DEMO_ORGANISATION_SLUG = "demo-zorgorganisatie";
export const DEMO_VACANCY_SLUG = "lid-centrale-clientenraad";
const DEMO_SEED_LOCK = 7_261_002;

const councilDescription = `De centrale cliëntenraad praat namens alle cliënten mee over de zorg en het wonen bij Demo-zorgorganisatie. De raad geeft advies over plannen, zoals een verbouwing of een nieuwe manier van werken. Over sommige onderwerpen, zoals de maaltijden en de dagbesteding, moet de organisatie eerst de raad om instemming vragen.

De raad vergadert ongeveer één keer per maand, overdag. U krijgt een vergoeding voor uw tijd en een cursus om goed te beginnen.`;

/**
 * Creates the demo organisation, its central council and an open vacancy, once. Does nothing when
 * the demo organisation already exists.
 *
 * @returns whether it created anything
 */
export async function seedDemo(store: Store, now: Date): Promise<boolean> {
  const today = todayInNetherlands(now);
  if ((await store.organisations.bySlug(DEMO_ORGANISATION_SLUG)) !== undefined) return false;
  return store.transaction(async (tx) => {
    // Two instances starting at once: the second waits here, then finds the demo already made.
    await tx.sql.query(`SELECT pg_advisory_xact_lock(${DEMO_SEED_LOCK})`);
    if ((await tx.organisations.bySlug(DEMO_ORGANISATION_SLUG)) !== undefined) return false;
    const organisation = await tx.organisations.create({
      slug: DEMO_ORGANISATION_SLUG,
      name: "Demo-zorgorganisatie",
      isDemo: true,
      membershipRules: commonPracticeRules,
    });
    const council = await tx.councils.create({
      organisationId: organisation.id,
      slug: "demo-centrale-clientenraad",
      name: "Centrale cliëntenraad (demo)",
      kind: "central",
      description: councilDescription,
    });
    await tx.vacancies.create({
      councilId: council.id,
      slug: DEMO_VACANCY_SLUG,
      role: "member",
      title: "Lid van de centrale cliëntenraad",
      summary: "Wij zoeken een cliënt of familielid die wil meedenken over goede zorg.",
      publishedOn: today,
      createdAt: now,
    });
    return true;
  });
}
