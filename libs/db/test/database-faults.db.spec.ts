import { Client } from 'pg';
import { classifyDatabaseFault, createPooledPrisma } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing';

describe('classifyDatabaseFault on a real PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  const kindOf = (error: unknown) => classifyDatabaseFault(error)?.kind;

  it('names statement, lock, pool and transaction waits timeouts, and leaves other errors alone', async () => {
    const { client: prisma, pool } = createPooledPrisma({
      url: db.url,
      poolMax: 2,
      connectionTimeoutMs: 300,
      lockTimeoutMs: 200,
      statementTimeoutMs: 600,
      transactionTimeoutMs: 1_500,
    });
    try {
      expect(kindOf(await prisma.$queryRaw`SELECT pg_sleep(2)`.catch((e: unknown) => e))).toBe('timeout');

      const tenant = await prisma.tenant.create({ data: { name: 'Faults' } });
      const holder = await pool.connect();
      await holder.query('BEGIN');
      await holder.query('UPDATE tenants SET name = $2 WHERE id = $1', [tenant.id, 'held']);
      expect(kindOf(await prisma.tenant.update({ where: { id: tenant.id }, data: { name: 'x' } }).catch((e: unknown) => e))).toBe(
        'timeout',
      );
      const second = await pool.connect(); // the pool (max 2) is now exhausted
      expect(kindOf(await prisma.tenant.findFirst().catch((e: unknown) => e))).toBe('timeout');
      expect(kindOf(await prisma.$transaction((tx) => tx.tenant.findFirst()).catch((e: unknown) => e))).toBe('timeout');
      second.release();
      await holder.query('ROLLBACK');
      holder.release();

      const expired = await prisma
        .$transaction(async (tx) => {
          for (let i = 0; i < 4; i++) await tx.$queryRaw`SELECT 1 AS slept FROM pg_sleep(0.5)`;
          return tx.tenant.findFirst();
        })
        .catch((e: unknown) => e);
      expect(kindOf(expired)).toBe('timeout');

      const duplicate = await prisma.role
        .create({ data: { tenantId: '00000000-0000-4000-8000-000000000000', name: 'x' } })
        .catch((e: unknown) => e);
      expect(classifyDatabaseFault(duplicate)).toBeUndefined();
      expect(classifyDatabaseFault(new Error('boom'))).toBeUndefined();
    } finally {
      await prisma.$disconnect();
    }
  }, 30_000);

  it('names a connection ended by the server and an unreachable server unavailable, without an unhandled error', async () => {
    const seen: Error[] = [];
    const { client: prisma } = createPooledPrisma({ url: db.url, poolMax: 2, onConnectionError: (error) => seen.push(error) });
    try {
      await prisma.$queryRaw`SELECT 1`; // an idle pooled connection now exists
      const admin = new Client({ connectionString: db.url });
      await admin.connect();
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      await admin.end();
      for (let waited = 0; seen.length === 0 && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(seen.map((e) => (e as Error & { code?: string }).code)).toContain('57P01');
      expect(kindOf(seen[0])).toBe('unavailable');
    } finally {
      await prisma.$disconnect();
    }
    const { client: nowhere } = createPooledPrisma({ url: 'postgresql://postgres:postgres@127.0.0.1:1/none' });
    expect(kindOf(await nowhere.$queryRaw`SELECT 1`.catch((e: unknown) => e))).toBe('unavailable');
    await nowhere.$disconnect();
  });
});
