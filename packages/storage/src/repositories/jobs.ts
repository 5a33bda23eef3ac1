import type { Sql } from "../driver/index.js";

export const jobReads = {
  async finishedAt(sql: Sql, job: string, runKey: string): Promise<Date | null | undefined> {
    const rows = await sql.query<{ finished_at: Date | null }>("SELECT finished_at FROM job_runs WHERE job = $1 AND run_key = $2", [job, runKey]);
    return rows[0]?.finished_at;
  },
};

export const jobWrites = {
  /**
   * Claims one run of a job (e.g. `purge` for `2026-11-23`) for one instance. When several instances
   * try at once exactly one gets `true`; the others skip the run. `at` comes from the app's clock.
   */
  async claim(sql: Sql, job: string, runKey: string, instance: string, at: Date): Promise<boolean> {
    const rows = await sql.query(
      "INSERT INTO job_runs (job, run_key, claimed_by, claimed_at) VALUES ($1, $2, $3, $4) ON CONFLICT (job, run_key) DO NOTHING RETURNING job",
      [job, runKey, instance, at],
    );
    return rows.length === 1;
  },
  async finish(sql: Sql, job: string, runKey: string, at: Date): Promise<void> {
    await sql.query("UPDATE job_runs SET finished_at = $3 WHERE job = $1 AND run_key = $2", [job, runKey, at]);
  },
};
