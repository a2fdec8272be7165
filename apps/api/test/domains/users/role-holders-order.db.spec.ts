import { createPooledPrisma, type PooledPrisma, type PrismaService } from '@access/db';
import { createTestDatabase, type TestDatabase } from '@access/db/testing';
import { UsersRepository } from '../../../src/domains/users/users.repository';

/**
 * The role filter of the users list reads grants by (tenant_id, role_id, user_created_at,
 * user_id): whoever writes a grant, PostgreSQL copies its holder's created_at into it, so the
 * holders come in the users' own list order.
 */
describe('grants of a role', () => {
  let database: TestDatabase;
  // The repository reads pages on the pool under Prisma.
  let pooled: PooledPrisma;
  const repository = () => new UsersRepository(pooled as unknown as PrismaService);

  beforeAll(async () => {
    database = await createTestDatabase();
    pooled = createPooledPrisma({ url: database.url, poolMax: 2 });
  });
  afterAll(async () => {
    await pooled.client.$disconnect();
    await database.drop();
  });

  it("carry their holder's created_at, so a role's holders page in the users' order", async () => {
    const prisma = database.prisma;
    const tenant = await prisma.tenant.create({ data: { name: 'Ordered' } });
    const role = await prisma.role.create({ data: { tenantId: tenant.id, name: 'auditor' } });
    // Created in one order, granted in another (the newest user first).
    const users = [];
    for (const [i, day] of ['2026-03-01', '2026-01-01', '2026-02-01'].entries()) {
      users.push(
        await prisma.tenantUser.create({
          data: {
            tenantId: tenant.id,
            email: `u${i}@example.com`,
            name: `U${i}`,
            authProvider: 'oidc',
            createdAt: new Date(`${day}T00:00:00Z`),
          },
        }),
      );
    }
    for (const user of users) await prisma.userRole.create({ data: { tenantId: tenant.id, userId: user.id, roleId: role.id } });
    await prisma.$executeRaw`INSERT INTO tenant_users (tenant_id, email, name, auth_provider) VALUES (${tenant.id}::uuid, 'other@example.com', 'Other', 'oidc')`;

    const grants = await prisma.userRole.findMany({ where: { roleId: role.id }, select: { userId: true, userCreatedAt: true } });
    expect(grants.map((g) => g.userCreatedAt.getTime()).sort()).toEqual(users.map((u) => u.createdAt.getTime()).sort());

    const page = await repository().page(tenant.id, { role: 'auditor' }, { direction: 'forward', take: 10 });
    const inListOrder = [...users].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map((u) => u.email);
    expect(page.map((u) => u.email)).toEqual(inListOrder);
  });

  it('written in the statement that creates their holder (createUser) carry its created_at too', async () => {
    const prisma = database.prisma;
    const tenant = await prisma.tenant.create({ data: { name: 'Created' } });
    await prisma.role.create({ data: { tenantId: tenant.id, name: 'auditor' } });

    const created = await repository().create(tenant.id, {
      email: 'new@example.com',
      name: 'New',
      passwordHash: null,
      authProvider: 'oidc',
      avatar: null,
      roles: ['auditor'],
    });

    if (!('user' in created)) throw new Error(`createUser refused: ${created.refused}`);
    const grants = await prisma.userRole.findMany({ where: { userId: created.user.id }, select: { userCreatedAt: true } });
    expect(grants.map((g) => g.userCreatedAt.toISOString())).toEqual([created.user.createdAt.toISOString()]);
  });

  it('of a user that does not exist are still refused by the foreign key', async () => {
    const prisma = database.prisma;
    const tenant = await prisma.tenant.create({ data: { name: 'Refusing' } });
    const role = await prisma.role.create({ data: { tenantId: tenant.id, name: 'member' } });

    await expect(
      prisma.$executeRaw`INSERT INTO user_roles (tenant_id, user_id, role_id) VALUES (${tenant.id}::uuid, gen_random_uuid(), ${role.id}::uuid)`,
    ).rejects.toThrow(/foreign key/i);
  });
});
