// The automatic purge: applications a set number of days after their final status. Safe when several
// instances run it at once: rows are claimed with FOR UPDATE SKIP LOCKED, so each goes exactly once.
import { addDays, instantInNetherlands, todayInNetherlands } from "@raadswerk/domain/calendar";
import { candidatePipeline } from "@raadswerk/domain/recruitment";
import { type PurgedApplication, type Store, councilStore, reclaimErased } from "@raadswerk/storage";
import type { Logger } from "../log.js";

export type PurgeOptions = {
  /** Days an application is kept after its final status. */
  readonly retentionDays: number;
  /** Days after submission after which an application is purged in any state (the maximum age). */
  readonly maxAgeDays: number;
  /** The app's clock, read once by the caller; today in the Netherlands is derived from it. */
  readonly now: Date;
  /** Rows per transaction (default 100). */
  readonly batchSize?: number;
};

/**
 * Purges every application whose final status (active, withdrawn, rejected: the domain's final
 * states) took effect `retentionDays` or more days before today in the Netherlands, and every
 * application submitted `maxAgeDays` or more days before today whatever its state, cuts their audit
 * lines loose, deletes expired sessions and finished rate-limit windows, records one audit line per
 * organisation with the count (no ids), and vacuums so the purged data leaves the files too.
 *
 * @returns the ids purged by this instance
 */
export async function runPurge(store: Store, options: PurgeOptions): Promise<string[]> {
  const db = councilStore(store);
  // Kept through the cut-off day; purged from the start of the next day in the Netherlands.
  const today = todayInNetherlands(options.now);
  const cutoff = addDays(today, -options.retentionDays);
  const before = instantInNetherlands(addDays(cutoff, 1));
  const submittedBefore = instantInNetherlands(addDays(today, -options.maxAgeDays + 1));
  const purged: PurgedApplication[] = [];
  for (;;) {
    const batch = await db.pipeline.purgeBatch(candidatePipeline.final, before, options.batchSize ?? 100, submittedBefore);
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
export function startPurgeSchedule(store: Store, settings: { readonly retentionDays: number; readonly maxAgeDays: number; readonly now: () => Date; readonly log: Logger; readonly everyMinutes?: number }): () => void {
  const run = () => {
    runPurge(store, { retentionDays: settings.retentionDays, maxAgeDays: settings.maxAgeDays, now: settings.now() })
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
