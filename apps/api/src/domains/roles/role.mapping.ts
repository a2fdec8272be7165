import type { Role } from '@access/contract';
import type { Role as RoleRow } from '@access/db';
import { isBuiltInRole } from './built-in-roles';

/** The row as the contract shows it: snake_case fields, RFC 3339 timestamps. */
export function toRole(row: RoleRow): Role {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    built_in: isBuiltInRole(row.name),
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
