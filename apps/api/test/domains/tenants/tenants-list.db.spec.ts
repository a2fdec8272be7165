import { TenantsRepository } from '../../../src/domains/tenants/tenants.repository';
import { describeKeysetList } from '../../support/keyset-list';

/** 20,000 tenants: a deployment serving many customer organisations; the list covers the whole table. */
describeKeysetList({
  name: 'TenantsRepository.list',
  snapshot: 'apps/api/src/domains/tenants/tenants.repository.sql',
  index: 'tenants_created_at_id_idx',
  async seed(prisma) {
    await prisma.$executeRaw`
      INSERT INTO tenants (name, created_at, updated_at)
      SELECT 'Tenant ' || g, timestamptz '2026-01-01T00:00:00Z' + g * interval '1 second', now()
      FROM generate_series(1, 20000) AS g`;
    return {};
  },
  read: (database, _context, fetch) => new TenantsRepository(database).list(fetch),
});
