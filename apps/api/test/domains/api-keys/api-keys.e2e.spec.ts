import { randomUUID } from 'node:crypto';
import { createAccessClient } from '@access/client';
import { createApp } from '../../../src/app/create-app';
import { expectError } from '../../support/expect-error';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';

const KEYS_NEVER_MANAGE = 'API keys cannot create, list, read or revoke API keys, nor manage roles; only the tenant owner or an admin can.';

describe('API keys', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let owner: ReturnType<RunningApp['client']>;

  beforeAll(async () => {
    running = await startTestApp();
    tenant = await running.createTenant();
    owner = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
  });
  afterAll(async () => {
    await running.close();
  });

  const withKey = (key: string) => running.client({ apiKey: key, tenantId: tenant.tenantId });

  it('lists keys with prefix, name, kind, creator and dates, never a secret or a hash', async () => {
    const created = await owner.POST('/v1/api-keys', {
      body: { kind: 'scim', name: 'Directory sync', expires_at: '2099-01-01T00:00:00Z' },
    });
    expect(created.response.status).toBe(201);
    const listed = await owner.GET('/v1/api-keys', {});
    const entry = listed.data?.data.find((key) => key.id === created.data!.api_key.id);
    expect(entry).toEqual({
      id: created.data!.api_key.id,
      prefix: expect.stringMatching(/^ak_s_[a-z2-7]{12}$/),
      name: 'Directory sync',
      kind: 'scim',
      created_by: tenant.ownerId,
      created_at: expect.any(String),
      last_used_at: null,
      expires_at: '2099-01-01T00:00:00.000Z',
      revoked_at: null,
    });
    expect(created.data!.key.startsWith(`${entry!.prefix}_`)).toBe(true);
    const row = await running.prisma.apiKey.findUniqueOrThrow({ where: { id: entry!.id } });
    const wire = JSON.stringify(listed.data);
    expect(wire).not.toContain(row.keyHash);
    expect(wire).not.toContain(created.data!.key);
    expect(JSON.stringify((await owner.GET('/v1/api-keys/{id}', { params: { path: { id: entry!.id } } })).data)).not.toContain(
      created.data!.key,
    );
  });

  it('refuses an expired key with 401 from the moment it expires', async () => {
    const created = await owner.POST('/v1/api-keys', {
      body: { kind: 'integration', name: 'Short-lived', expires_at: new Date(Date.now() + 1500).toISOString() },
    });
    const key = withKey(created.data!.key);
    expect((await key.GET('/v1/identity-providers', {})).response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const refused = await key.GET('/v1/identity-providers', {});
    expect(expectError(refused, 'unauthenticated').message).toBe('The API key has expired.');
    expect(refused.response.headers.get('www-authenticate')).toMatch(/^ApiKey /);
  });

  it('refuses an expiry that has already passed with 422 api_key_expiry_passed', async () => {
    const past = await owner.POST('/v1/api-keys', { body: { kind: 'integration', name: 'Late', expires_at: '2020-01-01T00:00:00Z' } });
    expect(expectError(past, 'api_key_expiry_passed').errors).toEqual([expect.objectContaining({ pointer: '/expires_at' })]);
    expect(await running.prisma.apiKey.count({ where: { tenantId: tenant.tenantId, name: 'Late' } })).toBe(0);
  });

  it('never lets a key create, list, read or revoke keys: 403 with the policy notice', async () => {
    const key = withKey(tenant.integrationApiKey);
    const victim = (await owner.POST('/v1/api-keys', { body: { kind: 'scim', name: 'Victim' } })).data!.api_key.id;
    for (const answer of [
      await key.POST('/v1/api-keys', { body: { kind: 'integration', name: 'Minted by a key' } }),
      await key.GET('/v1/api-keys', {}),
      await key.GET('/v1/api-keys/{id}', { params: { path: { id: victim } } }),
      await key.DELETE('/v1/api-keys/{id}', { params: { path: { id: victim } } }),
      await withKey(tenant.scimApiKey).DELETE('/v1/api-keys/{id}', { params: { path: { id: victim } } }),
    ]) {
      expect(expectError(answer, 'forbidden').notices).toEqual([KEYS_NEVER_MANAGE]);
    }
    expect(await running.prisma.apiKey.count({ where: { tenantId: tenant.tenantId, name: 'Minted by a key' } })).toBe(0);
    expect((await running.prisma.apiKey.findUniqueOrThrow({ where: { id: victim } })).revokedAt).toBeNull();
  });

  it('rotates a key: the new one works at once, both work in between, the old one stops at its revocation', async () => {
    const old = (await owner.POST('/v1/api-keys', { body: { kind: 'integration', name: 'Rotating (old)' } })).data!;
    const fresh = (await owner.POST('/v1/api-keys', { body: { kind: 'integration', name: 'Rotating (new)' } })).data!;
    expect((await withKey(old.key).GET('/v1/users', {})).response.status).toBe(200);
    expect((await withKey(fresh.key).GET('/v1/users', {})).response.status).toBe(200);

    expect((await owner.DELETE('/v1/api-keys/{id}', { params: { path: { id: old.api_key.id } } })).response.status).toBe(204);
    expect(expectError(await withKey(old.key).GET('/v1/users', {}), 'unauthenticated').message).toBe('The API key has been revoked.');
    expect((await withKey(fresh.key).GET('/v1/users', {})).response.status).toBe(200);

    // Revoking again changes nothing; the first revocation time stays.
    const first = (await owner.GET('/v1/api-keys/{id}', { params: { path: { id: old.api_key.id } } })).data!.revoked_at;
    expect((await owner.DELETE('/v1/api-keys/{id}', { params: { path: { id: old.api_key.id } } })).response.status).toBe(204);
    expect((await owner.GET('/v1/api-keys/{id}', { params: { path: { id: old.api_key.id } } })).data!.revoked_at).toBe(first);
    expectError(await owner.DELETE('/v1/api-keys/{id}', { params: { path: { id: randomUUID() } } }), 'api_key_not_found');
  });

  it('refuses a revoked key on another instance from the very next request (no cache outlives a revocation)', async () => {
    const second = await createApp(running.config);
    await second.listen({ host: '127.0.0.1', port: 0 });
    try {
      const address = second.getHttpServer().address();
      if (!address || typeof address === 'string') throw new Error('no TCP address');
      const issued = (await owner.POST('/v1/api-keys', { body: { kind: 'scim', name: 'Two instances' } })).data!;
      const elsewhere = createAccessClient({ baseUrl: `http://127.0.0.1:${address.port}`, apiKey: issued.key, tenantId: tenant.tenantId });
      expect((await elsewhere.GET('/v1/users', {})).response.status).toBe(200);

      await owner.DELETE('/v1/api-keys/{id}', { params: { path: { id: issued.api_key.id } } });
      expectError(await elsewhere.GET('/v1/users', {}), 'unauthenticated');
    } finally {
      await second.close();
    }
  });

  it('lets admins manage keys, and refuses members', async () => {
    const adminId = await running.addUser(tenant.tenantId, ['admin']);
    const memberId = await running.addUser(tenant.tenantId, ['member']);
    const admin = running.client({ bearerToken: await running.userToken(tenant.tenantId, adminId), tenantId: tenant.tenantId });
    const member = running.client({ bearerToken: await running.userToken(tenant.tenantId, memberId), tenantId: tenant.tenantId });
    const issued = await admin.POST('/v1/api-keys', { body: { kind: 'integration', name: 'By an admin' } });
    expect(issued.data?.api_key.created_by).toBe(adminId);
    expectError(await member.GET('/v1/api-keys', {}), 'forbidden');
    expectError(await member.POST('/v1/api-keys', { body: { kind: 'integration', name: 'By a member' } }), 'forbidden');
  });
});
