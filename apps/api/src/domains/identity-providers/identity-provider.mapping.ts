import type { IdentityProvider } from '@access/contract';
import type { IdentityProvider as IdentityProviderRow } from '@access/db';

/** The row as the contract shows it: snake_case fields, RFC 3339 timestamps. */
export function toIdentityProvider(row: IdentityProviderRow): IdentityProvider {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
