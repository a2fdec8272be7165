import { randomUUID } from 'node:crypto';
import { expectError } from '../../support/expect-error';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';

describe('roles', () => {
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

  const builtIn = async (name: 'admin' | 'member') =>
    (await running.prisma.role.findUniqueOrThrow({ where: { tenantId_name: { tenantId: tenant.tenantId, name } } })).id;

  it('creates, reads and updates a role; names are unique in the tenant', async () => {
    const created = await owner.POST('/v1/roles', { body: { name: 'auditor', description: 'Reads the audit log.' } });
    expect(created.response.status).toBe(201);
    expect(created.response.headers.get('location')).toBe(`/v1/roles/${created.data!.id}`);
    const id = created.data!.id;

    expect((await owner.GET('/v1/roles/{id}', { params: { path: { id } } })).data).toEqual(created.data);
    const updated = await owner.PATCH('/v1/roles/{id}', { params: { path: { id } }, body: { name: 'auditors', description: null } });
    expect(updated.data).toMatchObject({ id, name: 'auditors', description: null, built_in: false });

    expectError(await owner.POST('/v1/roles', { body: { name: 'member' } }), 'role_exists');
    expectError(await owner.PATCH('/v1/roles/{id}', { params: { path: { id } }, body: { name: 'admin' } }), 'role_exists');
    expectError(await owner.GET('/v1/roles/{id}', { params: { path: { id: randomUUID() } } }), 'role_not_found');
  });

  it('lets exactly one of concurrent creates of one name win (the unique index decides)', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => owner.POST('/v1/roles', { body: { name: 'raced' } })));
    expect(results.map((r) => r.response.status).sort()).toEqual([201, 409, 409, 409, 409]);
  });

  it('keeps admin and member: no rename, no delete, but their description may change', async () => {
    const admin = await builtIn('admin');
    const member = await builtIn('member');
    expectError(await owner.PATCH('/v1/roles/{id}', { params: { path: { id: admin } }, body: { name: 'boss' } }), 'role_protected');
    expectError(await owner.DELETE('/v1/roles/{id}', { params: { path: { id: member } } }), 'role_protected');
    expectError(
      await owner.DELETE('/v1/roles/{id}', { params: { path: { id: member }, query: { remove_from_users: 'true' } } }),
      'role_protected',
    );
    const described = await owner.PATCH('/v1/roles/{id}', { params: { path: { id: member } }, body: { description: 'Reads.' } });
    expect(described.data).toMatchObject({ name: 'member', description: 'Reads.', built_in: true });
    expect(await running.prisma.role.count({ where: { tenantId: tenant.tenantId, name: { in: ['admin', 'member'] } } })).toBe(2);
  });

  it('refuses to delete a role users hold with 409 role_in_use, unless remove_from_users=true', async () => {
    const role = await owner.POST('/v1/roles', { body: { name: 'support' } });
    const id = role.data!.id;
    const userId = await running.addUser(tenant.tenantId, ['member', 'support']);

    expectError(await owner.DELETE('/v1/roles/{id}', { params: { path: { id } } }), 'role_in_use');
    expectError(await owner.DELETE('/v1/roles/{id}', { params: { path: { id }, query: { remove_from_users: 'false' } } }), 'role_in_use');
    expect((await owner.GET('/v1/users/{id}', { params: { path: { id: userId } } })).data?.roles.sort()).toEqual(['member', 'support']);

    const deleted = await owner.DELETE('/v1/roles/{id}', { params: { path: { id }, query: { remove_from_users: 'true' } } });
    expect(deleted.response.status).toBe(204);
    expect((await owner.GET('/v1/users/{id}', { params: { path: { id: userId } } })).data?.roles).toEqual(['member']);
    expectError(await owner.GET('/v1/roles/{id}', { params: { path: { id } } }), 'role_not_found');

    const unused = await owner.POST('/v1/roles', { body: { name: 'unused' } });
    expect((await owner.DELETE('/v1/roles/{id}', { params: { path: { id: unused.data!.id } } })).response.status).toBe(204);
  });

  it("changes each holder's ETag when a role is renamed or removed from them, as their roles read differently", async () => {
    const role = await owner.POST('/v1/roles', { body: { name: 'oncall' } });
    const id = role.data!.id;
    const holder = await running.addUser(tenant.tenantId, ['member', 'oncall']);
    const bystander = await running.addUser(tenant.tenantId, ['member']);
    const etagOf = async (userId: string) =>
      (await owner.GET('/v1/users/{id}', { params: { path: { id: userId } } })).response.headers.get('etag');
    const [holderAtFirst, bystanderAtFirst] = [await etagOf(holder), await etagOf(bystander)];

    await owner.PATCH('/v1/roles/{id}', { params: { path: { id } }, body: { name: 'on-call' } });
    const holderRenamed = await etagOf(holder);
    expect(holderRenamed).not.toBe(holderAtFirst);
    const stale = await owner.PATCH('/v1/users/{id}', {
      params: { path: { id: holder } },
      body: { name: 'Stale Edit' },
      headers: { 'If-Match': holderAtFirst ?? '' },
    });
    expectError(stale, 'precondition_failed');

    await owner.DELETE('/v1/roles/{id}', { params: { path: { id }, query: { remove_from_users: 'true' } } });
    expect(await etagOf(holder)).not.toBe(holderRenamed);
    expect(await etagOf(bystander)).toBe(bystanderAtFirst);
  });

  it('lets a new role be given to users as soon as it exists', async () => {
    const refused = await owner.POST('/v1/users', {
      body: { email: 'x@example.com', name: 'X', roles: ['billing'], auth_provider: 'oidc' },
    });
    expectError(refused, 'invalid_roles');
    await owner.POST('/v1/roles', { body: { name: 'billing' } });
    const user = await owner.POST('/v1/users', { body: { email: 'x@example.com', name: 'X', roles: ['billing'], auth_provider: 'oidc' } });
    expect(user.data?.roles).toEqual(['billing']);
  });

  it('lets members read roles but not change them, and API keys not even read them', async () => {
    const memberId = await running.addUser(tenant.tenantId, ['member']);
    const member = running.client({ bearerToken: await running.userToken(tenant.tenantId, memberId), tenantId: tenant.tenantId });
    expect((await member.GET('/v1/roles', {})).response.status).toBe(200);
    expectError(await member.POST('/v1/roles', { body: { name: 'sneaky' } }), 'forbidden');

    const key = running.client({ apiKey: tenant.integrationApiKey, tenantId: tenant.tenantId });
    expect(expectError(await key.GET('/v1/roles', {}), 'forbidden').notices).toEqual([
      'API keys cannot create, list, read or revoke API keys, nor manage roles; only the tenant owner or an admin can.',
    ]);
  });
});
