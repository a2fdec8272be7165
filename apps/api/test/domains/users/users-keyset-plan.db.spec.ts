import { Prisma } from '@access/db';
import { createTestDatabase, type TestDatabase } from '@access/db/testing';
import type { KeysetFetch } from '../../../src/platform/pagination/keyset-page';
import { userPageQuery } from '../../../src/domains/users/user-page.query';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];
const KEYSET_INDEX = 'tenant_users_tenant_id_created_at_id_idx';
const USERS = 5_000;

/**
 * The page query as the repository runs it, planned by PostgreSQL over a tenant of 5,000
 * users beside another of the same size: a deep page must be one range scan of the
 * keyset index starting at the cursor — no sequential scan, no sort.
 */
describe('the users page query plan', () => {
  let database: TestDatabase;
  let tenantId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const prisma = database.prisma;
    const tenants = await Promise.all(['Planned', 'Neighbour'].map((name) => prisma.tenant.create({ data: { name } })));
    tenantId = tenants[0]!.id;
    for (const tenant of tenants) {
      await prisma.$executeRaw`
        INSERT INTO tenant_users (tenant_id, email, name, auth_provider, created_at, updated_at)
        SELECT ${tenant.id}::uuid, 'user' || g || '@example.com', 'User ' || g, 'oidc',
               timestamptz '2026-01-01T00:00:00Z' + g * interval '1 second', now()
        FROM generate_series(1, ${USERS}::int) AS g`;
    }
    await prisma.$executeRawUnsafe('VACUUM ANALYZE tenant_users');
  });
  afterAll(() => database.drop());

  async function planOf(fetch: KeysetFetch): Promise<PlanNode[]> {
    const rows = await database.prisma.$queryRaw<Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>>(
      Prisma.sql`EXPLAIN (FORMAT JSON) ${userPageQuery(tenantId, {}, fetch)}`,
    );
    return nodesOf(rows[0]!['QUERY PLAN'][0]!.Plan);
  }

  async function positionAt(offset: number) {
    const row = await database.prisma.tenantUser.findFirstOrThrow({
      where: { tenantId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: offset,
    });
    return { createdAt: row.createdAt, id: row.id };
  }

  it.each(['forward', 'backward'] as const)(
    'reads a deep page %s as an index range scan on (tenant_id, created_at, id)',
    async (direction) => {
      const nodes = await planOf({ from: await positionAt(4_000), direction, take: 101 });

      const scan = nodes.find((n) => n['Index Name'] === KEYSET_INDEX);
      expect(scan?.['Node Type']).toMatch(/^Index (Only )?Scan$/);
      expect(scan?.['Index Cond']).toMatch(/tenant_id = .*ROW\(created_at, id\) [<>] ROW\(/);
      expect(nodes.map((n) => n['Node Type'])).not.toEqual(expect.arrayContaining(['Seq Scan']));
      expect(nodes.map((n) => n['Node Type'])).not.toEqual(expect.arrayContaining(['Sort']));
    },
  );

  it('reads the first page from the same index without a sort', async () => {
    const nodes = await planOf({ direction: 'forward', take: 101 });

    expect(nodes.find((n) => n['Index Name'] === KEYSET_INDEX)?.['Index Cond']).toMatch(/tenant_id = /);
    expect(nodes.map((n) => n['Node Type'])).not.toEqual(expect.arrayContaining(['Sort']));
  });
});
