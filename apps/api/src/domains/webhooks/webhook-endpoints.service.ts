import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { components } from '@access/contract';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { CursorCodec } from '../../platform/pagination/cursor-codec';
import { keysetPage, type PageQuery } from '../../platform/pagination/keyset-page';
import { checkWebhookUrl } from '../../platform/webhooks/url-safety';
import { toCreatedWebhookEndpoint, toWebhookDelivery, toWebhookEndpoint } from './webhook.mapping';
import { webhookDeliveryNotFound, webhookEndpointDisabled, webhookEndpointNotFound, webhookUrlNotAllowed } from './webhooks.errors';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository';

type Schemas = components['schemas'];

/** A Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64. */
function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

@Injectable()
export class WebhookEndpointsService {
  constructor(
    private readonly repository: WebhookEndpointsRepository,
    private readonly cursors: CursorCodec,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(tenantId: string, body: Schemas['CreateWebhookEndpointRequest']): Promise<Schemas['CreatedWebhookEndpoint']> {
    await this.assertUrlAllowed(body.url);
    const created = await this.repository.create(tenantId, {
      url: body.url,
      eventTypes: body.event_types,
      enabled: body.enabled ?? true,
      description: body.description ?? null,
      secret: newSigningSecret(),
    });
    return toCreatedWebhookEndpoint(created);
  }

  async list(tenantId: string, query: PageQuery): Promise<Schemas['WebhookEndpointList']> {
    const page = await keysetPage(this.cursors, `webhook-endpoints:${tenantId}`, query, (fetch) => this.repository.list(tenantId, fetch));
    return { data: page.data.map(toWebhookEndpoint), pagination: page.pagination };
  }

  async get(tenantId: string, id: string): Promise<Schemas['WebhookEndpoint']> {
    const row = await this.repository.find(tenantId, id);
    if (!row) throw webhookEndpointNotFound();
    return toWebhookEndpoint(row);
  }

  async update(tenantId: string, id: string, body: Schemas['UpdateWebhookEndpointRequest']): Promise<Schemas['WebhookEndpoint']> {
    if (body.url !== undefined) await this.assertUrlAllowed(body.url);
    const row = await this.repository.update(tenantId, id, {
      url: body.url,
      eventTypes: body.event_types,
      enabled: body.enabled,
      description: body.description,
    });
    if (!row) throw webhookEndpointNotFound();
    return toWebhookEndpoint(row);
  }

  async delete(tenantId: string, id: string): Promise<void> {
    if (!(await this.repository.delete(tenantId, id))) throw webhookEndpointNotFound();
  }

  async deliveries(tenantId: string, id: string, query: PageQuery): Promise<Schemas['WebhookDeliveryList']> {
    if (!(await this.repository.find(tenantId, id))) throw webhookEndpointNotFound();
    const page = await keysetPage(this.cursors, `webhook-deliveries:${tenantId}:${id}`, query, (fetch) =>
      this.repository.deliveries(tenantId, id, fetch),
    );
    return { data: page.data.map(toWebhookDelivery), pagination: page.pagination };
  }

  async redeliver(tenantId: string, id: string, deliveryId: string): Promise<Schemas['WebhookDelivery']> {
    const outcome = await this.repository.redeliver(tenantId, id, deliveryId);
    if ('delivery' in outcome) return toWebhookDelivery(outcome.delivery);
    switch (outcome.refused) {
      case 'endpoint_not_found':
        throw webhookEndpointNotFound();
      case 'delivery_not_found':
        throw webhookDeliveryNotFound();
      case 'disabled':
        throw webhookEndpointDisabled();
    }
  }

  private async assertUrlAllowed(url: string): Promise<void> {
    const verdict = await checkWebhookUrl(url, this.config.webhooks.allowPrivateUrls);
    if (!verdict.allowed) throw webhookUrlNotAllowed(verdict.reason);
  }
}
