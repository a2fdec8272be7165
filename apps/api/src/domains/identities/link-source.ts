import type { Principal } from '@access/auth';
import type { LinkedBy } from '@access/contract';

export interface LinkSource {
  linkedBy: LinkedBy;
  /** When the link is made; also its created_at, so a key's link reads as synced when created. */
  linkedAt: Date;
  /** Keys link from the provider's own data, so the identity counts as synced now; a person's link does not. */
  lastSyncedAt: Date | null;
}

/** How a link is made follows the credential, never the request body. */
export function linkSourceOf(principal: Principal, now: Date = new Date()): LinkSource {
  switch (principal.kind) {
    case 'user':
      return { linkedBy: 'manual', linkedAt: now, lastSyncedAt: null };
    case 'api_key':
      return { linkedBy: principal.keyKind === 'scim' ? 'scim' : 'auto', linkedAt: now, lastSyncedAt: now };
    case 'service':
      // The policies give service tokens no tenant operation, so this is a wiring fault.
      throw new Error('A service token cannot link identities');
  }
}
