import { ApiKeysRepository } from '../../../src/domains/api-keys/api-keys.repository';
import { describeKeysetList } from '../../support/keyset-list';

/** 2,000 tenants of 3 keys each, and one of 5,000 (years of rotated keys, revoked ones included). */
describeKeysetList({
  name: 'ApiKeysRepository.list',
  snapshot: 'apps/api/src/domains/api-keys/api-keys.repository.sql',
  index: 'api_keys_tenant_id_created_at_id_idx',
  leading: 'tenant_id',
  async seed(prisma) {
    await prisma.$executeRaw`
      WITH tenants AS (INSERT INTO tenants (name) SELECT 'Tenant ' || g FROM generate_series(1, 2000) AS g RETURNING id)
      INSERT INTO api_keys (tenant_id, kind, name, lookup_prefix, key_hash, created_at, updated_at)
      SELECT t.id, 'integration', 'Key ' || k, 'ak_i_' || md5(t.id::text || k), md5(t.id::text || k || 'h'),
             timestamptz '2026-01-01T00:00:00Z' + k * interval '1 second', now()
      FROM tenants t CROSS JOIN generate_series(1, 3) AS k`;
    const tenant = await prisma.tenant.create({ data: { name: 'Planned' } });
    await prisma.$executeRaw`
      INSERT INTO api_keys (tenant_id, kind, name, lookup_prefix, key_hash, created_at, updated_at, revoked_at)
      SELECT ${tenant.id}::uuid, 'scim', 'Rotated ' || g, 'ak_s_planned' || g, md5(g::text),
             timestamptz '2026-01-01T00:00:00Z' + g * interval '1 second', now(),
             CASE WHEN g < 4990 THEN timestamptz '2026-06-01T00:00:00Z' END
      FROM generate_series(1, 5000) AS g`;
    return { tenantId: tenant.id };
  },
  read: (database, { tenantId }, fetch) => new ApiKeysRepository(database).list(tenantId, fetch),
});
