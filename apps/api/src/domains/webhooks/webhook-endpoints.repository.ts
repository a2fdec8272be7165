import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type WebhookEndpoint } from '@access/db';
import { diffFields, recordAuditEvent } from '../../platform/audit/audit-recorder';
import { queueDelivery } from '../../platform/webhooks/delivery-queue';
import { readKeyset, readKeysetRows, type KeysetFetch, type KeysetList } from '../../platform/pagination/keyset-query';
import type { DeliveryWithAttempts } from './webhook.mapping';

export interface NewEndpoint {
  url: string;
  eventTypes: string[];
  enabled: boolean;
  description: string | null;
  secret: string;
}

export interface EndpointChanges {
  url?: string;
  eventTypes?: string[];
  enabled?: boolean;
  description?: string | null;
}

/** The fields of an endpoint its audit events compare: never its secret. */
const auditedFields = (row: WebhookEndpoint) => ({
  url: row.url,
  event_types: row.eventTypes,
  enabled: row.enabled,
  description: row.description,
});

const withAttempts = { attemptsMade: { orderBy: { createdAt: 'asc' } } } as const;

/** A page's row as DELIVERY_COLUMNS names it; the attempts come as JSON, their times as text. */
type DeliveryRow = Omit<DeliveryWithAttempts, 'attemptsMade'> & {
  attemptsMade: Array<Omit<DeliveryWithAttempts['attemptsMade'][number], 'createdAt'> & { createdAt: string }>;
};

// What a delivery shows besides its position (id, created_at), as DeliveryRow names it.
const DELIVERY_COLUMNS = [
  'd.endpoint_id AS "endpointId"',
  'd.event_id AS "eventId"',
  'd.status::text AS status',
  'd.next_attempt_at AS "nextAttemptAt"',
  `COALESCE((SELECT e.type FROM audit_events e WHERE e.id = d.event_id), 'unknown') AS "eventType"`,
  `COALESCE((SELECT json_agg(json_build_object('createdAt', a.created_at, 'responseStatus', a.response_status, 'error', a.error,
     'durationMs', a.duration_ms) ORDER BY a.created_at) FROM webhook_attempts a WHERE a.delivery_id = d.id), '[]') AS "attemptsMade"`,
];

export type RedeliverOutcome = { delivery: DeliveryWithAttempts } | { refused: 'endpoint_not_found' | 'delivery_not_found' | 'disabled' };

/** A tenant's webhook endpoints and their deliveries, always inside one tenant. */
@Injectable()
export class WebhookEndpointsRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(tenantId: string, endpoint: NewEndpoint): Promise<WebhookEndpoint> {
    return this.prisma.client.$transaction(async (tx) => {
      const created = await tx.webhookEndpoint.create({ data: { tenantId, ...endpoint } });
      await recordAuditEvent(tx, { type: 'webhook_endpoint.created', tenantId, resource: { type: 'webhook_endpoint', id: created.id } });
      return created;
    });
  }

  find(tenantId: string, id: string): Promise<WebhookEndpoint | null> {
    return this.prisma.client.webhookEndpoint.findUnique({ where: { tenantId_id: { tenantId, id } } });
  }

  async list(tenantId: string, fetch: KeysetFetch): Promise<WebhookEndpoint[]> {
    const list: KeysetList = {
      from: 'webhook_endpoints w',
      createdAt: 'w.created_at',
      id: 'w.id',
      idType: 'uuid',
      where: [Prisma.sql`w.tenant_id = ${tenantId}::uuid`],
    };
    const page = await readKeyset(this.prisma.client, list, fetch, {
      rows: (keys) => this.prisma.client.webhookEndpoint.findMany({ where: { tenantId, id: { in: keys.map((k) => k.id) } } }),
      rowRef: (row) => row.id,
    });
    return page.map((entry) => entry.row);
  }

  /** Applies the changes and records them, field by field; null when the endpoint is not the tenant's. */
  update(tenantId: string, id: string, changes: EndpointChanges): Promise<WebhookEndpoint | null> {
    return this.prisma.client.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM webhook_endpoints WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
      if (locked.length === 0) return null;
      const before = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id } });
      // Enabling an endpoint again forgets why it was disabled, and its failures.
      const reenabled = changes.enabled === true ? { disabledReason: null, consecutiveFailures: 0 } : {};
      const after = await tx.webhookEndpoint.update({ where: { id }, data: { ...changes, ...reenabled } });
      const diff = diffFields(auditedFields(before), auditedFields(after), ['url', 'event_types', 'enabled', 'description']);
      await recordAuditEvent(tx, { type: 'webhook_endpoint.updated', tenantId, resource: { type: 'webhook_endpoint', id }, changes: diff });
      return after;
    });
  }

  delete(tenantId: string, id: string): Promise<boolean> {
    return this.prisma.client.$transaction(async (tx) => {
      const { count } = await tx.webhookEndpoint.deleteMany({ where: { tenantId, id } });
      if (count === 1)
        await recordAuditEvent(tx, { type: 'webhook_endpoint.deleted', tenantId, resource: { type: 'webhook_endpoint', id } });
      return count === 1;
    });
  }

  /**
   * One page of an endpoint's deliveries (over (endpoint_id, created_at, id)), each with its
   * attempts and event type, in one statement on the pool under Prisma: with a hundred
   * deliveries, Prisma Client's three reads and their mapping cost more than the page itself.
   */
  async deliveries(tenantId: string, endpointId: string, fetch: KeysetFetch): Promise<DeliveryWithAttempts[]> {
    const list: KeysetList = {
      from: 'webhook_deliveries d',
      createdAt: 'd.created_at',
      id: 'd.id',
      idType: 'uuid',
      columns: DELIVERY_COLUMNS,
      where: [Prisma.sql`d.endpoint_id = ${endpointId}::uuid`, Prisma.sql`d.tenant_id = ${tenantId}::uuid`],
    };
    const rows = await readKeysetRows<DeliveryRow>(this.prisma.pool, list, fetch);
    return rows.map((row) => ({
      ...row,
      attemptsMade: row.attemptsMade.map((attempt) => ({ ...attempt, createdAt: new Date(attempt.createdAt) })),
    }));
  }

  /**
   * A new delivery of a delivered event to the same (enabled) endpoint, queued in the
   * transaction that creates it, as recordAuditEvent queues the first one.
   */
  redeliver(tenantId: string, endpointId: string, deliveryId: string): Promise<RedeliverOutcome> {
    return this.prisma.client.$transaction(async (tx) => {
      const endpoint = await tx.webhookEndpoint.findUnique({ where: { tenantId_id: { tenantId, id: endpointId } } });
      if (!endpoint) return { refused: 'endpoint_not_found' as const };
      const original = await tx.webhookDelivery.findFirst({ where: { tenantId, endpointId, id: deliveryId } });
      if (!original) return { refused: 'delivery_not_found' as const };
      if (!endpoint.enabled) return { refused: 'disabled' as const };
      const created = await tx.webhookDelivery.create({ data: { tenantId, endpointId, eventId: original.eventId } });
      await queueDelivery(tx, created.id);
      const [delivery] = await this.loadDeliveries(tenantId, [created.id], tx);
      if (!delivery) throw new Error('the new delivery vanished');
      return { delivery };
    });
  }

  private async loadDeliveries(tenantId: string, ids: string[], client: Prisma.TransactionClient = this.prisma.client) {
    const rows = await client.webhookDelivery.findMany({ where: { tenantId, id: { in: ids } }, include: withAttempts });
    const events = await client.auditEvent.findMany({
      where: { id: { in: rows.map((row) => row.eventId) } },
      select: { id: true, type: true },
    });
    const typeOf = new Map(events.map((event) => [event.id, event.type]));
    return rows.map((row) => ({ ...row, eventType: typeOf.get(row.eventId) ?? 'unknown' }));
  }
}
