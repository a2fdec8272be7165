import { randomUUID } from 'node:crypto';
import { createAccessClient } from '@access/client';
import { createTestDatabase, type TestDatabase } from '@access/db/testing';
import { provisionTenant } from '../../../src/domains/tenants/tenant-provisioning';
import { startApiProcess, tokenSettings, type ApiProcess } from '../../support/api-process';
import { eventually } from '../../support/eventually';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver';

/**
 * The API as separate processes on one database, as deployed: an event committed by a
 * process that dies before delivering it is delivered by the next one, and two instances
 * share the queue without sending an event twice.
 */
jest.setTimeout(120_000);

describe('webhook delivery across API processes', () => {
  const tokens = tokenSettings();
  let database: TestDatabase;
  let receiver: WebhookReceiver;
  const processes: ApiProcess[] = [];
  let tenantId: string;
  let ownerToken: string;

  const env = (extra: Record<string, string> = {}) => ({
    APP_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: database.url,
    DATABASE_POOL_MAX: '4',
    ACCESS_PROVIDER: 'local',
    JOBS_POLL_INTERVAL_MS: '100',
    WEBHOOK_RETRY_BASE_MS: '100',
    ...tokens.env,
    ...extra,
  });
  const start = async (extra: Record<string, string> = {}) => {
    const api = await startApiProcess(env(extra));
    processes.push(api);
    return api;
  };
  const client = (api: ApiProcess) => createAccessClient({ baseUrl: api.baseUrl, bearerToken: ownerToken, tenantId });
  const createUser = (api: ApiProcess) =>
    client(api).POST('/v1/users', {
      body: { email: `p-${randomUUID()}@example.com`, name: 'Pat', roles: ['member'], auth_provider: 'oidc' },
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    const tenant = await provisionTenant(database.prisma, { name: 'Processes', ownerEmail: 'owner@example.com' });
    tenantId = tenant.tenantId;
    ownerToken = await tokens.userToken(tenantId, tenant.ownerId);
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    for (const api of processes) await api.stop('SIGKILL');
    await receiver.close();
    await database.drop();
  });

  async function register(api: ApiProcess): Promise<string> {
    const created = await client(api).POST('/v1/webhook-endpoints', { body: { url: receiver.url, event_types: ['user.created'] } });
    expect(created.response.status).toBe(201);
    receiver.secret = created.data?.secret;
    return created.data?.secret ?? '';
  }

  it('delivers an event committed by a process killed before delivering it, once another starts', async () => {
    // This instance runs no jobs: it commits the change (and its queued delivery) and dies.
    const doomed = await start({ JOBS_ENABLED: 'false' });
    const secret = await register(doomed);
    const user = await createUser(doomed);
    expect(user.response.status).toBe(201);
    await doomed.stop('SIGKILL');
    const queued = await database.prisma.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM graphile_worker.jobs`;
    expect(Number(queued[0]?.n)).toBe(1);
    expect(receiver.received).toEqual([]);

    const survivor = await start();
    const [delivery] = await eventually(
      async () => receiver.received,
      (r) => r.length >= 1,
      15_000,
    );
    expect(delivery?.verified).toMatchObject({ type: 'user.created', data: { resource: { type: 'user', id: user.data?.id } } });

    // No log line of either process shows the secret.
    for (const api of [doomed, survivor]) expect(api.stdout() + api.stderr()).not.toContain(secret.slice(6));
    await survivor.stop('SIGTERM');
  });

  it('shares the work of two instances, delivering each event once', async () => {
    receiver.received.length = 0;
    const [first, second] = [await start(), await start()];
    const users = await Promise.all(Array.from({ length: 20 }, (_, i) => createUser(i % 2 === 0 ? first : second)));
    expect(users.every((u) => u.response.status === 201)).toBe(true);
    await eventually(
      async () => receiver.received.length,
      (n) => n >= 20,
      20_000,
    );
    // Give a duplicate time to show up.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const ids = receiver.received.map((r) => r.headers['webhook-id']);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    expect(receiver.received.every((r) => r.verified !== undefined)).toBe(true);
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(await second.stop('SIGTERM')).toBe(0);
  });
});
