import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { CreateUserRequest, UpdateUserRequest, User, UserList } from '@access/contract';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { TenantId } from '../../platform/auth/request-auth';
import { IfMatch, type VersionCondition } from '../../platform/conditional/if-match';
import { BodyRules } from '../../platform/contract/body-rules';
import { Operation } from '../../platform/contract/operation.decorator';
import type { HeaderSink } from '../../platform/http/header-sink';
import { avatarIsAnImage, passwordFollowsAuthProvider } from './user-rules';
import { UsersService, type ListUsersQuery } from './users.service';

/** The guards have authenticated, tenant-checked, validated and authorized every request here. */
@Controller('v1/users')
export class UsersController {
  constructor(private readonly service: UsersService) {}

  @Post()
  @Operation('createUser')
  @Authorize({ action: 'createUser', resource: { type: 'Tenant' }, context: { requestedRoles: 'roles' } })
  @BodyRules(passwordFollowsAuthProvider, avatarIsAnImage)
  async create(
    @TenantId() tenantId: string,
    @Body() body: CreateUserRequest,
    @Res({ passthrough: true }) reply: HeaderSink,
  ): Promise<User> {
    const user = await this.service.create(tenantId, body);
    reply.header('location', `/v1/users/${user.id}`);
    return user;
  }

  @Get()
  @Operation('listUsers')
  @Authorize({ action: 'listUsers', resource: { type: 'Tenant' } })
  list(@TenantId() tenantId: string, @Query() query: ListUsersQuery): Promise<UserList> {
    return this.service.list(tenantId, query);
  }

  @Get(':id')
  @Operation('getUser')
  @Authorize({ action: 'getUser', resource: { type: 'User', idParam: 'id' } })
  get(@TenantId() tenantId: string, @Param('id') id: string): Promise<User> {
    return this.service.get(tenantId, id);
  }

  @Patch(':id')
  @Operation('updateUser')
  @Authorize({ action: 'updateUser', resource: { type: 'User', idParam: 'id' }, context: { requestedRoles: 'roles' } })
  @BodyRules(avatarIsAnImage)
  update(
    @TenantId() tenantId: string,
    @Param('id') id: string,
    @Body() body: UpdateUserRequest,
    @IfMatch() condition: VersionCondition | undefined,
  ): Promise<User> {
    return this.service.update(tenantId, id, body, condition);
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('deleteUser')
  @Authorize({ action: 'deleteUser', resource: { type: 'User', idParam: 'id' } })
  remove(@TenantId() tenantId: string, @Param('id') id: string, @IfMatch() condition: VersionCondition | undefined): Promise<void> {
    return this.service.delete(tenantId, id, condition);
  }
}
