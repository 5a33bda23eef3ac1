// The automatic purge: applications a set number of days after their final status. Safe when several
// instances run it at once: rows are claimed with FOR UPDATE SKIP LOCKED, so each goes exactly once.
import { addDays, instantInNetherlands, todayInNetherlands } from "@raadswerk/domain/calendar";
import { candidatePipeline } from "@raadswerk/domain/recruitment";
import { type Store, councilStore } from "@raadswerk/storage";
import type { Logger } from "../log.js";

export type PurgeOptions = {
  /** Days an application is kept after its final status. */
  readonly retentionDays: number;
  /** The app's clock, read once by the caller; today in the Netherlands is derived from it. */
  readonly now: Date;
  /** Rows per transaction (default 100). */
  readonly batchSize?: number;
};

/**
 * Purges every application whose final status (active, withdrawn, rejected: the domain's final
 * states) took effect `retentionDays` or more days before today in the Netherlands, cuts their audit lines loose,
 * deletes expired sessions, and records one audit line with the count (no ids).
 *
 * @returns the ids purged by this instance
 */
export async function runPurge(store: Store, options: PurgeOptions): Promise<string[]> {
  const db = councilStore(store);
  // Kept through the cut-off day; purged from the start of the next day in the Netherlands.
  const cutoff = addDays(todayInNetherlands(options.now), -options.retentionDays);
  const before = instantInNetherlands(addDays(cutoff, 1));
  const purged: string[] = [];
  for (;;) {
    const batch = await db.pipeline.purgeBatch(candidatePipeline.final, before, options.batchSize ?? 100);
    purged.push(...batch);
    if (batch.length < (options.batchSize ?? 100)) break;
  }
  await db.accounts.deleteExpiredSessions(options.now);
  if (purged.length > 0) await db.audit.record({ at: options.now, accountId: null, action: "purge", subjectKind: "application", detail: { count: purged.length, cutoff } });
  return purged;
}

/**
 * Runs the purge now and then every `everyMinutes` (default hourly) until stopped. Errors are logged
 * by kind only and the next run tries again.
 */
export function startPurgeSchedule(store: Store, settings: { readonly retentionDays: number; readonly now: () => Date; readonly log: Logger; readonly everyMinutes?: number }): () => void {
  const run = () => {
    runPurge(store, { retentionDays: settings.retentionDays, now: settings.now() })
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
