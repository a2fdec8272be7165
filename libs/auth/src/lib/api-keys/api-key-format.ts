import { randomBytes, randomInt } from 'node:crypto';
import type { ApiKeyKind } from '../principal';

/**
 * Key layout: `ak_<kind>_<lookup>_<secret>`
 *   kind    `i` integration, `s` scim: readable at a glance in logs and secret scanners
 *   lookup  12 chars of lowercase base32: the non-secret id used to find the stored hash
 *   secret  32 random bytes (256 bits), base64url without padding (43 chars)
 * `<ak_kind_lookup>` together is the stored, displayable prefix.
 */
const KIND_LETTERS: Record<ApiKeyKind, string> = { integration: 'i', scim: 's' };
const KINDS_BY_LETTER: Record<string, ApiKeyKind> = { i: 'integration', s: 'scim' };
const LOOKUP_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const LOOKUP_LENGTH = 12;
export const API_KEY_SECRET_BYTES = 32;
const KEY_PATTERN = /^(ak_([is])_[a-z2-7]{12})_([A-Za-z0-9_-]{43})$/;

export interface ParsedApiKey {
  readonly prefix: string;
  readonly keyKind: ApiKeyKind;
}

export function apiKeyPrefix(kind: ApiKeyKind, lookup: string): string {
  return `ak_${KIND_LETTERS[kind]}_${lookup}`;
}

export function formatApiKey(prefix: string, secret: Buffer): string {
  return `${prefix}_${secret.toString('base64url')}`;
}

export function randomLookup(): string {
  let lookup = '';
  for (let i = 0; i < LOOKUP_LENGTH; i += 1) lookup += LOOKUP_ALPHABET[randomInt(LOOKUP_ALPHABET.length)];
  return lookup;
}

export function randomSecret(): Buffer {
  return randomBytes(API_KEY_SECRET_BYTES);
}

/** Returns null for anything that is not exactly a key of this layout. */
export function parseApiKey(plaintext: string): ParsedApiKey | null {
  const match = typeof plaintext === 'string' ? KEY_PATTERN.exec(plaintext) : null;
  const [, prefix, letter] = match ?? [];
  const keyKind = letter === undefined ? undefined : KINDS_BY_LETTER[letter];
  if (prefix === undefined || keyKind === undefined) return null;
  return { prefix, keyKind };
}
