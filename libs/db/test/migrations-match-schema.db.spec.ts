import { createTestDatabase, TestDatabase } from '../src/testing';
import { runPrismaCli } from '../src/lib/migrations';

describe('committed migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('produce exactly prisma/schema.prisma (migrate diff through a shadow database is empty)', async () => {
    const { code, output } = await runPrismaCli(
      ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--exit-code'],
      db.url,
    );
    expect(output).toContain('No difference detected');
    expect(code).toBe(0);
  }, 60_000);

  it('are all applied in a cloned test database', async () => {
    const { code, output } = await runPrismaCli(['migrate', 'status'], db.url);
    expect(output).toContain('Database schema is up to date');
    expect(code).toBe(0);
  }, 60_000);
});
