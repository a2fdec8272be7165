import { createTestDatabase, TestDatabase } from '../src/testing';

const UNIQUE_VIOLATION = { name: 'PrismaClientKnownRequestError', code: 'P2002' };

describe('database-enforced constraints', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  async function tenant(name: string) {
    return db.prisma.tenant.create({ data: { name } });
  }

  it('generates uuid ids in the database', async () => {
    const created = await tenant('Ids');
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('refuses the same email in another case within one tenant, allows it in another tenant', async () => {
    const acme = await tenant('Acme');
    const globex = await tenant('Globex');
    await db.prisma.tenantUser.create({ data: { tenantId: acme.id, email: 'Ada@Example.com', name: 'Ada' } });

    const sameTenant = db.prisma.tenantUser.create({ data: { tenantId: acme.id, email: 'ada@example.COM', name: 'Ada 2' } });
    await expect(sameTenant).rejects.toMatchObject(UNIQUE_VIOLATION);

    const otherTenant = await db.prisma.tenantUser.create({ data: { tenantId: globex.id, email: 'ada@example.com', name: 'Ada' } });
    expect(otherTenant.email).toBe('ada@example.com');
    // citext also makes lookups case-insensitive.
    const found = await db.prisma.tenantUser.findMany({ where: { tenantId: acme.id, email: 'ADA@EXAMPLE.COM' } });
    expect(found.map((user) => user.name)).toEqual(['Ada']);
  });

  it('allows at most one owner per tenant', async () => {
    const acme = await tenant('Owners');
    await db.prisma.tenantUser.create({ data: { tenantId: acme.id, email: 'o1@example.com', name: 'O1', isOwner: true } });
    await db.prisma.tenantUser.create({ data: { tenantId: acme.id, email: 'm1@example.com', name: 'M1' } });
    await db.prisma.tenantUser.create({ data: { tenantId: acme.id, email: 'm2@example.com', name: 'M2' } });
    const secondOwner = db.prisma.tenantUser.create({ data: { tenantId: acme.id, email: 'o2@example.com', name: 'O2', isOwner: true } });
    await expect(secondOwner).rejects.toMatchObject(UNIQUE_VIOLATION);
  });

  it('links an external account once per provider and a user once per provider', async () => {
    const acme = await tenant('Identities');
    const users = await Promise.all(
      ['ada', 'bob'].map((name) => db.prisma.tenantUser.create({ data: { tenantId: acme.id, email: `${name}@example.com`, name } })),
    );
    const [ada, bob] = users.map((u) => u.id) as [string, string];
    const okta = await db.prisma.identityProvider.create({ data: { tenantId: acme.id, name: 'okta', type: 'oidc' } });
    const link = (userId: string, externalId: string) =>
      db.prisma.identity.create({ data: { tenantId: acme.id, userId, identityProviderId: okta.id, externalId, linkedBy: 'manual' } });

    await link(ada, 'ext-1');
    await expect(link(bob, 'ext-1')).rejects.toMatchObject(UNIQUE_VIOLATION);
    await expect(link(ada, 'ext-2')).rejects.toMatchObject(UNIQUE_VIOLATION);
    await expect(link(bob, 'ext-2')).resolves.toMatchObject({ externalId: 'ext-2', linkedBy: 'manual' });
  });

  it('keeps a user from holding a role of another tenant', async () => {
    const acme = await tenant('Roles A');
    const globex = await tenant('Roles B');
    const user = await db.prisma.tenantUser.create({ data: { tenantId: acme.id, email: 'r@example.com', name: 'R' } });
    const foreignRole = await db.prisma.role.create({ data: { tenantId: globex.id, name: 'admin' } });
    const crossTenant = db.prisma.userRole.create({ data: { tenantId: acme.id, userId: user.id, roleId: foreignRole.id } });
    // Foreign key violation: the (tenant_id, role_id) pair does not exist.
    await expect(crossTenant).rejects.toMatchObject({ name: 'PrismaClientKnownRequestError', code: 'P2003' });
  });
});
