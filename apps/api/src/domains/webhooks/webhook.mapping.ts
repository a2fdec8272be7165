import type { components } from '@access/contract';
import type { WebhookAttempt, WebhookDelivery, WebhookEndpoint as WebhookEndpointRow } from '@access/db';

type Schemas = components['schemas'];

/** A delivery as its answers show it: its own fields, its event's type and its attempts, oldest first. */
export type DeliveryWithAttempts = Pick<WebhookDelivery, 'id' | 'endpointId' | 'eventId' | 'status' | 'nextAttemptAt' | 'createdAt'> & {
  attemptsMade: Array<Pick<WebhookAttempt, 'createdAt' | 'responseStatus' | 'error' | 'durationMs'>>;
  eventType: string;
};

/** The row as the contract shows it: never the secret. */
export function toWebhookEndpoint(row: WebhookEndpointRow): Schemas['WebhookEndpoint'] {
  return {
    id: row.id,
    url: row.url,
    event_types: row.eventTypes as Schemas['WebhookEndpoint']['event_types'],
    enabled: row.enabled,
    description: row.description,
    disabled_reason: row.disabledReason,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** The one answer that shows the secret: registering the endpoint. */
export function toCreatedWebhookEndpoint(row: WebhookEndpointRow): Schemas['CreatedWebhookEndpoint'] {
  return { ...toWebhookEndpoint(row), secret: row.secret };
}

export function toWebhookDelivery(row: DeliveryWithAttempts): Schemas['WebhookDelivery'] {
  return {
    id: row.id,
    endpoint_id: row.endpointId,
    event_id: row.eventId,
    event_type: row.eventType as Schemas['WebhookDelivery']['event_type'],
    status: row.status,
    attempts: row.attemptsMade.map((attempt) => ({
      attempted_at: attempt.createdAt.toISOString(),
      response_status: attempt.responseStatus,
      error: attempt.error,
      duration_ms: attempt.durationMs,
    })),
    next_attempt_at: row.status === 'pending' && row.nextAttemptAt ? row.nextAttemptAt.toISOString() : null,
    created_at: row.createdAt.toISOString(),
  };
}
