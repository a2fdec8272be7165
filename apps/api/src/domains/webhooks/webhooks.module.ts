import { Module } from '@nestjs/common';
import { WebhookEndpointsController } from './webhook-endpoints.controller';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository';
import { WebhookEndpointsService } from './webhook-endpoints.service';

/** A tenant's webhook endpoints and their deliveries (delivered by platform/jobs). */
@Module({ controllers: [WebhookEndpointsController], providers: [WebhookEndpointsService, WebhookEndpointsRepository] })
export class WebhooksModule {}
