import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createPrismaClient, deployMigrations, isProcessAlive } from '@access/db';
import { ERRORS } from '@access/errors';
import { provisionTenant } from '../../../src/domains/tenants/tenant-provisioning';
import { startApiProcess, tokenSettings, type ApiProcess } from '../../support/api-process';
import { startPostgresProcess, type PostgresProcess } from '../../support/postgres-process';
import { startWebhookReceiver } from '../../support/webhook-receiver';

interface Answer {
  status: number;
  code?: string;
  retryAfter: string | null;
  id?: string;
  email: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PostgreSQL is killed with SIGKILL (no shutdown of any kind) while the API, a process of
 * its own, takes a steady stream of writes; then it is started again on the same data.
 */
describe('the database killed under write load', () => {
  const CYCLES = 2;
  let dir: string;
  let server: PostgresProcess;
  let api: ApiProcess;
  let url: string;

  async function startPostgres(port: number): Promise<PostgresProcess> {
    // Backends of the killed server may take a moment to notice and release shared memory.
    for (let attempt = 0; ; attempt++) {
      try {
        const started = await startPostgresProcess(path.join(dir, 'data'), port);
        if (started.port === port) return started;
        await started.stop();
      } catch (error) {
        if (attempt > 40) throw error;
      }
      await sleep(250);
    }
  }

  function killPostgres(): number {
    const pid = server.postmasterPid();
    process.kill(pid, 'SIGKILL');
    return pid;
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'access-db-kill-'));
    server = await startPostgresProcess(path.join(dir, 'data'));
    url = server.url;
    await deployMigrations(url);
  });

  afterAll(async () => {
    await api?.stop('SIGKILL');
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the process alive, answers only documented statuses, recovers, and keeps every acknowledged write once', async () => {
    const prisma = createPrismaClient({ url, poolMax: 1 });
    const tenant = await provisionTenant(prisma, { name: 'Kill test', ownerEmail: 'owner@kill.example.com' });
    await prisma.$disconnect();
    const tokens = tokenSettings();
    const token = await tokens.userToken(tenant.tenantId, tenant.ownerId);
    api = await startApiProcess({ APP_ENV: 'test', LOG_LEVEL: 'info', DATABASE_URL: url, ACCESS_PROVIDER: 'local', ...tokens.env });

    const answers: Answer[] = [];
    const readiness: number[] = [];
    let sequence = 0;
    let running = true;
    const writer = async (worker: number) => {
      while (running) {
        const email = `w${worker}-${sequence++}@kill.example.com`;
        try {
          const response = await fetch(`${api.baseUrl}/v1/users`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'x-tenant-id': tenant.tenantId, 'content-type': 'application/json' },
            body: JSON.stringify({ email, name: 'Load', auth_provider: 'oidc', roles: ['member'] }),
          });
          const body = (await response.json()) as { id?: string; code?: string };
          answers.push({ status: response.status, code: body.code, id: body.id, retryAfter: response.headers.get('retry-after'), email });
        } catch (error) {
          answers.push({ status: 0, code: String(error), retryAfter: null, email });
        }
      }
    };
    const writers = Array.from({ length: 6 }, (_, i) => writer(i));

    const countCreated = () => answers.filter((a) => a.status === 201).length;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      await sleep(1_000);
      const before = countCreated();
      expect(before).toBeGreaterThan(0);
      const killed = killPostgres();
      while (isProcessAlive(killed)) await sleep(20);
      await sleep(1_500); // an outage under load
      readiness.push((await fetch(`${api.baseUrl}/readyz`)).status);
      expect(api.child.exitCode).toBeNull();
      await server.abandon();
      server = await startPostgres(server.port);
      // The service finds the database again by itself.
      const deadline = Date.now() + 20_000;
      while ((await fetch(`${api.baseUrl}/readyz`)).status !== 200) {
        if (Date.now() > deadline) throw new Error(`not ready again:\n${api.stdout().slice(-3000)}`);
        await sleep(100);
      }
      const recovered = countCreated();
      await sleep(1_000);
      expect(countCreated()).toBeGreaterThan(recovered); // writes succeed again
    }
    running = false;
    await Promise.all(writers);

    // The job engine (its own pool) lived through the outages too: a change made now is delivered.
    const receiver = await startWebhookReceiver();
    try {
      const headers = { authorization: `Bearer ${token}`, 'x-tenant-id': tenant.tenantId, 'content-type': 'application/json' };
      const post = (path: string, body: unknown) => fetch(`${api.baseUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      const endpoint = await post('/v1/webhook-endpoints', { url: receiver.url, event_types: ['user.created'] });
      expect(endpoint.status).toBe(201);
      receiver.secret = ((await endpoint.json()) as { secret: string }).secret;
      const email = 'after-the-outages@kill.example.com';
      expect((await post('/v1/users', { email, name: 'After', auth_provider: 'oidc', roles: ['member'] })).status).toBe(201);
      const deadline = Date.now() + 20_000;
      while (receiver.received.length === 0 && Date.now() < deadline) await sleep(100);
      expect(receiver.received.map((r) => r.answered)).toEqual([200]);
      expect(receiver.received[0]?.body).toContain('user.created');
    } finally {
      await receiver.close();
    }

    // The process lived through every outage.
    expect(api.child.exitCode).toBeNull();
    expect(readiness).toEqual(Array(CYCLES).fill(503));

    // Only documented answers: 201, or 503 with a database code and Retry-After.
    const outcomes = new Set(answers.map((a) => `${a.status} ${a.status === 201 ? '' : a.code}`.trim()));
    expect([...outcomes].filter((o) => !['201', '503 database_unavailable', '503 database_timeout'].includes(o))).toEqual([]);
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(ERRORS[answer.code as keyof typeof ERRORS].status).toBe(503);
    }

    // Each outage is logged once when it starts and once when it ends, with no stack anywhere.
    const lines = api.logLines();
    expect(lines.filter((l) => String(l['msg']).startsWith('database unavailable'))).toHaveLength(CYCLES);
    expect(lines.filter((l) => l['msg'] === 'database available again')).toHaveLength(CYCLES);
    expect(api.stdout()).not.toContain('"stack"');
    expect(lines.filter((l) => l['level'] === 60)).toEqual([]);

    // Every acknowledged write is there, exactly once.
    const acknowledged = answers.filter((a) => a.status === 201);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; email: string }>(
        'SELECT id, email FROM tenant_users WHERE tenant_id = $1 AND email = ANY($2::text[])',
        [tenant.tenantId, acknowledged.map((a) => a.email)],
      );
      expect(rows).toHaveLength(acknowledged.length);
      const byEmail = new Map(rows.map((row) => [row.email, row.id]));
      for (const answer of acknowledged) expect(byEmail.get(answer.email)).toBe(answer.id);
    } finally {
      await client.end();
    }

    expect(await api.stop('SIGTERM')).toBe(0);
  }, 120_000);
});
