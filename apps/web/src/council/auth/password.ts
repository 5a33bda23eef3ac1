// Password hashes with scrypt (node:crypto): a self-describing string with cost, salt and hash.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from "node:crypto";

/** Cost of a new hash: N = 2^15, r = 8, p = 1 (about 32 MiB and 50–100 ms per hash). */
export const SCRYPT_COST = { logN: 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

/** Shortest password we accept: a sentence of a few words is easier to remember and stronger. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

type Cost = { readonly logN: number; readonly r: number; readonly p: number };

function scrypt(password: string, salt: Buffer, cost: Cost): Promise<Buffer> {
  const N = 2 ** cost.logN;
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize("NFC"), salt, KEY_LENGTH, { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r }, (error, key) => {
      if (error === null) resolve(key);
      else reject(error);
    });
  });
}

/**
 * Hashes a password as `scrypt$logN$r$p$salt$hash` (base64url).
 *
 * @example
 * await hashPassword("correct horse battery"); // "scrypt$15$8$1$...$..."
 */
export async function hashPassword(password: string, cost: Cost = SCRYPT_COST): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scrypt(password, salt, cost);
  return ["scrypt", cost.logN, cost.r, cost.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** A hash of a random password, to spend the same time when an email address is unknown. */
let dummy: Promise<string> | undefined;
export const dummyHash = (): Promise<string> => (dummy ??= hashPassword(randomBytes(16).toString("hex")));

/**
 * Checks a password against a stored hash in constant time. An unreadable hash never matches.
 *
 * @example
 * await verifyPassword("correct horse battery", await hashPassword("correct horse battery")); // true
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [logN, r, p] = parts.slice(1, 4).map(Number);
  if (logN === undefined || r === undefined || p === undefined || !(logN >= 10 && logN <= 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16)) return false;
  const salt = Buffer.from(parts[4] ?? "", "base64url");
  const expected = Buffer.from(parts[5] ?? "", "base64url");
  if (expected.length !== KEY_LENGTH) return false;
  const key = await scrypt(password, salt, { logN, r, p });
  return timingSafeEqual(key, expected);
}
