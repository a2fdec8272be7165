import { Prisma } from '@access/db';
import type { KeysetFetch } from '../../platform/pagination/keyset-page';

export interface UserFilters {
  /** Exact email, compared case-insensitively (citext). */
  email?: string;
  /** Name of a role the users must hold. */
  role?: string;
}

/**
 * The ids of one page of a tenant's users, in list order for forward reads and reverse
 * order for backward reads. The cursor is a row-value predicate, `(created_at, id) >
 * (…)`, which PostgreSQL turns into one Index Cond on (tenant_id, created_at, id): a
 * deep page is a range scan starting at the cursor, as cheap as the first page.
 * (Prisma's `created_at > … OR (created_at = … AND id > …)` form is only a filter.)
 */
export function userPageQuery(tenantId: string, filters: UserFilters, { from, direction, take }: KeysetFetch): Prisma.Sql {
  const forward = direction === 'forward';
  const conditions = [Prisma.sql`u.tenant_id = ${tenantId}::uuid`];
  if (filters.email !== undefined) conditions.push(Prisma.sql`u.email = ${filters.email}::citext`);
  if (filters.role !== undefined) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM user_roles ur JOIN roles r ON r.tenant_id = ur.tenant_id AND r.id = ur.role_id
      WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id AND r.name = ${filters.role})`);
  }
  if (from) {
    const position = Prisma.sql`(${from.createdAt.toISOString()}::timestamptz, ${from.id}::uuid)`;
    conditions.push(forward ? Prisma.sql`(u.created_at, u.id) > ${position}` : Prisma.sql`(u.created_at, u.id) < ${position}`);
  }
  const order = Prisma.raw(forward ? 'ASC' : 'DESC');
  return Prisma.sql`SELECT u.id, u.created_at FROM tenant_users u
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY u.created_at ${order}, u.id ${order}
    LIMIT ${take}::int`;
}
