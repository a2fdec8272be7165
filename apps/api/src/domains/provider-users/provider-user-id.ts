import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * An id shaped like WorkOS's: `<prefix>_` + 26 Crockford base32 characters, a 48-bit
 * millisecond time (10 characters) then 80 random bits (16), as a ULID. Ids of the
 * local provider are thus interchangeable in form with WorkOS ones.
 */
let lastTime = 0;

export function providerId(prefix: 'user' | 'org' | 'om'): string {
  // Strictly increasing within a process, so ids created in one millisecond still sort
  // in creation order (lists order by created_at, then id).
  const now = Math.max(Date.now(), lastTime + 1);
  lastTime = now;
  let time = '';
  for (let i = 0, t = now; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD[t % 32] + time;
  const random = randomBytes(16);
  let tail = '';
  // 16 bytes, 5 bits of each: an even spread over the 32 symbols.
  for (const byte of random) tail += CROCKFORD[byte & 31];
  return `${prefix}_${time}${tail}`;
}
