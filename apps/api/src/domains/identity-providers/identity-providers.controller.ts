import { IfMatch, type VersionCondition } from '../../platform/conditional/if-match';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { CreateIdentityProviderRequest, IdentityProvider, IdentityProviderList, operations } from '@access/contract';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { TenantId } from '../../platform/auth/request-auth';
import { Operation } from '../../platform/contract/operation.decorator';
import type { HeaderSink } from '../../platform/http/header-sink';
import { IdentityProvidersService } from './identity-providers.service';

type ListQuery = NonNullable<operations['listIdentityProviders']['parameters']['query']>;

/** The guards have authenticated, tenant-checked, validated and authorized every request here. */
@Controller('v1/identity-providers')
export class IdentityProvidersController {
  constructor(private readonly service: IdentityProvidersService) {}

  @Post()
  @Operation('createIdentityProvider')
  @Authorize({ action: 'createIdentityProvider', resource: { type: 'Tenant' } })
  async create(
    @TenantId() tenantId: string,
    @Body() body: CreateIdentityProviderRequest,
    @Res({ passthrough: true }) reply: HeaderSink,
  ): Promise<IdentityProvider> {
    const created = await this.service.create(tenantId, body);
    reply.header('location', `/v1/identity-providers/${created.id}`);
    return created;
  }

  @Get()
  @Operation('listIdentityProviders')
  @Authorize({ action: 'listIdentityProviders', resource: { type: 'Tenant' } })
  list(@TenantId() tenantId: string, @Query() query: ListQuery): Promise<IdentityProviderList> {
    return this.service.list(tenantId, query);
  }

  @Get(':id')
  @Operation('getIdentityProvider')
  @Authorize({ action: 'getIdentityProvider', resource: { type: 'IdentityProvider', idParam: 'id' } })
  get(@TenantId() tenantId: string, @Param('id') id: string): Promise<IdentityProvider> {
    return this.service.get(tenantId, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('deleteIdentityProvider')
  @Authorize({ action: 'deleteIdentityProvider', resource: { type: 'IdentityProvider', idParam: 'id' } })
  remove(@TenantId() tenantId: string, @Param('id') id: string, @IfMatch() condition: VersionCondition | undefined): Promise<void> {
    return this.service.delete(tenantId, id, condition);
  }
}
