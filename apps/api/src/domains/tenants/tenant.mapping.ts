import type { Tenant } from '@access/contract';
import type { Tenant as TenantRow } from '@access/db';

/** The row as the contract shows it: snake_case fields, RFC 3339 timestamps. */
export function toTenant(row: TenantRow): Tenant {
  return {
    id: row.id,
    name: row.name,
    status: row.suspendedAt === null ? 'active' : 'suspended',
    suspended_at: row.suspendedAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
