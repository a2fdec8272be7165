import type { ApiKey } from '@access/contract';
import type { ApiKey as ApiKeyRow } from '@access/db';

/** The row as the contract shows it: never the hash (the plaintext is never stored). */
export function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    prefix: row.lookupPrefix,
    name: row.name,
    kind: row.kind,
    created_by: row.createdByUserId,
    created_at: row.createdAt.toISOString(),
    last_used_at: row.lastUsedAt?.toISOString() ?? null,
    expires_at: row.expiresAt?.toISOString() ?? null,
    revoked_at: row.revokedAt?.toISOString() ?? null,
  };
}
