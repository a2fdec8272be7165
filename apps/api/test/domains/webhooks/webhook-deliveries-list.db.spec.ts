import { WebhookEndpointsRepository } from '../../../src/domains/webhooks/webhook-endpoints.repository';
import { describeKeysetList } from '../../support/keyset-list';

const EVENTS = 5_000;

/**
 * A tenant's 5,000 audit events, each delivered to both of its endpoints (one attempt each, one
 * delivery in ten retried once), beside another tenant of the same shape: the deliveries of one
 * endpoint are a tenth of a table of 20,000.
 */
describeKeysetList({
  name: 'WebhookEndpointsRepository.deliveries',
  snapshot: 'apps/api/src/domains/webhooks/webhook-endpoints.repository.deliveries.sql',
  index: 'webhook_deliveries_endpoint_id_created_at_id_idx',
  leading: 'endpoint_id',
  async seed(prisma) {
    const tenants = await Promise.all(['Planned', 'Neighbour'].map((name) => prisma.tenant.create({ data: { name } })));
    for (const tenant of tenants) {
      await prisma.$executeRaw`
        INSERT INTO webhook_endpoints (tenant_id, url, event_types, secret)
        SELECT ${tenant.id}::uuid, 'https://hooks.example.com/' || e, '{}', 'whsec_' || md5(${tenant.id} || e) FROM generate_series(1, 2) AS e`;
      await prisma.$executeRaw`
        INSERT INTO audit_events (tenant_id, type, occurred_at, actor_kind, actor_id, resource_type, resource_id, changes)
        SELECT ${tenant.id}::uuid, 'user.updated', timestamptz '2026-01-01T00:00:00Z' + g * interval '1 minute',
               'user', 'actor-' || (g % 50), 'user', 'user-' || (g % 1000), '[]'::jsonb
        FROM generate_series(1, ${EVENTS}::int) AS g`;
      await prisma.$executeRaw`
        INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_id, status, attempts, last_status, created_at, updated_at)
        SELECT e.tenant_id, w.id, e.id, 'succeeded', 1, 200, e.occurred_at, e.occurred_at
        FROM audit_events e JOIN webhook_endpoints w ON w.tenant_id = e.tenant_id
        WHERE e.tenant_id = ${tenant.id}::uuid`;
      await prisma.$executeRaw`
        INSERT INTO webhook_attempts (tenant_id, delivery_id, response_status, duration_ms, created_at)
        SELECT d.tenant_id, d.id, 200, 40, d.created_at FROM webhook_deliveries d WHERE d.tenant_id = ${tenant.id}::uuid
        UNION ALL
        SELECT d.tenant_id, d.id, 503, 40, d.created_at FROM webhook_deliveries d
        WHERE d.tenant_id = ${tenant.id}::uuid AND get_byte(uuid_send(d.id), 15) % 10 = 0`;
    }
    const endpoint = await prisma.webhookEndpoint.findFirstOrThrow({ where: { tenantId: tenants[0]!.id } });
    return { tenantId: tenants[0]!.id, endpointId: endpoint.id };
  },
  read: (database, { tenantId, endpointId }, fetch) => new WebhookEndpointsRepository(database).deliveries(tenantId, endpointId, fetch),
});
