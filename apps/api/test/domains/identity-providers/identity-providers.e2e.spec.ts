import { randomUUID } from 'node:crypto';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';
import { expectError, withoutRequestId } from '../../support/expect-error';

describe('identity providers', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let other: TestTenant;
  let owner: ReturnType<RunningApp['client']>;

  beforeAll(async () => {
    running = await startTestApp();
    tenant = await running.createTenant();
    other = await running.createTenant();
    owner = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
  });
  afterAll(async () => {
    await running.close();
  });

  const create = (client: ReturnType<RunningApp['client']>, name: string, type: 'oidc' | 'saml' | 'scim' = 'oidc') =>
    client.POST('/v1/identity-providers', { body: { name, type } });

  async function memberClient(t: TestTenant = tenant) {
    const memberId = await running.addUser(t.tenantId, ['member']);
    return running.client({ bearerToken: await running.userToken(t.tenantId, memberId), tenantId: t.tenantId });
  }

  describe('createIdentityProvider', () => {
    it('creates a provider in the caller’s tenant: 201 with its Location', async () => {
      const result = await create(owner, 'Acme Okta', 'saml');

      expect(result.response.status).toBe(201);
      expect(result.data).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Acme Okta',
        type: 'saml',
        created_at: expect.any(String),
        updated_at: expect.any(String),
      });
      expect(result.response.headers.get('location')).toBe(`/v1/identity-providers/${result.data?.id}`);
      const row = await running.prisma.identityProvider.findUniqueOrThrow({ where: { id: result.data?.id } });
      expect(row).toMatchObject({ tenantId: tenant.tenantId, name: 'Acme Okta', type: 'saml' });
    });

    it('refuses a name already used in the tenant with 409 identity_provider_exists, but not in another tenant', async () => {
      expect((await create(owner, 'Shared name')).response.status).toBe(201);

      const duplicate = await create(owner, 'Shared name', 'scim');
      expect(expectError(duplicate, 'identity_provider_exists').errors).toEqual([
        expect.objectContaining({ pointer: '/name', location: 'body' }),
      ]);

      const elsewhere = await create(running.client({ bearerToken: other.ownerToken, tenantId: other.tenantId }), 'Shared name');
      expect(elsewhere.response.status).toBe(201);
    });

    it('lets exactly one of concurrent creates of one name win', async () => {
      const results = await Promise.all(Array.from({ length: 6 }, () => create(owner, 'Raced name')));
      expect(results.map((r) => r.response.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    });

    it('answers 400 for an unknown type, a missing name or an unknown field', async () => {
      const badType = await owner.POST('/v1/identity-providers', { body: { name: 'X', type: 'kerberos' as 'oidc' } });
      expect(expectError(badType, 'validation_failed').errors).toEqual([expect.objectContaining({ pointer: '/type', location: 'body' })]);

      const noName = await owner.POST('/v1/identity-providers', { body: { type: 'oidc' } as { name: string; type: 'oidc' } });
      expectError(noName, 'validation_failed');

      const extra = await owner.POST('/v1/identity-providers', { body: { name: 'Y', type: 'oidc', tenant_id: other.tenantId } as never });
      expect(expectError(extra, 'validation_failed').errors).toEqual([expect.objectContaining({ pointer: '/tenant_id' })]);
      expect(await running.prisma.identityProvider.count({ where: { name: { in: ['X', 'Y'] } } })).toBe(0);
    });

    it('answers 415 to a body that is not JSON', async () => {
      const result = await owner.POST('/v1/identity-providers', {
        body: { name: 'Form', type: 'oidc' },
        bodySerializer: () => 'name=Form&type=oidc',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      expectError(result, 'unsupported_media_type');
    });

    it('answers 401 without a credential or with an unknown API key', async () => {
      expectError(await create(running.client({ tenantId: tenant.tenantId }), 'Anonymous'), 'unauthenticated');
      // The real key's prefix with a wrong secret: found by its prefix, refused by its hash.
      const key = tenant.integrationApiKey;
      const forged = running.client({ apiKey: `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`, tenantId: tenant.tenantId });
      expectError(await create(forged, 'Forged'), 'unauthenticated');
    });

    it('answers 403 with the policies’ notices to a member, and to an API key', async () => {
      const refused = expectError(await create(await memberClient(), 'By member'), 'forbidden');
      expect(refused.notices.length).toBeGreaterThan(0);

      const byKey = await create(running.client({ apiKey: tenant.integrationApiKey, tenantId: tenant.tenantId }), 'By key');
      expectError(byKey, 'forbidden');
      expect(await running.prisma.identityProvider.count({ where: { name: { in: ['By member', 'By key'] } } })).toBe(0);
    });

    it('answers 403 tenant_mismatch when X-Tenant-ID names another tenant', async () => {
      const result = await create(running.client({ bearerToken: tenant.ownerToken, tenantId: other.tenantId }), 'Mismatch');
      expectError(result, 'tenant_mismatch');
    });

    it('answers 400 without X-Tenant-ID', async () => {
      expect((await create(running.client({ bearerToken: tenant.ownerToken }), 'No tenant')).response.status).toBe(400);
    });
  });

  describe('getIdentityProvider', () => {
    it('returns the provider to the owner, a member and an integration key', async () => {
      const created = (await create(owner, 'Readable')).data;
      const readers = [owner, await memberClient(), running.client({ apiKey: tenant.integrationApiKey, tenantId: tenant.tenantId })];
      for (const reader of readers) {
        const result = await reader.GET('/v1/identity-providers/{id}', { params: { path: { id: created?.id as string } } });
        expect(result.response.status).toBe(200);
        expect(result.data).toEqual(created);
      }
    });

    it('answers another tenant’s provider with the same 404 as an unknown id', async () => {
      const foreign = (await create(running.client({ bearerToken: other.ownerToken, tenantId: other.tenantId }), 'Foreign')).data;
      const unknown = await owner.GET('/v1/identity-providers/{id}', { params: { path: { id: randomUUID() } } });
      const crossTenant = await owner.GET('/v1/identity-providers/{id}', { params: { path: { id: foreign?.id as string } } });

      expectError(unknown, 'identity_provider_not_found');
      expectError(crossTenant, 'identity_provider_not_found');
      expect(withoutRequestId(crossTenant)).toEqual(withoutRequestId(unknown));
    });

    it('answers 400 to an id that is not a uuid', async () => {
      const result = await owner.GET('/v1/identity-providers/{id}', { params: { path: { id: 'okta' } } });
      expect(expectError(result, 'validation_failed').errors).toEqual([expect.objectContaining({ pointer: '/id', location: 'path' })]);
    });
  });

  describe('listIdentityProviders', () => {
    it('pages through the tenant’s providers only, oldest first, both ways', async () => {
      const fresh = await running.createTenant();
      const client = running.client({ bearerToken: fresh.ownerToken, tenantId: fresh.tenantId });
      const names = ['P1', 'P2', 'P3', 'P4', 'P5'];
      for (const name of names) await create(client, name);
      await create(running.client({ bearerToken: other.ownerToken, tenantId: other.tenantId }), 'Not listed');

      const first = await client.GET('/v1/identity-providers', { params: { query: { limit: 2 } } });
      expect(first.data?.data.map((p) => p.name)).toEqual(['P1', 'P2']);
      expect(first.data?.pagination).toMatchObject({ hasNextPage: true, hasPreviousPage: false, previousCursor: null });

      const second = await client.GET('/v1/identity-providers', {
        params: { query: { limit: 2, after: first.data?.pagination.nextCursor as string } },
      });
      expect(second.data?.data.map((p) => p.name)).toEqual(['P3', 'P4']);
      expect(second.data?.pagination).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

      const last = await client.GET('/v1/identity-providers', {
        params: { query: { limit: 2, after: second.data?.pagination.nextCursor as string } },
      });
      expect(last.data?.data.map((p) => p.name)).toEqual(['P5']);
      expect(last.data?.pagination).toMatchObject({ hasNextPage: false, nextCursor: null, hasPreviousPage: true });

      const back = await client.GET('/v1/identity-providers', {
        params: { query: { limit: 2, before: last.data?.pagination.previousCursor as string } },
      });
      expect(back.data?.data.map((p) => p.name)).toEqual(['P3', 'P4']);

      const all = await client.GET('/v1/identity-providers');
      expect(all.data?.data.map((p) => p.name)).toEqual(names);
    });

    it('refuses a cursor taken from another tenant’s list with 400 invalid_cursor', async () => {
      const otherClient = running.client({ bearerToken: other.ownerToken, tenantId: other.tenantId });
      await create(otherClient, 'Other A');
      await create(otherClient, 'Other B');
      const page = await otherClient.GET('/v1/identity-providers', { params: { query: { limit: 1 } } });
      const cursor = page.data?.pagination.nextCursor as string;
      expect(cursor).toEqual(expect.any(String));

      const result = await owner.GET('/v1/identity-providers', { params: { query: { after: cursor } } });
      expect(expectError(result, 'invalid_cursor').errors).toEqual([expect.objectContaining({ pointer: '/after', location: 'query' })]);
    });

    it('answers 401 without a credential', async () => {
      expectError(await running.client({ tenantId: tenant.tenantId }).GET('/v1/identity-providers'), 'unauthenticated');
    });
  });

  describe('deleteIdentityProvider', () => {
    const remove = (client: ReturnType<RunningApp['client']>, id: string) =>
      client.DELETE('/v1/identity-providers/{id}', { params: { path: { id } } });

    it('deletes an unused provider: 204, then 404', async () => {
      const id = (await create(owner, 'Short-lived')).data?.id as string;

      const deleted = await remove(owner, id);
      expect(deleted.response.status).toBe(204);
      expect(await running.prisma.identityProvider.findUnique({ where: { id } })).toBeNull();
      expectError(await remove(owner, id), 'identity_provider_not_found');
    });

    it('refuses a provider with linked identities with 409 identity_provider_in_use, and keeps both', async () => {
      const id = (await create(owner, 'In use')).data?.id as string;
      const identity = await owner.POST('/v1/users/{id}/identities', {
        params: { path: { id: tenant.ownerId } },
        body: { identity_provider_id: id, external_id: 'owner-at-in-use' },
      });
      expect(identity.response.status).toBe(201);

      expectError(await remove(owner, id), 'identity_provider_in_use');
      expect(await running.prisma.identity.count({ where: { identityProviderId: id } })).toBe(1);

      await owner.DELETE('/v1/users/{id}/identities/{identityId}', {
        params: { path: { id: tenant.ownerId, identityId: identity.data?.id as string } },
      });
      expect((await remove(owner, id)).response.status).toBe(204);
    });

    it('answers another tenant’s provider with the same 404 as an unknown id, and leaves it alone', async () => {
      const foreignId = (await create(running.client({ bearerToken: other.ownerToken, tenantId: other.tenantId }), 'Not yours')).data
        ?.id as string;
      const unknown = await remove(owner, randomUUID());
      const crossTenant = await remove(owner, foreignId);

      expectError(crossTenant, 'identity_provider_not_found');
      expect(withoutRequestId(crossTenant)).toEqual(withoutRequestId(unknown));
      expect(await running.prisma.identityProvider.findUnique({ where: { id: foreignId } })).not.toBeNull();
    });

    it('answers 403 to a member and to an integration key', async () => {
      const id = (await create(owner, 'Kept')).data?.id as string;
      expectError(await remove(await memberClient(), id), 'forbidden');
      expectError(await remove(running.client({ apiKey: tenant.integrationApiKey, tenantId: tenant.tenantId }), id), 'forbidden');
      expect(await running.prisma.identityProvider.findUnique({ where: { id } })).not.toBeNull();
    });
  });
});
