import { IfMatch, type VersionCondition } from '../../platform/conditional/if-match';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { CreateIdentityRequest, Identity, IdentityList, operations } from '@access/contract';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { CurrentAuth, TenantId, type RequestAuth } from '../../platform/auth/request-auth';
import { Operation } from '../../platform/contract/operation.decorator';
import type { HeaderSink } from '../../platform/http/header-sink';
import { IdentitiesService } from './identities.service';

type ListQuery = NonNullable<operations['listUserIdentities']['parameters']['query']>;

/** The guards have authenticated, tenant-checked, validated and authorized every request here. */
@Controller('v1/users/:id/identities')
export class IdentitiesController {
  constructor(private readonly service: IdentitiesService) {}

  @Post()
  @Operation('createUserIdentity')
  @Authorize({ action: 'createUserIdentity', resource: { type: 'User', idParam: 'id' } })
  async create(
    @TenantId() tenantId: string,
    @CurrentAuth() auth: RequestAuth,
    @Param('id') userId: string,
    @Body() body: CreateIdentityRequest,
    @Res({ passthrough: true }) reply: HeaderSink,
  ): Promise<Identity> {
    const identity = await this.service.link(tenantId, userId, body, auth.principal);
    reply.header('location', `/v1/users/${identity.user_id}/identities/${identity.id}`);
    return identity;
  }

  @Get()
  @Operation('listUserIdentities')
  @Authorize({ action: 'listUserIdentities', resource: { type: 'User', idParam: 'id' } })
  list(@TenantId() tenantId: string, @Param('id') userId: string, @Query() query: ListQuery): Promise<IdentityList> {
    return this.service.list(tenantId, userId, query);
  }

  @Delete(':identityId')
  @HttpCode(204)
  @Operation('deleteUserIdentity')
  @Authorize({ action: 'deleteUserIdentity', resource: { type: 'Identity', idParam: 'identityId' } })
  remove(
    @TenantId() tenantId: string,
    @Param('id') userId: string,
    @Param('identityId') identityId: string,
    @IfMatch() condition: VersionCondition | undefined,
  ): Promise<void> {
    return this.service.unlink(tenantId, userId, identityId, condition);
  }
}
