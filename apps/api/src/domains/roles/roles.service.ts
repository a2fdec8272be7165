import { Injectable } from '@nestjs/common';
import type { CreateRoleRequest, Role, RoleList, UpdateRoleRequest } from '@access/contract';
import { CursorCodec } from '../../platform/pagination/cursor-codec';
import { keysetPage, type PageQuery } from '../../platform/pagination/keyset-page';
import { toRole } from './role.mapping';
import { roleExists, roleInUse, roleNotFound, roleProtected } from './roles.errors';
import { RolesRepository } from './roles.repository';

@Injectable()
export class RolesService {
  constructor(
    private readonly repository: RolesRepository,
    private readonly cursors: CursorCodec,
  ) {}

  async create(tenantId: string, input: CreateRoleRequest): Promise<Role> {
    const created = await this.repository.create(tenantId, input);
    if ('refused' in created) throw roleExists();
    return toRole(created.role);
  }

  async get(tenantId: string, id: string): Promise<Role> {
    const row = await this.repository.find(tenantId, id);
    if (!row) throw roleNotFound();
    return toRole(row);
  }

  async list(tenantId: string, query: PageQuery): Promise<RoleList> {
    // The scope binds cursors to this list of this tenant.
    const page = await keysetPage(this.cursors, `roles:${tenantId}`, query, (fetch) => this.repository.list(tenantId, fetch));
    return { data: page.data.map(toRole), pagination: page.pagination };
  }

  async update(tenantId: string, id: string, input: UpdateRoleRequest): Promise<Role> {
    const outcome = await this.repository.update(tenantId, id, input);
    if ('role' in outcome) return toRole(outcome.role);
    switch (outcome.refused) {
      case 'not_found':
        throw roleNotFound();
      case 'name_taken':
        throw roleExists();
      case 'built_in':
        throw roleProtected();
    }
  }

  async delete(tenantId: string, id: string, removeFromUsers: boolean): Promise<void> {
    const outcome = await this.repository.delete(tenantId, id, removeFromUsers);
    if (outcome === 'not_found') throw roleNotFound();
    if (outcome === 'built_in') throw roleProtected();
    if (outcome === 'in_use') throw roleInUse();
  }
}
