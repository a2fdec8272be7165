import type { User } from '@access/contract';
import { versioned } from '../../platform/conditional/versioned';
import type { UserRecord } from './users.repository';

/**
 * The row as the contract shows it: snake_case, RFC 3339 timestamps, role names sorted; never a
 * password hash. Marked with the row version, which a single-user answer carries as its ETag.
 */
export function toUser(row: UserRecord): User {
  return versioned(
    {
      id: row.id,
      tenant_id: row.tenantId,
      email: row.email,
      name: row.name,
      roles: row.userRoles.map((ur) => ur.role.name).sort(),
      auth_provider: row.authProvider,
      is_owner: row.isOwner,
      avatar: row.avatar,
      created_at: row.createdAt.toISOString(),
      updated_at: row.updatedAt.toISOString(),
    },
    row.version,
  );
}
