import type { IdentityProvider } from '@access/contract';
import type { IdentityProvider as IdentityProviderRow } from '@access/db';
import { versioned } from '../../platform/conditional/versioned';

/** The row as the contract shows it: snake_case fields, RFC 3339 timestamps; marked with its version (its ETag). */
export function toIdentityProvider(row: IdentityProviderRow): IdentityProvider {
  return versioned(
    {
      id: row.id,
      name: row.name,
      type: row.type,
      created_at: row.createdAt.toISOString(),
      updated_at: row.updatedAt.toISOString(),
    },
    row.version,
  );
}
