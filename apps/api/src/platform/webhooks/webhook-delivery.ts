import type { PrismaClient } from '@access/db';
import { toAuditEvent } from '../audit/audit-event.mapping';
import { recordAuditEvent } from '../audit/audit-recorder';
import { queueDelivery } from './delivery-queue';
import type { AuditActor } from '../audit/request-context';
import type { WebhooksConfig } from '../config/config';
import { sendWebhook } from './webhook-sender';

/** The actor of what the dispatcher changes itself: disabling an endpoint. */
export const DISPATCHER_ACTOR: AuditActor = { kind: 'system', id: 'webhook-dispatcher' };

/** The wait before try `attempt + 1`: the base, doubled after every failed try. */
export function retryDelayMs(config: WebhooksConfig, attempt: number): number {
  return config.retryBaseMs * 2 ** (attempt - 1);
}

/**
 * One attempt at one delivery (the deliver_webhook job). Every attempt is recorded. On
 * failure the next attempt is queued (exponential backoff) in the transaction that records
 * this one; after the last, the delivery fails and its endpoint is disabled, with a
 * `webhook_endpoint.disabled` event. A delivery already settled (a job run twice) is left alone.
 */
export async function deliverWebhook(prisma: PrismaClient, config: WebhooksConfig, deliveryId: string): Promise<void> {
  const delivery = await prisma.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { endpoint: true } });
  if (!delivery || delivery.status !== 'pending') return;
  const { endpoint } = delivery;
  const event = await prisma.auditEvent.findUnique({ where: { id: delivery.eventId } });
  if (!endpoint.enabled || !event) {
    const lastError = !event ? 'the event is no longer retained' : 'the endpoint is disabled';
    await prisma.webhookDelivery.update({ where: { id: deliveryId }, data: { status: 'failed', lastError, nextAttemptAt: null } });
    return;
  }
  const body = JSON.stringify({ type: event.type, timestamp: new Date().toISOString(), data: toAuditEvent(event) });
  const result = await sendWebhook(endpoint.url, { id: event.id, body, secret: endpoint.secret }, config);
  const succeeded = result.status !== undefined && result.status >= 200 && result.status < 300;
  const attempts = delivery.attempts + 1;
  const common = { attempts, lastStatus: result.status ?? null, lastError: result.error ?? null };

  await prisma.$transaction(async (tx) => {
    await tx.webhookAttempt.create({
      data: {
        tenantId: delivery.tenantId,
        deliveryId,
        responseStatus: result.status ?? null,
        error: result.error ?? null,
        durationMs: result.durationMs,
      },
    });
    if (succeeded) {
      await tx.webhookDelivery.update({ where: { id: deliveryId }, data: { ...common, status: 'succeeded', nextAttemptAt: null } });
      await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: 0 } });
      return;
    }
    if (attempts < config.maxAttempts) {
      const runAt = new Date(Date.now() + retryDelayMs(config, attempts));
      await tx.webhookDelivery.update({ where: { id: deliveryId }, data: { ...common, nextAttemptAt: runAt } });
      await queueDelivery(tx, deliveryId, runAt);
      return;
    }
    await tx.webhookDelivery.update({ where: { id: deliveryId }, data: { ...common, status: 'failed', nextAttemptAt: null } });
    const disabled = await tx.webhookEndpoint.updateMany({
      where: { id: endpoint.id, enabled: true },
      data: {
        enabled: false,
        consecutiveFailures: { increment: 1 },
        disabledReason: `a delivery failed ${attempts} times; last: ${result.error ?? `HTTP ${result.status}`}`.slice(0, 500),
      },
    });
    if (disabled.count === 1) {
      await recordAuditEvent(tx, {
        type: 'webhook_endpoint.disabled',
        tenantId: endpoint.tenantId,
        resource: { type: 'webhook_endpoint', id: endpoint.id },
        changes: [{ field: 'enabled', before: true, after: false }],
        actor: DISPATCHER_ACTOR,
      });
    }
  });
}
