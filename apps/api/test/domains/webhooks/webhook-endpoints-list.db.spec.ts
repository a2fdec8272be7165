import { WebhookEndpointsRepository } from '../../../src/domains/webhooks/webhook-endpoints.repository';
import { describeKeysetList } from '../../support/keyset-list';

/** 2,000 tenants of 2 endpoints each, and one of 5,000 (a platform fanning its events out to every customer's receiver). */
describeKeysetList({
  name: 'WebhookEndpointsRepository.list',
  snapshot: 'apps/api/src/domains/webhooks/webhook-endpoints.repository.sql',
  index: 'webhook_endpoints_tenant_id_created_at_id_idx',
  leading: 'tenant_id',
  async seed(prisma) {
    await prisma.$executeRaw`
      WITH tenants AS (INSERT INTO tenants (name) SELECT 'Tenant ' || g FROM generate_series(1, 2000) AS g RETURNING id)
      INSERT INTO webhook_endpoints (tenant_id, url, event_types, secret, created_at, updated_at)
      SELECT t.id, 'https://hooks.example.com/' || e, '{}', 'whsec_' || md5(t.id::text || e),
             timestamptz '2026-01-01T00:00:00Z' + e * interval '1 second', now()
      FROM tenants t CROSS JOIN generate_series(1, 2) AS e`;
    const tenant = await prisma.tenant.create({ data: { name: 'Planned' } });
    await prisma.$executeRaw`
      INSERT INTO webhook_endpoints (tenant_id, url, event_types, secret, enabled, created_at, updated_at)
      SELECT ${tenant.id}::uuid, 'https://customer' || g || '.example.com/hooks', ARRAY['user.created', 'user.updated'],
             'whsec_' || md5(g::text), g % 10 <> 0, timestamptz '2026-01-01T00:00:00Z' + g * interval '1 second', now()
      FROM generate_series(1, 5000) AS g`;
    return { tenantId: tenant.id };
  },
  read: (database, { tenantId }, fetch) => new WebhookEndpointsRepository(database).list(tenantId, fetch),
});
