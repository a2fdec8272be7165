import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Plain SHA-256 of the whole key, without salt or a slow KDF, on purpose:
 * salts and argon2/bcrypt exist to slow down guessing of low-entropy secrets (passwords).
 * An API key carries 256 random bits, so even a leaked hash cannot be brute-forced and
 * precomputed tables are useless; a slow hash would only add latency to every request and
 * hand attackers a CPU-exhaustion lever. The hash covers the prefix too, so a stored hash
 * cannot be reused under another prefix or kind.
 */
export function hashApiKey(plaintext: string): string {
  return createHash('sha256').update(plaintext, 'utf8').digest('hex');
}

// Stands in when no usable stored hash exists, so that path costs the same comparison.
const DUMMY_HASH = Buffer.from(hashApiKey('ak_x_placeholder'), 'hex');

/** Constant-time comparison of hex SHA-256 digests; false when the stored one is missing or malformed. */
export function apiKeyHashMatches(presentedHash: string, storedHash: string | null): boolean {
  const presented = Buffer.from(presentedHash, 'hex');
  const stored = storedHash === null ? null : Buffer.from(storedHash, 'hex');
  const usable = stored !== null && stored.length === presented.length && presented.length === DUMMY_HASH.length;
  const equal = timingSafeEqual(usable ? presented : DUMMY_HASH, usable ? stored : DUMMY_HASH);
  return usable && equal;
}
