import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { components, PageQuery } from '@access/contract';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { TenantId } from '../../platform/auth/request-auth';
import { Operation } from '../../platform/contract/operation.decorator';
import type { HeaderSink } from '../../platform/http/header-sink';
import { WebhookEndpointsService } from './webhook-endpoints.service';

type Schemas = components['schemas'];

/** The guards have authenticated, tenant-checked, validated and authorized every request here. */
@Controller('v1/webhook-endpoints')
export class WebhookEndpointsController {
  constructor(private readonly service: WebhookEndpointsService) {}

  @Post()
  @Operation('createWebhookEndpoint')
  @Authorize({ action: 'createWebhookEndpoint', resource: { type: 'Tenant' } })
  async create(
    @TenantId() tenantId: string,
    @Body() body: Schemas['CreateWebhookEndpointRequest'],
    @Res({ passthrough: true }) reply: HeaderSink,
  ): Promise<Schemas['CreatedWebhookEndpoint']> {
    const created = await this.service.create(tenantId, body);
    reply.header('location', `/v1/webhook-endpoints/${created.id}`);
    return created;
  }

  @Get()
  @Operation('listWebhookEndpoints')
  @Authorize({ action: 'listWebhookEndpoints', resource: { type: 'Tenant' } })
  list(@TenantId() tenantId: string, @Query() query: PageQuery): Promise<Schemas['WebhookEndpointList']> {
    return this.service.list(tenantId, query);
  }

  @Get(':id')
  @Operation('getWebhookEndpoint')
  @Authorize({ action: 'getWebhookEndpoint', resource: { type: 'Tenant' } })
  get(@TenantId() tenantId: string, @Param('id') id: string): Promise<Schemas['WebhookEndpoint']> {
    return this.service.get(tenantId, id);
  }

  @Patch(':id')
  @Operation('updateWebhookEndpoint')
  @Authorize({ action: 'updateWebhookEndpoint', resource: { type: 'Tenant' } })
  update(
    @TenantId() tenantId: string,
    @Param('id') id: string,
    @Body() body: Schemas['UpdateWebhookEndpointRequest'],
  ): Promise<Schemas['WebhookEndpoint']> {
    return this.service.update(tenantId, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('deleteWebhookEndpoint')
  @Authorize({ action: 'deleteWebhookEndpoint', resource: { type: 'Tenant' } })
  remove(@TenantId() tenantId: string, @Param('id') id: string): Promise<void> {
    return this.service.delete(tenantId, id);
  }

  @Get(':id/deliveries')
  @Operation('listWebhookDeliveries')
  @Authorize({ action: 'listWebhookDeliveries', resource: { type: 'Tenant' } })
  deliveries(@TenantId() tenantId: string, @Param('id') id: string, @Query() query: PageQuery): Promise<Schemas['WebhookDeliveryList']> {
    return this.service.deliveries(tenantId, id, query);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @Operation('redeliverWebhookDelivery')
  @Authorize({ action: 'redeliverWebhookDelivery', resource: { type: 'Tenant' } })
  redeliver(
    @TenantId() tenantId: string,
    @Param('id') id: string,
    @Param('deliveryId') deliveryId: string,
  ): Promise<Schemas['WebhookDelivery']> {
    return this.service.redeliver(tenantId, id, deliveryId);
  }
}
