import { randomUUID } from 'node:crypto';
import type { User } from '@access/contract';
import { expectError, withoutRequestId } from '../../support/expect-error';
import { rawRequest } from '../../support/raw-http';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';

const CONCURRENT = 50;
const email = () => `idem-${randomUUID()}@example.com`;

/**
 * Idempotency-Key on creates (draft-ietf-httpapi-idempotency-key-header), through the
 * client library against the running app and its own PostgreSQL.
 */
describe('Idempotency-Key on creates', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let owner: ReturnType<RunningApp['client']>;

  beforeAll(async () => {
    // Enough connections for the 50 requests to meet in the database; a short lock bound for the 503 case.
    running = await startTestApp({ DATABASE_POOL_MAX: '20', DATABASE_LOCK_TIMEOUT_MS: '300' });
    tenant = await running.createTenant();
    owner = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
  });
  afterAll(() => running.close());

  const createUser = (body: { email: string; name: string; password?: string; roles?: string[] }, key?: string) =>
    owner.POST('/v1/users', {
      body: { password: 'correct-horse-battery-staple', roles: ['member'], ...body },
      headers: key === undefined ? {} : { 'Idempotency-Key': key },
    });
  const usersWithEmail = (address: string) => running.prisma.tenantUser.count({ where: { tenantId: tenant.tenantId, email: address } });

  it(`gives ${CONCURRENT} concurrent creates with one key one user and one answer, in progress only while the first runs`, async () => {
    const key = randomUUID();
    const body = { email: email(), name: 'Concurrent Casey' };
    let firstAnsweredAt = Infinity;
    const inProgressSentAt: number[] = [];
    // Each caller retries as Retry-After asks (here after 50 ms) until it has the create's answer.
    const caller = async () => {
      for (;;) {
        const sentAt = Date.now();
        const answer = await createUser(body, key);
        if (answer.response.status !== 409) {
          if (answer.response.headers.get('idempotency-replayed') === null) firstAnsweredAt = Date.now();
          return answer;
        }
        expectError(answer, 'idempotency_key_in_progress');
        expect(answer.response.headers.get('retry-after')).toBe('1');
        inProgressSentAt.push(sentAt);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const answers = await Promise.all(Array.from({ length: CONCURRENT }, caller));

    expect(await usersWithEmail(body.email)).toBe(1);
    const statuses = answers.map((a) => a.response.status);
    expect(statuses).toEqual(Array(CONCURRENT).fill(201));
    // Byte for byte: a replay is the first answer's body as it was sent, in its key order.
    const bodies = new Set(answers.map((a) => JSON.stringify(a.data)));
    expect(bodies.size).toBe(1);
    const replayed = answers.filter((a) => a.response.headers.get('idempotency-replayed') === 'true');
    expect(replayed).toHaveLength(CONCURRENT - 1);
    expect(new Set(answers.map((a) => a.response.headers.get('location'))).size).toBe(1);
    expect(new Set(answers.map((a) => a.response.headers.get('etag'))).size).toBe(1);
    // A request sent after the first answer arrived is never told "in progress".
    for (const sentAt of inProgressSentAt) expect(sentAt).toBeLessThan(firstAnsweredAt);
    const after = await createUser(body, key);
    expect(after.response.status).toBe(201);
    expect(after.response.headers.get('idempotency-replayed')).toBe('true');
  });

  it('replays a refused first request as it was refused, even once the refusal no longer holds', async () => {
    const address = email();
    const existing = await createUser({ email: address, name: 'First Holder' });
    const key = randomUUID();
    const refused = await createUser({ email: address, name: 'Second Comer' }, key);
    expectError(refused, 'user_exists');
    await owner.DELETE('/v1/users/{id}', { params: { path: { id: existing.data?.id ?? '' } } });

    const replay = await createUser({ email: address, name: 'Second Comer' }, key);
    expectError(replay, 'user_exists');
    expect(withoutRequestId(replay)).toEqual(withoutRequestId(refused));
    expect(replay.response.headers.get('idempotency-replayed')).toBe('true');
    expect(await usersWithEmail(address)).toBe(0);
  });

  it('refuses a key reused with another body, or for another create, with 422 and changes nothing', async () => {
    const key = randomUUID();
    const first = await createUser({ email: email(), name: 'Original' }, key);
    expect(first.response.status).toBe(201);
    const otherAddress = email();
    const otherBody = await createUser({ email: otherAddress, name: 'Original' }, key);
    expect(expectError(otherBody, 'idempotency_key_reused').errors).toEqual([
      { detail: 'was used for another request; use a new key for a new request', pointer: '/idempotency-key', location: 'header' },
    ]);
    expect(await usersWithEmail(otherAddress)).toBe(0);
    const otherTarget = await owner.POST('/v1/identity-providers', {
      body: { name: `Okta ${key}`, type: 'oidc' },
      headers: { 'Idempotency-Key': key },
    });
    expectError(otherTarget, 'idempotency_key_reused');
    expect(await running.prisma.identityProvider.count({ where: { tenantId: tenant.tenantId, name: `Okta ${key}` } })).toBe(0);
  });

  it('takes the key as a Structured Field string or bare, and compares bodies whatever their key order', async () => {
    const key = randomUUID();
    const address = email();
    const first = await owner.POST('/v1/users', {
      body: { email: address, name: 'Order', password: 'correct-horse-battery-staple', roles: ['member'] },
      headers: { 'Idempotency-Key': `"${key}"` },
    });
    const again = await owner.POST('/v1/users', {
      body: { roles: ['member'], password: 'correct-horse-battery-staple', name: 'Order', email: address },
      headers: { 'Idempotency-Key': key },
    });
    expect(again.response.status).toBe(201);
    expect(again.data).toEqual(first.data);
    expect(again.response.headers.get('idempotency-replayed')).toBe('true');
  });

  it('keeps keys apart per tenant', async () => {
    const other = await running.createTenant();
    const otherOwner = running.client({ bearerToken: other.ownerToken, tenantId: other.tenantId });
    const key = randomUUID();
    const body = { email: email(), name: 'Twin', password: 'correct-horse-battery-staple', roles: ['member'] };
    const here = await owner.POST('/v1/users', { body, headers: { 'Idempotency-Key': key } });
    const there = await otherOwner.POST('/v1/users', { body, headers: { 'Idempotency-Key': key } });
    expect([here.response.status, there.response.status]).toEqual([201, 201]);
    expect(there.response.headers.get('idempotency-replayed')).toBeNull();
    expect(there.data?.id).not.toBe(here.data?.id);
  });

  it('changes nothing without a key: a second create is refused as before', async () => {
    const body = { email: email(), name: 'No Key' };
    expect((await createUser(body)).response.status).toBe(201);
    expectError(await createUser(body), 'user_exists');
  });

  it.each([
    ['empty', ''],
    ['over-long', 'k'.repeat(256)],
    ['two words', 'two words'],
    ['quoted inside', 'a"b'],
    ['not ASCII', 'clé'],
  ])('refuses a key that is %s with 400 and a pointer, creating nothing', async (_label, key) => {
    const address = email();
    const answer = await fetch(`${running.baseUrl}/v1/users`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tenant.ownerToken}`,
        'x-tenant-id': tenant.tenantId,
        'content-type': 'application/json',
        'idempotency-key': key,
      },
      body: JSON.stringify({ email: address, name: 'Bad Key', password: 'correct-horse-battery-staple', roles: ['member'] }),
    }).catch((error: unknown) => ({ error }));
    // fetch itself refuses to send some header values (non-ASCII): then nothing reached the service at all.
    if ('error' in answer) {
      expect(key).toBe('clé');
    } else {
      expect(answer.status).toBe(400);
      const envelope = (await answer.json()) as { code: string; errors: Array<{ pointer: string; location: string }> };
      expect(envelope.code).toBe('validation_failed');
      expect(envelope.errors).toEqual([expect.objectContaining({ pointer: '/idempotency-key', location: 'header' })]);
    }
    expect(await usersWithEmail(address)).toBe(0);
  });

  it('refuses a key sent twice with 400 duplicate_header, creating nothing', async () => {
    const address = email();
    const answer = await rawRequest(running.baseUrl, {
      method: 'POST',
      path: '/v1/users',
      headers: {
        authorization: `Bearer ${tenant.ownerToken}`,
        'x-tenant-id': tenant.tenantId,
        'content-type': 'application/json',
        'idempotency-key': ['one', 'two'],
      },
      body: JSON.stringify({ email: address, name: 'Twice', password: 'correct-horse-battery-staple', roles: ['member'] }),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      code: 'duplicate_header',
      errors: [{ detail: 'was sent 2 times; send it once', pointer: '/idempotency-key', location: 'header' }],
    });
    expect(await usersWithEmail(address)).toBe(0);
  });

  it('keeps no outcome of a database timeout (503): a retry with the key creates', async () => {
    const key = randomUUID();
    const name = `Locked ${key}`;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const locked = new Promise<void>((resolveLocked) => {
      void running.prisma.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe('LOCK TABLE identity_providers IN ACCESS EXCLUSIVE MODE');
          resolveLocked();
          await held;
        },
        { timeout: 30_000 },
      );
    });
    await locked;
    const create = () => owner.POST('/v1/identity-providers', { body: { name, type: 'oidc' }, headers: { 'Idempotency-Key': key } });
    const during = await create();
    release();
    expectError(during, 'database_timeout');
    const after = await create();
    expect(after.response.status).toBe(201);
    expect(after.response.headers.get('idempotency-replayed')).toBeNull();
    expect(await running.prisma.identityProvider.count({ where: { tenantId: tenant.tenantId, name } })).toBe(1);
  });

  it('lets a key be used again once its outcome has expired', async () => {
    const key = randomUUID();
    const first = await createUser({ email: email(), name: 'Expiring' }, key);
    expect(first.response.status).toBe(201);
    await running.prisma.idempotencyRecord.updateMany({ where: { key }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const address = email();
    const fresh = await createUser({ email: address, name: 'Fresh' }, key);
    expect(fresh.response.status).toBe(201);
    expect(fresh.response.headers.get('idempotency-replayed')).toBeNull();
    expect((fresh.data as User).email).toBe(address);
  });
  it('replays a role create, and withholds the replay of a create that showed a secret once (API keys, tenants)', async () => {
    const roleKey = randomUUID();
    const role = await owner.POST('/v1/roles', { body: { name: 'replayed-role' }, headers: { 'Idempotency-Key': roleKey } });
    const roleAgain = await owner.POST('/v1/roles', { body: { name: 'replayed-role' }, headers: { 'Idempotency-Key': roleKey } });
    expect([role.response.status, roleAgain.response.status]).toEqual([201, 201]);
    expect(roleAgain.response.headers.get('idempotency-replayed')).toBe('true');
    expect(roleAgain.data).toEqual(role.data);
    expect(await running.prisma.role.count({ where: { tenantId: tenant.tenantId, name: 'replayed-role' } })).toBe(1);

    const keyKey = randomUUID();
    const apiKey = await owner.POST('/v1/api-keys', {
      body: { kind: 'integration', name: 'Once' },
      headers: { 'Idempotency-Key': keyKey },
    });
    expect(apiKey.response.status).toBe(201);
    const location = apiKey.response.headers.get('location');
    const withheld = await owner.POST('/v1/api-keys', {
      body: { kind: 'integration', name: 'Once' },
      headers: { 'Idempotency-Key': keyKey },
    });
    expectError(withheld, 'idempotency_replay_withheld');
    expect(JSON.stringify(withheld.error)).not.toContain((apiKey.data as { key: string }).key);
    expect(location).not.toBeNull();
    expect(JSON.stringify(withheld.error)).toContain(location as string);
    expect(await running.prisma.apiKey.count({ where: { tenantId: tenant.tenantId, name: 'Once' } })).toBe(1);

    const operator = running.client({ bearerToken: await running.serviceToken(['tenants:read', 'tenants:write']) });
    const tenantKey = randomUUID();
    const body = { name: 'Idempotent Inc', owner: { email: email(), name: 'Ida Owner' }, api_keys: ['scim' as const] };
    const created = await operator.POST('/v1/tenants', { body, headers: { 'Idempotency-Key': tenantKey } });
    expect(created.response.status).toBe(201);
    expectError(await operator.POST('/v1/tenants', { body, headers: { 'Idempotency-Key': tenantKey } }), 'idempotency_replay_withheld');
    expect(await running.prisma.tenant.count({ where: { name: 'Idempotent Inc' } })).toBe(1);
  });
});
