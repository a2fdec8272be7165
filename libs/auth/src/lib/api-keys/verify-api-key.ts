import { AuthError } from '../errors/auth-error';
import type { ApiKeyPrincipal } from '../principal';
import { parseApiKey } from './api-key-format';
import { apiKeyHashMatches, hashApiKey } from './api-key-hash';
import type { ApiKeyStore } from './api-key-store';
import type { LastUsedRecorder } from './last-used-recorder';

export interface VerifyApiKeyOptions {
  /** When given, a successful verification notes the key's use (not awaited). */
  readonly lastUsed?: LastUsedRecorder;
  /** Clock for expiry, for tests. */
  readonly now?: () => Date;
}

// One message for unknown, malformed and tampered keys: the caller learns nothing about which.
const INVALID = 'The API key is not valid.';

/**
 * Resolves an X-API-Key value to its principal, or rejects with AuthError `unauthenticated`
 * (malformed, unknown, wrong secret, revoked, expired).
 */
export async function verifyApiKey(
  plaintext: string | readonly string[] | undefined,
  store: Pick<ApiKeyStore, 'findByPrefix'>,
  options: VerifyApiKeyOptions = {},
): Promise<ApiKeyPrincipal> {
  // A repeated header arrives as an array: as ambiguous as a malformed key.
  if (typeof plaintext !== 'string') throw new AuthError('unauthenticated', INVALID);
  const parsed = parseApiKey(plaintext);
  if (!parsed) throw new AuthError('unauthenticated', INVALID);

  const stored = await store.findByPrefix(parsed.prefix);
  // Hash and compare even when nothing is stored, so timing does not reveal which prefixes exist.
  const matches = apiKeyHashMatches(hashApiKey(plaintext), stored?.hash ?? null);
  if (!stored || !matches || stored.prefix !== parsed.prefix || stored.keyKind !== parsed.keyKind) {
    throw new AuthError('unauthenticated', INVALID);
  }
  const now = (options.now ?? (() => new Date()))();
  if (stored.revokedAt && stored.revokedAt.getTime() <= now.getTime()) {
    throw new AuthError('unauthenticated', 'The API key has been revoked.');
  }
  if (stored.expiresAt && stored.expiresAt.getTime() <= now.getTime()) {
    throw new AuthError('unauthenticated', 'The API key has expired.');
  }

  void options.lastUsed?.record(stored);
  const principal: ApiKeyPrincipal = {
    kind: 'api_key',
    keyId: stored.id,
    tenantId: stored.tenantId.toLowerCase(),
    keyKind: stored.keyKind,
  };
  return stored.tenantSuspended === undefined ? principal : { ...principal, tenantSuspended: stored.tenantSuspended };
}
