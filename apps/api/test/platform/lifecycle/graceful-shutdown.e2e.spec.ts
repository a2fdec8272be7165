import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@access/db/testing';
import { provisionTenant } from '../../../src/domains/tenants/tenant-provisioning';
import { ServiceLifecycle } from '../../../src/platform/lifecycle/service-lifecycle';
import { startApiProcess, tokenSettings, type ApiProcess } from '../../support/api-process';
import { startTestApp, type RunningApp } from '../../support/start-test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('graceful shutdown of the API process', () => {
  let db: TestDatabase;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await api?.stop('SIGKILL');
    await db.drop();
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s finishes the request in flight (held behind a row lock) with 2xx, refuses new connections, and exits 0',
    async (signal) => {
      const tenant = await provisionTenant(db.prisma, { name: `Shutdown ${signal}`, ownerEmail: `owner-${signal}@shutdown.example.com` });
      const tokens = tokenSettings();
      api = await startApiProcess({
        APP_ENV: 'test',
        LOG_LEVEL: 'info',
        DATABASE_URL: db.url,
        ACCESS_PROVIDER: 'local',
        SHUTDOWN_TIMEOUT_MS: '15000',
        // The lock is held for a few seconds on purpose: longer than the default lock timeout.
        DATABASE_LOCK_TIMEOUT_MS: '10000',
        DATABASE_STATEMENT_TIMEOUT_MS: '10000',
        DATABASE_TRANSACTION_TIMEOUT_MS: '12000',
        ...tokens.env,
      });
      const token = await tokens.userToken(tenant.tenantId, tenant.ownerId);

      // Another session holds the owner's row, so the update below waits on its lock.
      const holder = new Client({ connectionString: db.url });
      holder.on('error', () => undefined); // the database is dropped under it if the test fails
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM tenant_users WHERE id = $1 FOR UPDATE', [tenant.ownerId]);

      const inFlight = fetch(`${api.baseUrl}/v1/users/${tenant.ownerId}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'x-tenant-id': tenant.tenantId, 'content-type': 'application/json' },
        body: JSON.stringify({ name: `Renamed during ${signal}` }),
      });
      for (let waited = 0; ; waited += 20) {
        // Asked outside the holder's transaction, whose view of pg_stat_activity would stay frozen.
        const rows = await db.prisma.$queryRaw<Array<{ n: number }>>`
          SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`;
        if (rows[0]?.n === 1) break;
        if (waited > 10_000) throw new Error(`the update never waited on the lock: ${JSON.stringify(await (await inFlight).json())}`);
        await sleep(20);
      }

      api.child.kill(signal);
      for (let waited = 0; !api.stdout().includes('shutting down'); waited += 20) {
        if (waited > 5_000) throw new Error(`no shutdown log line:\n${api.stdout()}`);
        await sleep(20);
      }
      // No new connection is accepted while the request in flight waits.
      await expect(fetch(`${api.baseUrl}/healthz`)).rejects.toThrow();
      expect(api.child.exitCode).toBeNull();

      await sleep(300);
      await holder.query('COMMIT');
      await holder.end();

      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(((await response.json()) as { name: string }).name).toBe(`Renamed during ${signal}`);
      expect(await api.exited).toBe(0);
      const messages = api.logLines().map((line) => line['msg']);
      expect(messages).toContain('stopped');
      api = undefined;
    },
    60_000,
  );
});

describe('an instance that is shutting down', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startTestApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('answers readiness and any other request that still arrives with 503 shutting_down, Retry-After and Connection: close', async () => {
    expect((await fetch(`${running.baseUrl}/readyz`)).status).toBe(200);
    running.app.get(ServiceLifecycle).beginShutdown();
    const fastify = running.app.getHttpAdapter().getInstance();
    expect((await fastify.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200); // alive, as documented
    for (const url of ['/readyz', '/v1/users', '/v1/nothing-here']) {
      const response = await fastify.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ code: 'shutting_down', errorCode: '50300004', requestId: response.headers['x-request-id'] });
      expect(response.headers['retry-after']).toBe('1');
      expect(response.headers['connection']).toBe('close');
    }
  });
});
