import { ApiException } from '@access/errors';

/** The webhooks domain's refusals, worded once. */

export const webhookEndpointNotFound = (): ApiException =>
  new ApiException('webhook_endpoint_not_found', {
    errors: [{ detail: 'is not a webhook endpoint of this tenant', pointer: '/id', location: 'path' }],
  });

export const webhookDeliveryNotFound = (): ApiException =>
  new ApiException('webhook_delivery_not_found', {
    errors: [{ detail: 'is not a delivery to this webhook endpoint', pointer: '/deliveryId', location: 'path' }],
  });

export const webhookEndpointDisabled = (): ApiException => new ApiException('webhook_endpoint_disabled');

export const webhookUrlNotAllowed = (reason: string): ApiException =>
  new ApiException('webhook_url_not_allowed', { errors: [{ detail: reason, pointer: '/url', location: 'body' }] });
