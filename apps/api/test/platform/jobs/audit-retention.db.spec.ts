import { createTestDatabase, type TestDatabase } from '@access/db/testing';
import { deleteExpiredAuditEvents } from '../../../src/platform/jobs/audit-retention';

describe('audit retention', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('deletes the events older than the retention period, in batches, and keeps the rest', async () => {
    const tenant = await database.prisma.tenant.create({ data: { name: 'Retained' } });
    const now = new Date('2026-11-24T00:00:00Z');
    // 25 events a day old each day for 40 days: days 31..40 are past a 30-day retention.
    await database.prisma.$executeRaw`
      INSERT INTO audit_events (tenant_id, type, occurred_at, actor_kind, actor_id, resource_type, resource_id)
      SELECT ${tenant.id}::uuid, 'user.created', ${now.toISOString()}::timestamptz - (d * interval '1 day') - (i * interval '1 minute'),
             'system', 'operator-cli', 'user', 'u-' || d || '-' || i
      FROM generate_series(1, 40) AS d, generate_series(1, 25) AS i`;

    const deleted = await deleteExpiredAuditEvents(database.prisma, 30, now, 7);

    expect(deleted).toBe(10 * 25 + 25);
    const left = await database.prisma.auditEvent.aggregate({ _min: { occurredAt: true }, _count: true });
    expect(left._count).toBe(29 * 25);
    expect(left._min.occurredAt!.getTime()).toBeGreaterThanOrEqual(now.getTime() - 30 * 86_400_000);
  });
});
