import { randomUUID } from "node:crypto";
import type { Sql } from "../driver/index.js";

/** A staff account of the council side (secretary or supporter). */
export type Account = {
  readonly id: string;
  /** The organisation whose councils this account manages; null until the first login creates one. */
  readonly organisationId: string | null;
  /** Lower case. */
  readonly email: string;
  readonly name: string;
  /** A self-describing password hash (e.g. `scrypt$...`); never shown or logged. */
  readonly passwordHash: string;
  readonly failedLogins: number;
  readonly lockedUntil: Date | null;
  readonly createdAt: Date;
};

export type NewAccount = { readonly email: string; readonly name: string; readonly passwordHash: string; readonly organisationId?: string | null };

/** A signed-in session with its account. */
export type SessionWithAccount = { readonly account: Account; readonly expiresAt: Date; readonly lastSeenAt: Date };

type Row = { id: string; organisation_id: string | null; email: string; name: string; password_hash: string; failed_logins: number; locked_until: Date | null; created_at: Date };
const columns = "a.id, a.organisation_id, a.email, a.name, a.password_hash, a.failed_logins, a.locked_until, a.created_at";
const toAccount = (row: Row): Account => ({
  id: row.id,
  organisationId: row.organisation_id,
  email: row.email,
  name: row.name,
  passwordHash: row.password_hash,
  failedLogins: row.failed_logins,
  lockedUntil: row.locked_until,
  createdAt: row.created_at,
});

export const accountReads = {
  async byEmail(sql: Sql, email: string): Promise<Account | undefined> {
    const rows = await sql.query<Row>(`SELECT ${columns} FROM accounts a WHERE a.email = $1`, [email.toLowerCase()]);
    return rows[0] && toAccount(rows[0]);
  },
  async get(sql: Sql, id: string): Promise<Account | undefined> {
    const rows = await sql.query<Row>(`SELECT ${columns} FROM accounts a WHERE a.id = $1`, [id]);
    return rows[0] && toAccount(rows[0]);
  },
  async count(sql: Sql): Promise<number> {
    return (await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM accounts"))[0]?.n ?? 0;
  },
  /**
   * The session for a token hash with its account, when at `now` it has not expired and was used
   * less than `idleSeconds` ago (idle timeout).
   */
  async session(sql: Sql, tokenHash: string, now: Date, idleSeconds: number): Promise<SessionWithAccount | undefined> {
    const rows = await sql.query<Row & { expires_at: Date; last_seen_at: Date }>(
      `SELECT ${columns}, s.expires_at, s.last_seen_at FROM sessions s JOIN accounts a ON a.id = s.account_id
       WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $2::timestamptz - make_interval(secs => $3)`,
      [tokenHash, now, idleSeconds],
    );
    return rows[0] && { account: toAccount(rows[0]), expiresAt: rows[0].expires_at, lastSeenAt: rows[0].last_seen_at };
  },
};

export const accountWrites = {
  async create(sql: Sql, input: NewAccount): Promise<Account> {
    const rows = await sql.query<Row>(`INSERT INTO accounts AS a (id, email, name, password_hash, organisation_id) VALUES ($1, $2, $3, $4, $5) RETURNING ${columns}`, [
      randomUUID(),
      input.email.toLowerCase(),
      input.name,
      input.passwordHash,
      input.organisationId ?? null,
    ]);
    return toAccount(rows[0] as Row);
  },
  async setOrganisation(sql: Sql, id: string, organisationId: string): Promise<boolean> {
    return (await sql.query("UPDATE accounts SET organisation_id = $2 WHERE id = $1 RETURNING id", [id, organisationId])).length === 1;
  },
  async setPassword(sql: Sql, id: string, passwordHash: string): Promise<boolean> {
    return (await sql.query("UPDATE accounts SET password_hash = $2, failed_logins = 0, locked_until = NULL WHERE id = $1 RETURNING id", [id, passwordHash])).length === 1;
  },
  /**
   * Counts a failed login atomically (several instances may count at once). At `maxFailures` the
   * account locks until `now + lockSeconds` and the count starts again.
   *
   * @returns the lock's end when this failure locked the account, else null
   */
  async recordFailedLogin(sql: Sql, id: string, now: Date, maxFailures: number, lockSeconds: number): Promise<Date | null> {
    const rows = await sql.query<{ locked_until: Date | null; locked: boolean }>(
      `UPDATE accounts SET
         failed_logins = CASE WHEN failed_logins + 1 >= $3 THEN 0 ELSE failed_logins + 1 END,
         locked_until = CASE WHEN failed_logins + 1 >= $3 THEN $2::timestamptz + make_interval(secs => $4) ELSE locked_until END
       WHERE id = $1
       RETURNING locked_until, (locked_until IS NOT NULL AND locked_until > $2::timestamptz) AS locked`,
      [id, now, maxFailures, lockSeconds],
    );
    const row = rows[0];
    return row?.locked === true ? row.locked_until : null;
  },
  async clearFailedLogins(sql: Sql, id: string): Promise<void> {
    await sql.query("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = $1", [id]);
  },
  async createSession(sql: Sql, tokenHash: string, accountId: string, createdAt: Date, expiresAt: Date): Promise<void> {
    await sql.query("INSERT INTO sessions (token_hash, account_id, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $3)", [tokenHash, accountId, createdAt, expiresAt]);
  },
  /** Records that a session was used at `seenAt` (for the idle timeout). */
  async touchSession(sql: Sql, tokenHash: string, seenAt: Date): Promise<void> {
    await sql.query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1 AND last_seen_at < $2", [tokenHash, seenAt]);
  },
  /**
   * Ends every session of an account (log out everywhere), or every other one when `keepTokenHash`
   * is given (after a password change).
   *
   * @returns how many sessions ended
   */
  async deleteSessionsOf(sql: Sql, accountId: string, keepTokenHash?: string): Promise<number> {
    return (await sql.query("DELETE FROM sessions WHERE account_id = $1 AND token_hash IS DISTINCT FROM $2 RETURNING token_hash", [accountId, keepTokenHash ?? null])).length;
  },
  async deleteSession(sql: Sql, tokenHash: string): Promise<boolean> {
    return (await sql.query("DELETE FROM sessions WHERE token_hash = $1 RETURNING token_hash", [tokenHash])).length === 1;
  },
  /** @returns how many expired sessions were deleted */
  async deleteExpiredSessions(sql: Sql, now: Date): Promise<number> {
    return (await sql.query("DELETE FROM sessions WHERE expires_at <= $1 RETURNING token_hash", [now])).length;
  },
};
