import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { CreatedTenant, CreateTenantRequest, operations, Tenant, TenantList, UpdateTenantRequest } from '@access/contract';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { Operation } from '../../platform/contract/operation.decorator';
import type { HeaderSink } from '../../platform/http/header-sink';
import { TenantsService } from './tenants.service';

type ListQuery = NonNullable<operations['listTenants']['parameters']['query']>;
type DeleteQuery = NonNullable<operations['deleteTenant']['parameters']['query']>;

/** Tenants for the operator's service tokens (scopes tenants:read, tenants:write, decided by Cedar). */
@Controller('v1/tenants')
export class TenantsController {
  constructor(private readonly service: TenantsService) {}

  @Post()
  @HttpCode(201)
  @Operation('createTenant')
  @Authorize({ action: 'createTenant', resource: { type: 'TenantDirectory' } })
  async create(@Body() body: CreateTenantRequest, @Res({ passthrough: true }) reply: HeaderSink): Promise<CreatedTenant> {
    const created = await this.service.create(body);
    reply.header('location', `/v1/tenants/${created.tenant.id}`);
    return created;
  }

  @Get()
  @Operation('listTenants')
  @Authorize({ action: 'listTenants', resource: { type: 'TenantDirectory' } })
  list(@Query() query: ListQuery): Promise<TenantList> {
    return this.service.list(query);
  }

  @Get(':id')
  @Operation('getTenant')
  @Authorize({ action: 'getTenant', resource: { type: 'TenantDirectory' } })
  get(@Param('id') id: string): Promise<Tenant> {
    return this.service.get(id);
  }

  @Patch(':id')
  @Operation('updateTenant')
  @Authorize({ action: 'updateTenant', resource: { type: 'TenantDirectory' } })
  update(@Param('id') id: string, @Body() body: UpdateTenantRequest): Promise<Tenant> {
    return this.service.rename(id, body.name);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @Operation('suspendTenant')
  @Authorize({ action: 'suspendTenant', resource: { type: 'TenantDirectory' } })
  suspend(@Param('id') id: string): Promise<Tenant> {
    return this.service.setSuspended(id, true);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @Operation('reactivateTenant')
  @Authorize({ action: 'reactivateTenant', resource: { type: 'TenantDirectory' } })
  reactivate(@Param('id') id: string): Promise<Tenant> {
    return this.service.setSuspended(id, false);
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('deleteTenant')
  @Authorize({ action: 'deleteTenant', resource: { type: 'TenantDirectory' } })
  remove(@Param('id') id: string, @Query() query: DeleteQuery): Promise<void> {
    return this.service.delete(id, query.with_users === 'true');
  }
}
