import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { CreateUserRequest, UpdateUserRequest, User, UserList } from '@access/contract';
import { TenantId } from '../auth/request-auth';
import { Operation } from '../contract/operation.decorator';
import type { HeaderSink } from '../http/header-sink';
import { UsersService, type ListUsersQuery } from './users.service';

/** The guards have authenticated, tenant-checked, validated and authorized every request here. */
@Controller('v1/users')
export class UsersController {
  constructor(private readonly service: UsersService) {}

  @Post()
  @Operation('createUser')
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
  list(@TenantId() tenantId: string, @Query() query: ListUsersQuery): Promise<UserList> {
    return this.service.list(tenantId, query);
  }

  @Get(':id')
  @Operation('getUser')
  get(@TenantId() tenantId: string, @Param('id') id: string): Promise<User> {
    return this.service.get(tenantId, id);
  }

  @Patch(':id')
  @Operation('updateUser')
  update(@TenantId() tenantId: string, @Param('id') id: string, @Body() body: UpdateUserRequest): Promise<User> {
    return this.service.update(tenantId, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('deleteUser')
  remove(@TenantId() tenantId: string, @Param('id') id: string): Promise<void> {
    return this.service.delete(tenantId, id);
  }
}
