import { randomUUID } from 'node:crypto';
import { expectError } from '../../support/expect-error';
import { startTestApp, type RunningApp } from '../../support/start-test-app';

const SUSPENDED_NOTICE = 'This tenant is suspended: its users and API keys are refused until an operator reactivates it.';

/** An operator onboards, suspends and removes tenants over HTTP, through the client, on the real database. */
describe('tenant administration', () => {
  let running: RunningApp;
  let operator: ReturnType<RunningApp['client']>;

  beforeAll(async () => {
    running = await startTestApp();
    operator = running.client({ bearerToken: await running.serviceToken(['tenants:read', 'tenants:write']) });
  });
  afterAll(async () => {
    await running.close();
  });

  const createTenant = (name: string, apiKeys: Array<'integration' | 'scim'> = []) =>
    operator.POST('/v1/tenants', {
      body: { name, owner: { email: `Owner-${randomUUID()}@Example.com`, name: 'Owner' }, api_keys: apiKeys },
    });

  it('onboards a tenant end to end: tenant → role → user with it → integration key → identity linked → key revoked → refused', async () => {
    // 1. The operator creates the tenant; its owner and default roles come with it.
    const created = await createTenant('Acme Corp');
    expect(created.response.status).toBe(201);
    const tenantId = created.data!.tenant.id;
    expect(created.response.headers.get('location')).toBe(`/v1/tenants/${tenantId}`);
    expect(created.data).toMatchObject({ tenant: { name: 'Acme Corp', status: 'active', suspended_at: null }, api_keys: [] });
    expect(created.data!.owner.email).toMatch(/^owner-.*@example\.com$/i);
    const owner = running.client({ bearerToken: await running.userToken(tenantId, created.data!.owner.id), tenantId });

    // 2. The owner defines a role.
    const role = await owner.POST('/v1/roles', { body: { name: 'support', description: 'Answers tickets.' } });
    expect(role.response.status).toBe(201);
    expect(role.data).toMatchObject({ name: 'support', description: 'Answers tickets.', built_in: false });
    const roles = await owner.GET('/v1/roles', {});
    // admin and member are created together (same created_at): oldest first, then by id.
    expect(roles.data?.data.map((r) => [r.name, r.built_in]).sort()).toEqual([
      ['admin', true],
      ['member', true],
      ['support', false],
    ]);

    // 3. A user with that role.
    const user = await owner.POST('/v1/users', {
      body: { email: 'sam@acme.example.com', name: 'Sam', roles: ['support'], auth_provider: 'oidc' },
    });
    expect(user.response.status).toBe(201);
    expect(user.data?.roles).toEqual(['support']);

    // 4. An integration key, shown once.
    const key = await owner.POST('/v1/api-keys', { body: { kind: 'integration', name: 'Okta sync' } });
    expect(key.response.status).toBe(201);
    expect(key.data?.key).toMatch(/^ak_i_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/);
    expect(key.data?.api_key).toMatchObject({
      kind: 'integration',
      name: 'Okta sync',
      created_by: created.data!.owner.id,
      revoked_at: null,
    });
    const integration = running.client({ apiKey: key.data!.key, tenantId });

    // 5. The key links an identity of the user.
    const provider = await owner.POST('/v1/identity-providers', { body: { name: 'Okta', type: 'oidc' } });
    const link = () =>
      integration.POST('/v1/users/{id}/identities', {
        params: { path: { id: user.data!.id } },
        body: { identity_provider_id: provider.data!.id, external_id: `okta-${randomUUID()}` },
      });
    const linked = await link();
    expect(linked.response.status).toBe(201);
    expect(linked.data?.linked_by).toBe('auto');

    // 6. The owner revokes the key; the very next call is refused.
    const revoked = await owner.DELETE('/v1/api-keys/{id}', { params: { path: { id: key.data!.api_key.id } } });
    expect(revoked.response.status).toBe(204);
    expectError(await link(), 'unauthenticated');
    const shown = await owner.GET('/v1/api-keys/{id}', { params: { path: { id: key.data!.api_key.id } } });
    expect(shown.data?.revoked_at).toEqual(expect.any(String));
  });

  it('issues first keys with a new tenant when asked, each shown once', async () => {
    const created = await createTenant('With keys', ['integration', 'scim']);
    expect(created.data?.api_keys.map((k) => [k.api_key.kind, k.api_key.created_by])).toEqual([
      ['integration', null],
      ['scim', null],
    ]);
    const scim = created.data!.api_keys[1]!;
    const client = running.client({ apiKey: scim.key, tenantId: created.data!.tenant.id });
    expect((await client.GET('/v1/identity-providers', {})).response.status).toBe(200);
  });

  it('lists, gets and renames tenants', async () => {
    const created = await createTenant('Before');
    const id = created.data!.tenant.id;
    const renamed = await operator.PATCH('/v1/tenants/{id}', { params: { path: { id } }, body: { name: 'After' } });
    expect(renamed.data).toMatchObject({ id, name: 'After', status: 'active' });
    expect((await operator.GET('/v1/tenants/{id}', { params: { path: { id } } })).data?.name).toBe('After');

    const first = await operator.GET('/v1/tenants', { params: { query: { limit: 1 } } });
    expect(first.data?.data).toHaveLength(1);
    expect(first.data?.pagination.hasNextPage).toBe(true);
    const names: string[] = [];
    let after: string | undefined;
    do {
      const page = await operator.GET('/v1/tenants', { params: { query: { limit: 2, ...(after ? { after } : {}) } } });
      names.push(...page.data!.data.map((t) => t.name));
      after = page.data!.pagination.nextCursor ?? undefined;
    } while (after);
    expect(names).toContain('After');
    expect(new Set(names).size).toBe(names.length);

    expectError(await operator.GET('/v1/tenants/{id}', { params: { path: { id: randomUUID() } } }), 'tenant_not_found');
  });

  it('refuses a suspended tenant’s tokens and keys with 403 tenant_suspended and a policy notice, keeping its data', async () => {
    const created = await createTenant('Suspended Co', ['integration']);
    const tenantId = created.data!.tenant.id;
    const owner = running.client({ bearerToken: await running.userToken(tenantId, created.data!.owner.id), tenantId });
    const key = running.client({ apiKey: created.data!.api_keys[0]!.key, tenantId });
    await owner.POST('/v1/roles', { body: { name: 'kept' } });
    const snapshot = async () => {
      const where = { tenantId };
      return JSON.stringify(
        await Promise.all([
          running.prisma.tenantUser.findMany({ where, orderBy: { id: 'asc' } }),
          running.prisma.role.findMany({ where, orderBy: { id: 'asc' } }),
          running.prisma.userRole.findMany({ where, orderBy: { roleId: 'asc' } }),
          running.prisma.apiKey.findMany({ where, orderBy: { id: 'asc' }, omit: { lastUsedAt: true, updatedAt: true } }),
        ]),
      );
    };
    const before = await snapshot();

    const suspended = await operator.POST('/v1/tenants/{id}/suspend', { params: { path: { id: tenantId } } });
    expect(suspended.data).toMatchObject({ status: 'suspended', suspended_at: expect.any(String) });

    for (const answer of [
      await owner.GET('/v1/users', {}),
      await owner.POST('/v1/roles', { body: { name: 'blocked' } }),
      await key.GET('/v1/identity-providers', {}),
    ]) {
      expect(expectError(answer, 'tenant_suspended').notices).toEqual([SUSPENDED_NOTICE]);
    }
    expect(await snapshot()).toBe(before);

    // Suspending again changes nothing; reactivating lets the same credentials in again.
    const again = await operator.POST('/v1/tenants/{id}/suspend', { params: { path: { id: tenantId } } });
    expect(again.data?.suspended_at).toBe(suspended.data?.suspended_at);
    const reactivated = await operator.POST('/v1/tenants/{id}/reactivate', { params: { path: { id: tenantId } } });
    expect(reactivated.data).toMatchObject({ status: 'active', suspended_at: null });
    expect((await owner.GET('/v1/users', {})).response.status).toBe(200);
    expect((await key.GET('/v1/identity-providers', {})).response.status).toBe(200);
  });

  it('refuses to delete a tenant with users unless with_users=true, then deletes every row in one go', async () => {
    const created = await createTenant('Leaving', ['scim']);
    const tenantId = created.data!.tenant.id;
    const lonely = await createTenant('Only an owner');
    await running.addUser(tenantId, ['member']);

    const refused = await operator.DELETE('/v1/tenants/{id}', { params: { path: { id: tenantId } } });
    expectError(refused, 'tenant_has_users');
    expect(await running.prisma.tenantUser.count({ where: { tenantId } })).toBe(2);

    const deleted = await operator.DELETE('/v1/tenants/{id}', { params: { path: { id: tenantId }, query: { with_users: 'true' } } });
    expect(deleted.response.status).toBe(204);
    const left = await Promise.all([
      running.prisma.tenant.count({ where: { id: tenantId } }),
      running.prisma.tenantUser.count({ where: { tenantId } }),
      running.prisma.role.count({ where: { tenantId } }),
      running.prisma.apiKey.count({ where: { tenantId } }),
    ]);
    expect(left).toEqual([0, 0, 0, 0]);
    expectError(await running.client({ apiKey: created.data!.api_keys[0]!.key, tenantId }).GET('/v1/users', {}), 'unauthenticated');

    // A tenant whose only user is its owner needs no flag.
    const alone = await operator.DELETE('/v1/tenants/{id}', { params: { path: { id: lonely.data!.tenant.id } } });
    expect(alone.response.status).toBe(204);
    expectError(await operator.DELETE('/v1/tenants/{id}', { params: { path: { id: tenantId } } }), 'tenant_not_found');
  });

  it('gates every tenant operation on the service token’s scopes, and refuses people and keys', async () => {
    const reader = running.client({ bearerToken: await running.serviceToken(['tenants:read']) });
    expect((await reader.GET('/v1/tenants', {})).response.status).toBe(200);
    const refused = await reader.POST('/v1/tenants', { body: { name: 'Nope', owner: { email: 'a@example.com', name: 'A' } } });
    expect(expectError(refused, 'insufficient_scope').notices).toEqual(['No policy permits createTenant for this principal.']);
    const providerOnly = running.client({ bearerToken: await running.serviceToken(['provider_users:read']) });
    expectError(await providerOnly.GET('/v1/tenants', {}), 'insufficient_scope');

    const tenant = await running.createTenant();
    expectError(await running.client({ bearerToken: tenant.ownerToken }).GET('/v1/tenants', {}), 'forbidden');
    expectError(await running.client({ apiKey: tenant.integrationApiKey }).GET('/v1/tenants', {}), 'unauthenticated');
  });

  it('validates a new tenant as the document says', async () => {
    const bad = await operator.POST('/v1/tenants', {
      body: { name: '', owner: { email: 'not-an-email', name: 'X' }, api_keys: ['integration', 'integration'] } as never,
    });
    expect(
      expectError(bad, 'validation_failed')
        .errors?.map((e) => e.pointer)
        .sort(),
    ).toEqual(['/api_keys', '/name', '/owner/email']);
    expect(await running.prisma.tenant.count({ where: { name: '' } })).toBe(0);
  });
});
