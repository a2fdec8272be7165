import { Injectable } from '@nestjs/common';
import type { CreateRoleRequest, UpdateRoleRequest } from '@access/contract';
import { Prisma, PrismaService, violatedUniqueIndex, type Role } from '@access/db';
import { diffFields, recordAuditEvent } from '../../platform/audit/audit-recorder';
import { readKeyset, type KeysetFetch, type KeysetList } from '../../platform/pagination/keyset-query';
import { isBuiltInRole } from './built-in-roles';

const NAME_UNIQUE_INDEX = 'roles_tenant_id_name_key';

export type CreateOutcome = { role: Role } | { refused: 'name_taken' };
export type UpdateOutcome = { role: Role } | { refused: 'not_found' | 'name_taken' | 'built_in' };
export type DeleteOutcome = 'deleted' | 'not_found' | 'built_in' | 'in_use';

/** Roles, always read and written inside one tenant. */
@Injectable()
export class RolesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async create(tenantId: string, input: CreateRoleRequest): Promise<CreateOutcome> {
    try {
      const data = { tenantId, name: input.name, description: input.description ?? null };
      return await this.prisma.client.$transaction(async (tx) => {
        const role = await tx.role.create({ data });
        await recordAuditEvent(tx, { type: 'role.created', tenantId, resource: { type: 'role', id: role.id } });
        return { role };
      });
    } catch (error) {
      // The unique index decides, so two concurrent creates of one name cannot both win.
      if (violatedUniqueIndex(error) === NAME_UNIQUE_INDEX) return { refused: 'name_taken' };
      throw error;
    }
  }

  find(tenantId: string, id: string): Promise<Role | null> {
    return this.prisma.client.role.findUnique({ where: { tenantId_id: { tenantId, id } } });
  }

  /** One page of the tenant's roles (keysetQuery over (tenant_id, created_at, id)). */
  async list(tenantId: string, fetch: KeysetFetch): Promise<Role[]> {
    const list: KeysetList = {
      from: 'roles r',
      createdAt: 'r.created_at',
      id: 'r.id',
      idType: 'uuid',
      where: [Prisma.sql`r.tenant_id = ${tenantId}::uuid`],
    };
    const page = await readKeyset(this.prisma.client, list, fetch, {
      rows: (keys) => this.prisma.client.role.findMany({ where: { tenantId, id: { in: keys.map((k) => k.id) } } }),
      rowRef: (row) => row.id,
    });
    return page.map((entry) => entry.row);
  }

  /**
   * Renames a role or changes its description, in one transaction: the row is locked, so
   * whether it is built in is decided on the name it has when it is written.
   */
  async update(tenantId: string, id: string, input: UpdateRoleRequest): Promise<UpdateOutcome> {
    try {
      return await this.prisma.client.$transaction(async (tx): Promise<UpdateOutcome> => {
        const locked = await tx.$queryRaw<Array<{ name: string; description: string | null }>>`
          SELECT name, description FROM roles WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
        const current = locked[0];
        if (!current) return { refused: 'not_found' };
        if (input.name !== undefined && input.name !== current.name && isBuiltInRole(current.name)) return { refused: 'built_in' };
        const data = {
          ...(input.name === undefined ? {} : { name: input.name }),
          ...(input.description === undefined ? {} : { description: input.description }),
        };
        const role = await tx.role.update({ where: { tenantId_id: { tenantId, id } }, data });
        if (role.name !== current.name) {
          const holders = await tx.userRole.findMany({ where: { tenantId, roleId: id }, select: { userId: true } });
          await this.touchHolders(
            tx,
            tenantId,
            holders.map((h) => h.userId),
          );
        }
        const changes = diffFields(current, { name: role.name, description: role.description }, ['name', 'description']);
        await recordAuditEvent(tx, { type: 'role.updated', tenantId, resource: { type: 'role', id }, changes });
        return { role };
      });
    } catch (error) {
      if (violatedUniqueIndex(error) === NAME_UNIQUE_INDEX) return { refused: 'name_taken' };
      throw error;
    }
  }

  /**
   * Deletes a role, and with `removeFromUsers` its grants, in one transaction. The row is
   * locked FOR UPDATE first: granting the role (inserting user_roles) takes FOR KEY SHARE
   * on it, so a grant in flight is waited for and then counted by the later statement
   * (READ COMMITTED takes a fresh snapshot), and a grant that starts later waits for this
   * transaction. "In use" can therefore not miss a grant answered 200 meanwhile.
   */
  delete(tenantId: string, id: string, removeFromUsers: boolean): Promise<DeleteOutcome> {
    return this.prisma.client.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<Array<{ name: string }>>`
        SELECT name FROM roles WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
      const current = locked[0];
      if (!current) return 'not_found';
      if (isBuiltInRole(current.name)) return 'built_in';
      const holders = await tx.userRole.findMany({ where: { tenantId, roleId: id }, select: { userId: true } });
      if (!removeFromUsers && holders.length > 0) return 'in_use';
      const rolesBefore = await this.roleNamesOf(
        tx,
        tenantId,
        holders.map((h) => h.userId),
      );
      // The grants go with the role (user_roles cascades), in this same transaction.
      await tx.role.delete({ where: { tenantId_id: { tenantId, id } } });
      await recordAuditEvent(tx, { type: 'role.deleted', tenantId, resource: { type: 'role', id } });
      await this.touchHolders(tx, tenantId, [...rolesBefore.keys()]);
      // Each user who held it changed too: their roles, before and after, as an update of the user says.
      for (const [userId, before] of rolesBefore) {
        const after = before.filter((name) => name !== current.name);
        const changes = diffFields({ roles: before }, { roles: after }, ['roles']);
        await recordAuditEvent(tx, { type: 'user.updated', tenantId, resource: { type: 'user', id: userId }, changes });
      }
      return 'deleted';
    });
  }

  /**
   * A user shows the names of the roles they hold, so renaming or removing a role changes each
   * holder: their version (their ETag) and updated_at move, as any other change of the user.
   */
  private async touchHolders(tx: Prisma.TransactionClient, tenantId: string, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    await tx.$executeRaw`
      UPDATE tenant_users SET version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
      WHERE tenant_id = ${tenantId}::uuid AND id = ANY(${userIds}::uuid[])`;
  }

  /** Each user's role names, sorted (as user events show them). */
  private async roleNamesOf(tx: Prisma.TransactionClient, tenantId: string, userIds: string[]): Promise<Map<string, string[]>> {
    if (userIds.length === 0) return new Map();
    const grants = await tx.userRole.findMany({
      where: { tenantId, userId: { in: userIds } },
      select: { userId: true, role: { select: { name: true } } },
    });
    const names = new Map<string, string[]>(userIds.map((userId) => [userId, []]));
    for (const grant of grants) names.get(grant.userId)?.push(grant.role.name);
    for (const list of names.values()) list.sort();
    return names;
  }
}
