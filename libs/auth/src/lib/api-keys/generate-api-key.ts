import type { ApiKeyKind } from '../principal';
import { apiKeyPrefix, formatApiKey, randomLookup, randomSecret } from './api-key-format';
import { hashApiKey } from './api-key-hash';

export interface GeneratedApiKey {
  /** Shown to the caller once, never stored or logged. */
  readonly plaintext: string;
  /** Non-secret, unique, stored and displayable (e.g. `ak_i_k7mq2xw4bd9t`). */
  readonly prefix: string;
  /** What the store keeps instead of the key (hex SHA-256). */
  readonly hash: string;
}

export function generateApiKey(kind: ApiKeyKind): GeneratedApiKey {
  if (kind !== 'integration' && kind !== 'scim') throw new TypeError(`Unknown API key kind: ${String(kind)}`);
  const prefix = apiKeyPrefix(kind, randomLookup());
  const plaintext = formatApiKey(prefix, randomSecret());
  return { plaintext, prefix, hash: hashApiKey(plaintext) };
}
