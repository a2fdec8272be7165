import type { Identity } from '@access/contract';
import { versioned } from '../../platform/conditional/versioned';
import type { Identity as IdentityRow, IdentityProvider } from '@access/db';

export type IdentityWithProvider = IdentityRow & { identityProvider: Pick<IdentityProvider, 'name' | 'type'> };

/** The row as the contract shows it (marked with its version: its ETag); provider name and type come from the provider row. */
export function toIdentity(row: IdentityWithProvider): Identity {
  return versioned(
    {
      id: row.id,
      user_id: row.userId,
      identity_provider_id: row.identityProviderId,
      provider_name: row.identityProvider.name,
      provider_type: row.identityProvider.type,
      external_id: row.externalId,
      external_username: row.externalUsername,
      external_email: row.externalEmail,
      external_display_name: row.externalDisplayName,
      linked_by: row.linkedBy,
      last_synced_at: row.lastSyncedAt?.toISOString() ?? null,
      created_at: row.createdAt.toISOString(),
      updated_at: row.updatedAt.toISOString(),
    },
    row.version,
  );
}
