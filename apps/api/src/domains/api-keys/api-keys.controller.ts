import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { ApiKey, ApiKeyList, CreateApiKeyRequest, CreatedApiKey, operations } from '@access/contract';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { CurrentAuth, TenantId, type RequestAuth } from '../../platform/auth/request-auth';
import { Operation } from '../../platform/contract/operation.decorator';
import type { HeaderSink } from '../../platform/http/header-sink';
import { ApiKeysService } from './api-keys.service';

type ListQuery = NonNullable<operations['listApiKeys']['parameters']['query']>;

/**
 * The guards have authenticated, tenant-checked, validated and authorized every request here;
 * an API key never gets this far (policy keys-never-manage-access).
 */
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(private readonly service: ApiKeysService) {}

  @Post()
  @Operation('createApiKey')
  @Authorize({ action: 'createApiKey', resource: { type: 'Tenant' } })
  async create(
    @TenantId() tenantId: string,
    @CurrentAuth() auth: RequestAuth,
    @Body() body: CreateApiKeyRequest,
    @Res({ passthrough: true }) reply: HeaderSink,
  ): Promise<CreatedApiKey> {
    const creator = auth.principal.kind === 'user' ? auth.principal.subject : null;
    const created = await this.service.create(tenantId, body, creator);
    reply.header('location', `/v1/api-keys/${created.api_key.id}`);
    return created;
  }

  @Get()
  @Operation('listApiKeys')
  @Authorize({ action: 'listApiKeys', resource: { type: 'Tenant' } })
  list(@TenantId() tenantId: string, @Query() query: ListQuery): Promise<ApiKeyList> {
    return this.service.list(tenantId, query);
  }

  @Get(':id')
  @Operation('getApiKey')
  @Authorize({ action: 'getApiKey', resource: { type: 'ApiKeyRecord', idParam: 'id' } })
  get(@TenantId() tenantId: string, @Param('id') id: string): Promise<ApiKey> {
    return this.service.get(tenantId, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('revokeApiKey')
  @Authorize({ action: 'revokeApiKey', resource: { type: 'ApiKeyRecord', idParam: 'id' } })
  revoke(@TenantId() tenantId: string, @Param('id') id: string): Promise<void> {
    return this.service.revoke(tenantId, id);
  }
}
