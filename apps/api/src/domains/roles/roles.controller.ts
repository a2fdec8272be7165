import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { CreateRoleRequest, operations, Role, RoleList, UpdateRoleRequest } from '@access/contract';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { TenantId } from '../../platform/auth/request-auth';
import { Operation } from '../../platform/contract/operation.decorator';
import type { HeaderSink } from '../../platform/http/header-sink';
import { RolesService } from './roles.service';

type ListQuery = NonNullable<operations['listRoles']['parameters']['query']>;
type DeleteQuery = NonNullable<operations['deleteRole']['parameters']['query']>;

/** The guards have authenticated, tenant-checked, validated and authorized every request here. */
@Controller('v1/roles')
export class RolesController {
  constructor(private readonly service: RolesService) {}

  @Post()
  @Operation('createRole')
  @Authorize({ action: 'createRole', resource: { type: 'Tenant' } })
  async create(
    @TenantId() tenantId: string,
    @Body() body: CreateRoleRequest,
    @Res({ passthrough: true }) reply: HeaderSink,
  ): Promise<Role> {
    const created = await this.service.create(tenantId, body);
    reply.header('location', `/v1/roles/${created.id}`);
    return created;
  }

  @Get()
  @Operation('listRoles')
  @Authorize({ action: 'listRoles', resource: { type: 'Tenant' } })
  list(@TenantId() tenantId: string, @Query() query: ListQuery): Promise<RoleList> {
    return this.service.list(tenantId, query);
  }

  @Get(':id')
  @Operation('getRole')
  @Authorize({ action: 'getRole', resource: { type: 'Role', idParam: 'id' } })
  get(@TenantId() tenantId: string, @Param('id') id: string): Promise<Role> {
    return this.service.get(tenantId, id);
  }

  @Patch(':id')
  @Operation('updateRole')
  @Authorize({ action: 'updateRole', resource: { type: 'Role', idParam: 'id' } })
  update(@TenantId() tenantId: string, @Param('id') id: string, @Body() body: UpdateRoleRequest): Promise<Role> {
    return this.service.update(tenantId, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('deleteRole')
  @Authorize({ action: 'deleteRole', resource: { type: 'Role', idParam: 'id' } })
  remove(@TenantId() tenantId: string, @Param('id') id: string, @Query() query: DeleteQuery): Promise<void> {
    return this.service.delete(tenantId, id, query.remove_from_users === 'true');
  }
}
