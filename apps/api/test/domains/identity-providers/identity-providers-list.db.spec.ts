import { IdentityProvidersRepository } from '../../../src/domains/identity-providers/identity-providers.repository';
import { describeKeysetList } from '../../support/keyset-list';

/** 2,000 tenants of 3 identity providers each, and one of 5,000 (a directory of SCIM connections). */
describeKeysetList({
  name: 'IdentityProvidersRepository.list',
  snapshot: 'apps/api/src/domains/identity-providers/identity-providers.repository.sql',
  index: 'identity_providers_tenant_id_created_at_id_idx',
  leading: 'tenant_id',
  async seed(prisma) {
    await prisma.$executeRaw`
      WITH tenants AS (INSERT INTO tenants (name) SELECT 'Tenant ' || g FROM generate_series(1, 2000) AS g RETURNING id)
      INSERT INTO identity_providers (tenant_id, name, type, created_at, updated_at)
      SELECT t.id, 'Provider ' || p, 'oidc', timestamptz '2026-01-01T00:00:00Z' + p * interval '1 second', now()
      FROM tenants t CROSS JOIN generate_series(1, 3) AS p`;
    const tenant = await prisma.tenant.create({ data: { name: 'Planned' } });
    await prisma.$executeRaw`
      INSERT INTO identity_providers (tenant_id, name, type, created_at, updated_at)
      SELECT ${tenant.id}::uuid, 'Directory ' || g, 'scim', timestamptz '2026-01-01T00:00:00Z' + g * interval '1 second', now()
      FROM generate_series(1, 5000) AS g`;
    return { tenantId: tenant.id };
  },
  read: (database, { tenantId }, fetch) => new IdentityProvidersRepository(database).list(tenantId, fetch),
});
