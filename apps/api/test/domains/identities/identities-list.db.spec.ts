import { IdentitiesRepository } from '../../../src/domains/identities/identities.repository';
import { describeKeysetList } from '../../support/keyset-list';

/**
 * A tenant of 5,000 identity providers and 5,000 users, each linked at 2 of them, and one user
 * linked at every provider. The links join on equality (a hash join): an IN list of two
 * expressions would compare every user with every provider, 25 million times, and can outlast
 * the statement timeout on a busy machine.
 */
describeKeysetList({
  name: 'IdentitiesRepository.list',
  snapshot: 'apps/api/src/domains/identities/identities.repository.sql',
  index: 'identities_user_id_created_at_id_idx',
  leading: 'user_id',
  async seed(prisma) {
    const tenant = await prisma.tenant.create({ data: { name: 'Planned' } });
    await prisma.$executeRaw`
      INSERT INTO identity_providers (tenant_id, name, type) SELECT ${tenant.id}::uuid, 'Provider ' || g, 'oidc' FROM generate_series(1, 5000) AS g`;
    await prisma.$executeRaw`
      INSERT INTO tenant_users (tenant_id, email, name, auth_provider)
      SELECT ${tenant.id}::uuid, 'user' || g || '@example.com', 'User ' || g, 'oidc' FROM generate_series(0, 5000) AS g`;
    await prisma.$executeRaw`
      WITH users AS (SELECT id, row_number() OVER (ORDER BY email) AS n FROM tenant_users WHERE email <> 'user0@example.com'),
           providers AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM identity_providers)
      INSERT INTO identities (tenant_id, user_id, identity_provider_id, external_id, linked_by)
      SELECT ${tenant.id}::uuid, u.id, p.id, 'ext-' || u.n || '-' || p.n, 'auto'
      FROM users u CROSS JOIN (VALUES (0), (1)) AS k(step) JOIN providers p ON p.n = (u.n + k.step) % 5000 + 1`;
    const linked = await prisma.tenantUser.findFirstOrThrow({ where: { tenantId: tenant.id, email: 'user0@example.com' } });
    await prisma.$executeRaw`
      INSERT INTO identities (tenant_id, user_id, identity_provider_id, external_id, linked_by, created_at, updated_at)
      SELECT ${tenant.id}::uuid, ${linked.id}::uuid, p.id, 'everywhere-' || p.name, 'scim',
             timestamptz '2026-01-01T00:00:00Z' + row_number() OVER (ORDER BY p.name) * interval '1 second', now()
      FROM identity_providers p`;
    return { tenantId: tenant.id, userId: linked.id };
  },
  read: (database, { tenantId, userId }, fetch) => new IdentitiesRepository(database).list(tenantId, userId, fetch),
});
