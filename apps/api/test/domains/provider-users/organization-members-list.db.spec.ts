import { LocalProviderRepository } from '../../../src/domains/provider-users/local/local-provider.repository';
import { describeKeysetList } from '../../support/keyset-list';

/** 20,000 provider users; 15 organisations of 1,000 of them each, and one of 5,000. */
describeKeysetList({
  name: 'LocalProviderRepository.members',
  snapshot: 'apps/api/src/domains/provider-users/local/local-provider.repository.sql',
  index: 'provider_memberships_organization_id_created_at_id_idx',
  leading: 'organization_id',
  async seed(prisma) {
    await prisma.$executeRaw`
      INSERT INTO provider_users (id, email, updated_at) SELECT 'user_' || lpad(g::text, 26, '0'), 'user' || g || '@example.com', now()
      FROM generate_series(1, 20000) AS g`;
    await prisma.$executeRaw`
      INSERT INTO provider_organizations (id, name, updated_at) SELECT 'org_' || g, 'Organization ' || g, now() FROM generate_series(0, 15) AS g`;
    await prisma.$executeRaw`
      INSERT INTO provider_memberships (id, organization_id, user_id, created_at, updated_at)
      SELECT 'om_' || o || '_' || u, 'org_' || o, 'user_' || lpad(u::text, 26, '0'),
             timestamptz '2026-01-01T00:00:00Z' + u * interval '1 second', now()
      FROM generate_series(1, 15) AS o CROSS JOIN generate_series(1, 1000) AS u`;
    await prisma.$executeRaw`
      INSERT INTO provider_memberships (id, organization_id, user_id, created_at, updated_at)
      SELECT 'om_0_' || u, 'org_0', 'user_' || lpad(u::text, 26, '0'), timestamptz '2026-01-01T00:00:00Z' + u * interval '1 second', now()
      FROM generate_series(5001, 10000) AS u`;
    return { organizationId: 'org_0' };
  },
  read: (database, { organizationId }, fetch) => new LocalProviderRepository(database).members(organizationId, fetch),
});
