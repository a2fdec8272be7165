import { Client } from 'pg';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';
import { expectError } from '../../support/expect-error';

describe('a request that waits on the database longer than its bounds', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  beforeAll(async () => {
    running = await startTestApp({
      DATABASE_LOCK_TIMEOUT_MS: '300',
      DATABASE_STATEMENT_TIMEOUT_MS: '600',
      DATABASE_TRANSACTION_TIMEOUT_MS: '1000',
    });
    tenant = await running.createTenant();
  });
  afterAll(async () => {
    await running.close();
  });

  it('gets 503 database_timeout with Retry-After when a row lock is held past the lock timeout, then succeeds', async () => {
    const holder = new Client({ connectionString: (running.config.database.url ?? '').toString() });
    await holder.connect();
    const client = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
    const update = () => client.PATCH('/v1/users/{id}', { params: { path: { id: tenant.ownerId } }, body: { name: 'Renamed' } });
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM tenant_users WHERE id = $1 FOR UPDATE', [tenant.ownerId]);
      const started = Date.now();
      const refused = await update();
      expectError(refused, 'database_timeout');
      expect(refused.response.headers.get('retry-after')).toBe('2');
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    const retried = await update();
    expect(retried.response.status).toBe(200);
  });
});
