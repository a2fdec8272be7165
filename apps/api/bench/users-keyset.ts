/**
 * Shows that a deep page of listUsers costs what the first page costs: seeds 100,000
 * users of one tenant (beside 100,000 of another) in a throwaway embedded PostgreSQL,
 * prints the EXPLAIN (ANALYZE, BUFFERS) plans of the first page and of a page 90,000 rows
 * deep as the API runs them, and the median time of each over several runs (with OFFSET
 * paging of the same deep page for comparison).
 *
 *   npm run bench:users-keyset
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPrismaClient, deployMigrations, Prisma, startEmbeddedPostgres, type PrismaClient } from '@access/db';
// The very query the repository runs, so the plan shown is the API's plan.
import { usersList } from '../src/domains/users/users.repository';
import { keysetQuery, type KeysetFetch } from '../src/platform/pagination/keyset-query';
import { median } from './statistics';

const USERS = 100_000;
const DEEP_OFFSET = 90_000;
const PAGE = 100;
const RUNS = 15;

async function seed(prisma: PrismaClient, tenantId: string): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO tenant_users (tenant_id, email, name, auth_provider, created_at, updated_at)
    SELECT ${tenantId}::uuid, 'user' || g || '@example.com', 'User ' || g, 'oidc',
           timestamptz '2026-01-01T00:00:00Z' + g * interval '1 second', now()
    FROM generate_series(1, ${USERS}::int) AS g`;
}

async function explain(prisma: PrismaClient, query: Prisma.Sql): Promise<string> {
  const rows = await prisma.$queryRaw<Array<{ 'QUERY PLAN': string }>>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`);
  return rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n');
}

async function medianMs(prisma: PrismaClient, query: Prisma.Sql): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await prisma.$queryRaw(query);
    times.push(performance.now() - start);
  }
  return median(times);
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'users-keyset-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: 0 });
  const prisma = createPrismaClient({ url: server.url });
  try {
    await deployMigrations(server.url);
    const tenant = await prisma.tenant.create({ data: { name: 'Benchmarked' } });
    const neighbour = await prisma.tenant.create({ data: { name: 'Neighbour' } });
    await seed(prisma, tenant.id);
    await seed(prisma, neighbour.id);
    await prisma.$executeRawUnsafe('VACUUM ANALYZE tenant_users');

    const deep = await prisma.tenantUser.findFirstOrThrow({
      where: { tenantId: tenant.id },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: DEEP_OFFSET,
    });
    const take = PAGE + 1;
    const page = (fetch: KeysetFetch) => keysetQuery(usersList(tenant.id, {}), fetch);
    const queries: Array<[string, Prisma.Sql]> = [
      ['first page', page({ direction: 'forward', take })],
      [`page after row ${DEEP_OFFSET}`, page({ from: { createdAt: deep.createdAt, id: deep.id }, direction: 'forward', take })],
      [
        `for comparison, OFFSET ${DEEP_OFFSET} (not used by the API)`,
        Prisma.sql`SELECT u.id, u.created_at FROM tenant_users u WHERE u.tenant_id = ${tenant.id}::uuid
                   ORDER BY u.created_at, u.id OFFSET ${DEEP_OFFSET}::int LIMIT ${take}::int`,
      ],
    ];
    console.log(`${USERS} users in the tenant (and ${USERS} in another); pages of ${PAGE} (+1 to see if more follow)\n`);
    for (const [label, query] of queries) {
      console.log(`== ${label}\n${await explain(prisma, query)}\n`);
    }
    for (const [label, query] of queries) {
      console.log(`median of ${RUNS} runs, ${label}: ${(await medianMs(prisma, query)).toFixed(2)} ms`);
    }
  } finally {
    await prisma.$disconnect();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
