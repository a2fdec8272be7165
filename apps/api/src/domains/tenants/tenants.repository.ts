import { Injectable } from '@nestjs/common';
import { PrismaService, type ApiKey, type Tenant, type TenantUser } from '@access/db';
import { diffFields, recordAuditEvent } from '../../platform/audit/audit-recorder';
import { readKeyset, type KeysetFetch, type KeysetList } from '../../platform/pagination/keyset-query';
import { apiKeyRow, type NewApiKey } from '../api-keys/api-keys.repository';
import { BUILT_IN_ROLES } from '../roles/built-in-roles';

export interface NewTenant {
  name: string;
  owner: { email: string; name: string };
  apiKeys: NewApiKey[];
}

export interface CreatedTenantRows {
  tenant: Tenant;
  owner: TenantUser;
  apiKeys: ApiKey[];
}

export type DeleteOutcome = 'deleted' | 'not_found' | 'has_users';

/** Tenants, as operators administer them: the one repository that is not confined to a tenant. */
@Injectable()
export class TenantsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** A tenant with its built-in roles, its owner (holding admin) and its first keys, in one transaction. */
  create(input: NewTenant): Promise<CreatedTenantRows> {
    return this.prisma.client.$transaction(async (tx) => {
      const tenant = await tx.tenant.create({ data: { name: input.name } });
      await tx.role.createMany({ data: BUILT_IN_ROLES.map((role) => ({ ...role, tenantId: tenant.id })) });
      const admin = await tx.role.findUniqueOrThrow({ where: { tenantId_name: { tenantId: tenant.id, name: 'admin' } } });
      const owner = await tx.tenantUser.create({
        data: { tenantId: tenant.id, email: input.owner.email, name: input.owner.name, authProvider: 'local', isOwner: true },
      });
      await tx.userRole.create({ data: { tenantId: tenant.id, userId: owner.id, roleId: admin.id } });
      const apiKeys = await tx.apiKey.createManyAndReturn({ data: input.apiKeys.map((key) => apiKeyRow(tenant.id, key)) });
      const tenantId = tenant.id;
      await recordAuditEvent(tx, { type: 'tenant.created', tenantId, resource: { type: 'tenant', id: tenantId } });
      await recordAuditEvent(tx, { type: 'user.created', tenantId, resource: { type: 'user', id: owner.id } });
      for (const key of apiKeys)
        await recordAuditEvent(tx, { type: 'api_key.created', tenantId, resource: { type: 'api_key', id: key.id } });
      return { tenant, owner, apiKeys };
    });
  }

  find(id: string): Promise<Tenant | null> {
    return this.prisma.client.tenant.findUnique({ where: { id } });
  }

  /** One page of every tenant (keysetQuery over (created_at, id)). */
  async list(fetch: KeysetFetch): Promise<Tenant[]> {
    const list: KeysetList = { from: 'tenants t', createdAt: 't.created_at', id: 't.id', idType: 'uuid', where: [] };
    const page = await readKeyset(this.prisma.client, list, fetch, {
      rows: (keys) => this.prisma.client.tenant.findMany({ where: { id: { in: keys.map((k) => k.id) } } }),
      rowRef: (row) => row.id,
    });
    return page.map((entry) => entry.row);
  }

  /** Renames a tenant; null when there is none. One transaction, which an audit record can join. */
  rename(id: string, name: string): Promise<Tenant | null> {
    return this.prisma.client.$transaction(async (tx) => {
      const before = await tx.$queryRaw<Array<{ name: string }>>`SELECT name FROM tenants WHERE id = ${id}::uuid FOR UPDATE`;
      if (!before[0]) return null;
      const renamed = await tx.tenant.update({ where: { id }, data: { name } });
      const changes = diffFields(before[0], { name: renamed.name }, ['name']);
      if (changes.length > 0)
        await recordAuditEvent(tx, { type: 'tenant.updated', tenantId: id, resource: { type: 'tenant', id }, changes });
      return renamed;
    });
  }

  /**
   * Suspends (keeping the first suspension time) or reactivates a tenant; null when there is
   * none. Credentials read the state on every request, so it applies from the next one on.
   */
  setSuspended(id: string, suspended: boolean): Promise<Tenant | null> {
    return this.prisma.client.$transaction(async (tx) => {
      const before = await tx.$queryRaw<Array<{ suspended: boolean }>>`
        SELECT suspended_at IS NOT NULL AS suspended FROM tenants WHERE id = ${id}::uuid FOR UPDATE`;
      const rows = await tx.$queryRaw<Array<{ id: string }>>`
        UPDATE tenants
        SET suspended_at = CASE WHEN ${suspended} THEN COALESCE(suspended_at, now()) ELSE NULL END,
            updated_at = CASE WHEN (suspended_at IS NULL) = ${suspended} THEN now() ELSE updated_at END
        WHERE id = ${id}::uuid
        RETURNING id`;
      if (rows.length === 0) return null;
      // Suspending a suspended tenant (or reactivating an active one) changes nothing and records nothing.
      if (before[0]?.suspended !== suspended) {
        const type = suspended ? 'tenant.suspended' : 'tenant.reactivated';
        await recordAuditEvent(tx, { type, tenantId: id, resource: { type: 'tenant', id } });
      }
      return tx.tenant.findUnique({ where: { id } });
    });
  }

  /**
   * Deletes a tenant and every row of it (the schema cascades) in one transaction, unless it
   * has users besides its owner and `withUsers` is not set. The tenant row is locked first:
   * adding a user takes FOR KEY SHARE on it (the foreign key), so a user added meanwhile is
   * waited for and counted, and one added later fails its foreign key.
   */
  delete(id: string, withUsers: boolean): Promise<DeleteOutcome> {
    return this.prisma.client.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM tenants WHERE id = ${id}::uuid FOR UPDATE`;
      if (locked.length === 0) return 'not_found';
      if (!withUsers) {
        const user = await tx.tenantUser.findFirst({ where: { tenantId: id, isOwner: false }, select: { id: true } });
        if (user) return 'has_users';
      }
      await tx.tenant.delete({ where: { id } });
      // Recorded outside the tenant: its own events are deleted with it (the schema cascades).
      await recordAuditEvent(tx, { type: 'tenant.deleted', tenantId: null, resource: { type: 'tenant', id } });
      return 'deleted';
    });
  }
}
