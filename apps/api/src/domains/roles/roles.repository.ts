import { Injectable } from '@nestjs/common';
import type { CreateRoleRequest, UpdateRoleRequest } from '@access/contract';
import { Prisma, PrismaService, violatedUniqueIndex, type Role } from '@access/db';
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
      return { role: await this.prisma.client.role.create({ data }) };
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
        const locked = await tx.$queryRaw<Array<{ name: string }>>`
          SELECT name FROM roles WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
        const current = locked[0];
        if (!current) return { refused: 'not_found' };
        if (input.name !== undefined && input.name !== current.name && isBuiltInRole(current.name)) return { refused: 'built_in' };
        const data = {
          ...(input.name === undefined ? {} : { name: input.name }),
          ...(input.description === undefined ? {} : { description: input.description }),
        };
        return { role: await tx.role.update({ where: { tenantId_id: { tenantId, id } }, data }) };
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
      if (!removeFromUsers) {
        const held = await tx.userRole.findFirst({ where: { tenantId, roleId: id }, select: { userId: true } });
        if (held) return 'in_use';
      }
      // The grants go with the role (user_roles cascades), in this same transaction.
      await tx.role.delete({ where: { tenantId_id: { tenantId, id } } });
      return 'deleted';
    });
  }
}
