import { createPooledPrisma, type PrismaService } from '@access/db';
import { createTestDatabase, type TestDatabase } from '@access/db/testing';
import { loadConfig } from '../../../src/platform/config/config';
import { IdempotencyCleanup } from '../../../src/platform/idempotency/idempotency-cleanup';
import { IdempotencyStore } from '../../../src/platform/idempotency/idempotency-store';

const BATCH = 1_000;

/** Expired outcomes are deleted in bounded batches, by any number of instances at once, and live ones are kept. */
describe('IdempotencyCleanup', () => {
  let database: TestDatabase;
  const pools: Array<{ client: PrismaService['client'] }> = [];

  const cleanupOn = () => {
    const pooled = createPooledPrisma({ url: database.url, poolMax: 2 });
    pools.push(pooled);
    const config = loadConfig({ NODE_ENV: 'test', IDEMPOTENCY_CLEANUP_BATCH: String(BATCH) });
    return new IdempotencyCleanup(new IdempotencyStore({ client: pooled.client } as PrismaService), config);
  };
  /** Rows as creates leave them: `expired` written a retention period ago, `live` just now. */
  const insert = async (round: number, expired: number, live: number) => {
    await database.prisma.$executeRaw`
      INSERT INTO idempotency_records (scope, key, fingerprint, lease_until, completed_at, outcome, expires_at)
      SELECT 'tenant:' || (g % 7), ${`r${round}-`} || g, 'f', now(), now(), '{"status":201,"headers":{},"bodyJson":"{}"}'::jsonb,
             CASE WHEN g <= ${expired} THEN now() - interval '1 second' ELSE now() + interval '1 day' END
      FROM generate_series(1, ${expired + live}::int) AS g`;
  };
  const counts = async () => {
    const [row] = await database.prisma.$queryRaw<Array<{ total: number; expired: number }>>`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE expires_at <= now())::int AS expired FROM idempotency_records`;
    return row ?? { total: -1, expired: -1 };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const pool of pools) await pool.client.$disconnect();
    await database.drop();
  });
  beforeEach(() => database.prisma.idempotencyRecord.deleteMany());

  it('keeps the table to the live outcomes under steady traffic: each sweep removes what expired since the last', async () => {
    const cleanup = cleanupOn();
    const figures: string[] = [];
    for (let round = 1; round <= 8; round++) {
      await insert(round, 4_000, 250);
      const before = await counts();
      const started = performance.now();
      const deleted = await cleanup.sweep();
      const after = await counts();
      figures.push(
        `round ${round}: ${before.total} rows → ${after.total} (${deleted} deleted in ${(performance.now() - started).toFixed(0)} ms)`,
      );
      expect(deleted).toBe(4_000);
      expect(after).toEqual({ total: 250 * round, expired: 0 });
    }
    console.log(`idempotency cleanup, batches of ${BATCH}:\n  ${figures.join('\n  ')}`);
  });

  it('deletes at most ten batches per sweep, leaving the rest to the next tick', async () => {
    await insert(0, 25_000, 10);
    const cleanup = cleanupOn();
    expect(await cleanup.sweep()).toBe(10 * BATCH);
    expect(await cleanup.sweep()).toBe(10 * BATCH);
    expect(await cleanup.sweep()).toBe(5_000);
    expect(await counts()).toEqual({ total: 10, expired: 0 });
  });

  it('lets several instances sweep at once: each expired row is deleted once, and none waits for another', async () => {
    await insert(0, 12_000, 100);
    const instances = [cleanupOn(), cleanupOn(), cleanupOn()];
    const deleted = await Promise.all(instances.map((cleanup) => cleanup.sweep()));
    expect(deleted.reduce((a, b) => a + b, 0)).toBe(12_000);
    expect(await counts()).toEqual({ total: 100, expired: 0 });
  });
});
