import { RolesRepository } from '../../../src/domains/roles/roles.repository';
import { describeKeysetList } from '../../support/keyset-list';

/** 2,000 tenants of 4 roles each, and one of 5,000 (a deployment that models every team as a role). */
describeKeysetList({
  name: 'RolesRepository.list',
  snapshot: 'apps/api/src/domains/roles/roles.repository.sql',
  index: 'roles_tenant_id_created_at_id_idx',
  leading: 'tenant_id',
  async seed(prisma) {
    await prisma.$executeRaw`
      WITH tenants AS (INSERT INTO tenants (name) SELECT 'Tenant ' || g FROM generate_series(1, 2000) AS g RETURNING id)
      INSERT INTO roles (tenant_id, name, created_at, updated_at)
      SELECT t.id, 'role-' || r, timestamptz '2026-01-01T00:00:00Z' + r * interval '1 second', now()
      FROM tenants t CROSS JOIN generate_series(1, 4) AS r`;
    const tenant = await prisma.tenant.create({ data: { name: 'Planned' } });
    await prisma.$executeRaw`
      INSERT INTO roles (tenant_id, name, created_at, updated_at)
      SELECT ${tenant.id}::uuid, 'team-' || g, timestamptz '2026-01-01T00:00:00Z' + g * interval '1 second', now()
      FROM generate_series(1, 5000) AS g`;
    return { tenantId: tenant.id };
  },
  read: (database, { tenantId }, fetch) => new RolesRepository(database).list(tenantId, fetch),
});
