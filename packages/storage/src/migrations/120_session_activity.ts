/**
 * Sessions remember when they were last used, so a session left idle ends (idle timeout) before its
 * fixed end. Existing sessions count as used when they began.
 */
export const sql = /* sql */ `
ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz;
UPDATE sessions SET last_seen_at = created_at;
ALTER TABLE sessions ALTER COLUMN last_seen_at SET NOT NULL;
CREATE INDEX sessions_account ON sessions (account_id);
`;
