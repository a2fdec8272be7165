import { UsersRepository } from '../../../src/domains/users/users.repository';
import { describeKeysetList } from '../../support/keyset-list';

const USERS = 5_000;

/** A tenant of 5,000 users and 501 roles beside another of the same size; every tenth user holds `member`. */
describeKeysetList({
  name: 'UsersRepository.page',
  snapshot: 'apps/api/src/domains/users/users.repository.sql',
  index: 'tenant_users_tenant_id_created_at_id_idx',
  leading: 'tenant_id',
  async seed(prisma) {
    const tenants = await Promise.all(['Planned', 'Neighbour'].map((name) => prisma.tenant.create({ data: { name } })));
    for (const tenant of tenants) {
      await prisma.$executeRaw`
        INSERT INTO tenant_users (tenant_id, email, name, auth_provider, created_at, updated_at)
        SELECT ${tenant.id}::uuid, 'user' || g || '@example.com', 'User ' || g, 'oidc',
               timestamptz '2026-01-01T00:00:00Z' + g * interval '1 second', now()
        FROM generate_series(1, ${USERS}::int) AS g`;
      await prisma.$executeRaw`INSERT INTO roles (tenant_id, name) SELECT ${tenant.id}::uuid, 'team-' || g FROM generate_series(1, 500) AS g`;
      const role = await prisma.role.create({ data: { tenantId: tenant.id, name: 'member' } });
      await prisma.$executeRaw`
        INSERT INTO user_roles (tenant_id, user_id, role_id)
        SELECT tenant_id, id, ${role.id}::uuid FROM tenant_users WHERE tenant_id = ${tenant.id}::uuid AND email LIKE '%0@example.com'`;
    }
    return { tenantId: tenants[0]!.id };
  },
  read: (database, { tenantId }, fetch) => new UsersRepository(database).page(tenantId, {}, fetch),
  variants: {
    'by email': (database, { tenantId }, fetch) => new UsersRepository(database).page(tenantId, { email: 'USER10@example.com' }, fetch),
    'by role': (database, { tenantId }, fetch) => new UsersRepository(database).page(tenantId, { role: 'member' }, fetch),
  },
  variantIndexes: {
    'by email': 'tenant_users_tenant_id_email_key',
    'by role': 'user_roles_tenant_id_role_id_user_created_at_user_id_idx',
  },
  singleRowVariants: ['by email'],
});
