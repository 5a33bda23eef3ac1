// The automatic purge: applications a set number of days after their final status. Safe when several
// instances run it at once: rows are claimed with FOR UPDATE SKIP LOCKED, so each goes exactly once.
import { addDays, type CalendarDate } from "@raadswerk/domain/calendar";
import { candidatePipeline } from "@raadswerk/domain/recruitment";
import { type PurgedApplication, type Store, councilStore, reclaimErased } from "@raadswerk/storage";
import type { Logger } from "../log.js";

export type PurgeOptions = {
  /** Today in the Netherlands: passed in, never read from a clock here. */
  readonly today: CalendarDate;
  /** Days an application is kept after its final status. */
  readonly retentionDays: number;
  /** Days after submission after which an application is purged in any state (the maximum age). */
  readonly maxAgeDays: number;
  readonly now: Date;
  /** Rows per transaction (default 100). */
  readonly batchSize?: number;
};

/**
 * Purges every application whose final status (active, withdrawn, rejected: the domain's final
 * states) took effect `retentionDays` or more days before `today`, and every application submitted
 * `maxAgeDays` or more days before `today` whatever its state, cuts their audit lines loose,
 * deletes expired sessions and finished rate-limit windows, records one audit line per
 * organisation with the count (no ids), and vacuums so the purged data leaves the files too.
 *
 * @returns the ids purged by this instance
 */
export async function runPurge(store: Store, options: PurgeOptions): Promise<string[]> {
  const db = councilStore(store);
  const cutoff = addDays(options.today, -options.retentionDays);
  const submittedCutoff = addDays(options.today, -options.maxAgeDays);
  const purged: PurgedApplication[] = [];
  for (;;) {
    const batch = await db.pipeline.purgeBatch(candidatePipeline.final, cutoff, options.batchSize ?? 100, submittedCutoff);
    purged.push(...batch);
    if (batch.length < (options.batchSize ?? 100)) break;
  }
  await db.accounts.deleteExpiredSessions(options.now);
  // Finished rate-limit windows: hashed addresses nobody needs any more.
  await store.rateLimits.prune(options.now);
  // One line per organisation, in that organisation's log only.
  const perOrganisation = new Map<string, number>();
  for (const row of purged) perOrganisation.set(row.organisationId, (perOrganisation.get(row.organisationId) ?? 0) + 1);
  for (const [organisationId, count] of perOrganisation) {
    await db.audit.record({ at: options.now, organisationId, accountId: null, action: "purge", subjectKind: "application", detail: { count, cutoff } });
  }
  // The rows are gone; make it physical (table files and, on PGlite, the WAL).
  if (purged.length > 0) await reclaimErased(store);
  return purged.map((row) => row.id);
}

/**
 * Runs the purge now and then every `everyMinutes` (default hourly) until stopped. Errors are logged
 * by kind only and the next run tries again.
 */
export function startPurgeSchedule(store: Store, settings: { readonly retentionDays: number; readonly maxAgeDays: number; readonly today: () => CalendarDate; readonly now: () => Date; readonly log: Logger; readonly everyMinutes?: number }): () => void {
  const run = () => {
    runPurge(store, { today: settings.today(), retentionDays: settings.retentionDays, maxAgeDays: settings.maxAgeDays, now: settings.now() })
      .then((ids) => {
        if (ids.length > 0) settings.log.info("purge", { purged: ids.length });
      })
      .catch((error: unknown) => settings.log.error("purge failed", { error: error instanceof Error ? error.name : "unknown" }));
  };
  run();
  const timer = setInterval(run, (settings.everyMinutes ?? 60) * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
