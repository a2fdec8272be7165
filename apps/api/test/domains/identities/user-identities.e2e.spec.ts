import { randomUUID } from 'node:crypto';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';
import { expectError, withoutRequestId } from '../../support/expect-error';

type Client = ReturnType<RunningApp['client']>;

describe('user identities', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let other: TestTenant;
  let owner: Client;
  let integration: Client;
  let scim: Client;
  let providerId: string;
  let otherProviderId: string;

  beforeAll(async () => {
    running = await startTestApp();
    tenant = await running.createTenant();
    other = await running.createTenant();
    owner = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
    integration = running.client({ apiKey: tenant.integrationApiKey, tenantId: tenant.tenantId });
    scim = running.client({ apiKey: tenant.scimApiKey, tenantId: tenant.tenantId });
    providerId = await createProvider(owner, 'Acme Okta');
    otherProviderId = await createProvider(running.client({ bearerToken: other.ownerToken, tenantId: other.tenantId }), 'Acme Okta');
  });
  afterAll(async () => {
    await running.close();
  });

  async function createProvider(client: Client, name: string): Promise<string> {
    const result = await client.POST('/v1/identity-providers', { body: { name, type: 'oidc' } });
    expect(result.response.status).toBe(201);
    return result.data?.id as string;
  }

  const link = (client: Client, userId: string, body: { identity_provider_id: string; external_id: string; external_email?: string }) =>
    client.POST('/v1/users/{id}/identities', { params: { path: { id: userId } }, body });

  const list = (client: Client, userId: string, query: { limit?: number; after?: string; before?: string } = {}) =>
    client.GET('/v1/users/{id}/identities', { params: { path: { id: userId }, query } });

  const unlink = (client: Client, userId: string, identityId: string) =>
    client.DELETE('/v1/users/{id}/identities/{identityId}', { params: { path: { id: userId, identityId } } });

  describe('createUserIdentity', () => {
    it('links with a person’s token as manual, with no sync time, and answers its Location', async () => {
      const userId = await running.addUser(tenant.tenantId, []);
      const result = await owner.POST('/v1/users/{id}/identities', {
        params: { path: { id: userId } },
        body: {
          identity_provider_id: providerId,
          external_id: '00u1a2b3c4d5e6f7g8h9',
          external_username: 'alex.taylor',
          external_email: 'alex@example.com',
          external_display_name: 'Alex Taylor',
        },
      });

      expect(result.response.status).toBe(201);
      expect(result.data).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        user_id: userId,
        identity_provider_id: providerId,
        provider_name: 'Acme Okta',
        provider_type: 'oidc',
        external_id: '00u1a2b3c4d5e6f7g8h9',
        external_username: 'alex.taylor',
        external_email: 'alex@example.com',
        external_display_name: 'Alex Taylor',
        linked_by: 'manual',
        last_synced_at: null,
        created_at: expect.any(String),
        updated_at: expect.any(String),
      });
      expect(result.response.headers.get('location')).toBe(`/v1/users/${userId}/identities/${result.data?.id}`);
      const row = await running.prisma.identity.findUniqueOrThrow({ where: { id: result.data?.id } });
      expect(row).toMatchObject({ tenantId: tenant.tenantId, linkedBy: 'manual', lastSyncedAt: null });
    });

    it.each([
      ['integration', 'auto'],
      ['scim', 'scim'],
    ] as const)('links with the %s API key as %s, synced now', async (key, linkedBy) => {
      const userId = await running.addUser(tenant.tenantId, []);
      const before = Date.now();
      const result = await link(key === 'integration' ? integration : scim, userId, {
        identity_provider_id: providerId,
        external_id: `ext-${key}`,
      });
      const after = Date.now();

      expect(result.response.status).toBe(201);
      expect(result.data).toMatchObject({
        linked_by: linkedBy,
        external_username: null,
        external_email: null,
        external_display_name: null,
      });
      const syncedAt = Date.parse(result.data?.last_synced_at as string);
      expect(syncedAt).toBeGreaterThanOrEqual(before - 5);
      expect(syncedAt).toBeLessThanOrEqual(after + 5);
      expect(result.data?.last_synced_at).toBe(result.data?.created_at);
    });

    it('takes linked_by from the credential only: a body field of that name is refused', async () => {
      const userId = await running.addUser(tenant.tenantId, []);
      const result = await link(integration, userId, {
        identity_provider_id: providerId,
        external_id: 'forged',
        linked_by: 'manual',
      } as never);
      expect(expectError(result, 'validation_failed').errors).toEqual([
        expect.objectContaining({ pointer: '/linked_by', location: 'body' }),
      ]);
    });

    it('answers 400 for an external_email that is not an email, a missing external_id or a provider id that is not a uuid', async () => {
      const userId = await running.addUser(tenant.tenantId, []);
      const badEmail = await link(owner, userId, { identity_provider_id: providerId, external_id: 'e1', external_email: 'example' });
      expect(expectError(badEmail, 'validation_failed').errors).toEqual([
        expect.objectContaining({ pointer: '/external_email', location: 'body' }),
      ]);

      const noExternalId = await link(owner, userId, { identity_provider_id: providerId } as never);
      expect(expectError(noExternalId, 'validation_failed').errors).toEqual([expect.objectContaining({ location: 'body' })]);

      const badProvider = await link(owner, userId, { identity_provider_id: 'okta', external_id: 'e1' });
      expect(expectError(badProvider, 'validation_failed').errors).toEqual([expect.objectContaining({ pointer: '/identity_provider_id' })]);
      expect(await running.prisma.identity.count({ where: { userId } })).toBe(0);
    });

    it('answers 404 user_not_found alike for an unknown user and another tenant’s user', async () => {
      const foreignUser = await running.addUser(other.tenantId, []);
      const unknown = await link(integration, randomUUID(), { identity_provider_id: providerId, external_id: 'nobody' });
      const crossTenant = await link(integration, foreignUser, { identity_provider_id: providerId, external_id: 'nobody' });

      expectError(unknown, 'user_not_found');
      expectError(crossTenant, 'user_not_found');
      expect(withoutRequestId(crossTenant)).toEqual(withoutRequestId(unknown));
      expect(await running.prisma.identity.count({ where: { externalId: 'nobody' } })).toBe(0);
    });

    it('answers 404 identity_provider_not_found alike for an unknown provider and another tenant’s provider', async () => {
      const userId = await running.addUser(tenant.tenantId, []);
      const unknown = await link(owner, userId, { identity_provider_id: randomUUID(), external_id: 'ext-404' });
      const crossTenant = await link(owner, userId, { identity_provider_id: otherProviderId, external_id: 'ext-404' });

      expectError(unknown, 'identity_provider_not_found');
      expectError(crossTenant, 'identity_provider_not_found');
      expect(withoutRequestId(crossTenant)).toEqual(withoutRequestId(unknown));
    });

    it('does not reveal another tenant’s links: a foreign provider’s taken external_id is still 404, not 409', async () => {
      const otherOwner = running.client({ bearerToken: other.ownerToken, tenantId: other.tenantId });
      expect(
        (await link(otherOwner, other.ownerId, { identity_provider_id: otherProviderId, external_id: 'taken-elsewhere' })).response.status,
      ).toBe(201);

      const userId = await running.addUser(tenant.tenantId, []);
      const probe = await link(integration, userId, { identity_provider_id: otherProviderId, external_id: 'taken-elsewhere' });
      const unknown = await link(integration, userId, { identity_provider_id: randomUUID(), external_id: 'taken-elsewhere' });
      expect(withoutRequestId(probe)).toEqual(withoutRequestId(unknown));

      const userProbe = await link(integration, other.ownerId, { identity_provider_id: otherProviderId, external_id: 'another' });
      expectError(userProbe, 'user_not_found');
    });

    it('answers 409 identity_already_linked when the provider’s external_id is linked to anyone', async () => {
      const first = await running.addUser(tenant.tenantId, []);
      const second = await running.addUser(tenant.tenantId, []);
      expect((await link(owner, first, { identity_provider_id: providerId, external_id: 'shared-ext' })).response.status).toBe(201);

      const again = await link(scim, first, { identity_provider_id: providerId, external_id: 'shared-ext' });
      const toOther = await link(scim, second, { identity_provider_id: providerId, external_id: 'shared-ext' });
      expect(expectError(toOther, 'identity_already_linked').errors).toEqual([expect.objectContaining({ pointer: '/external_id' })]);
      expectError(again, 'identity_already_linked');
    });

    it('answers 409 user_already_linked_to_provider for a second identity of one user at one provider', async () => {
      const userId = await running.addUser(tenant.tenantId, []);
      expect((await link(owner, userId, { identity_provider_id: providerId, external_id: 'first-account' })).response.status).toBe(201);

      const second = await link(owner, userId, { identity_provider_id: providerId, external_id: 'second-account' });
      expect(expectError(second, 'user_already_linked_to_provider').errors).toEqual([
        expect.objectContaining({ pointer: '/identity_provider_id' }),
      ]);

      const elsewhere = await link(owner, userId, {
        identity_provider_id: await createProvider(owner, 'Second IdP'),
        external_id: 'second-account',
      });
      expect(elsewhere.response.status).toBe(201);
    });

    it('answers 401 without a credential, 403 to a member with notices, 403 tenant_mismatch, and 415 to a non-JSON body', async () => {
      const userId = await running.addUser(tenant.tenantId, []);
      const body = { identity_provider_id: providerId, external_id: 'guarded' };

      expectError(await link(running.client({ tenantId: tenant.tenantId }), userId, body), 'unauthenticated');

      const memberId = await running.addUser(tenant.tenantId, ['member']);
      const member = running.client({ bearerToken: await running.userToken(tenant.tenantId, memberId), tenantId: tenant.tenantId });
      expect(expectError(await link(member, userId, body), 'forbidden').notices.length).toBeGreaterThan(0);

      const mismatch = running.client({ apiKey: tenant.integrationApiKey, tenantId: other.tenantId });
      expectError(await link(mismatch, userId, body), 'tenant_mismatch');

      const form = await owner.POST('/v1/users/{id}/identities', {
        params: { path: { id: userId } },
        body,
        bodySerializer: () => `identity_provider_id=${providerId}&external_id=guarded`,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      expectError(form, 'unsupported_media_type');
      expect(await running.prisma.identity.count({ where: { userId } })).toBe(0);
    });
  });

  describe('listUserIdentities', () => {
    let userId: string;
    let providerIds: string[];

    beforeAll(async () => {
      userId = await running.addUser(tenant.tenantId, []);
      providerIds = [];
      for (const n of [1, 2, 3]) {
        const id = await createProvider(owner, `List IdP ${n}`);
        providerIds.push(id);
        expect((await link(integration, userId, { identity_provider_id: id, external_id: `list-${n}` })).response.status).toBe(201);
      }
    });

    it('pages through the user’s identities, oldest first, both ways', async () => {
      const first = await list(owner, userId, { limit: 2 });
      expect(first.response.status).toBe(200);
      expect(first.data?.data.map((i) => i.external_id)).toEqual(['list-1', 'list-2']);
      expect(first.data?.data.every((i) => i.user_id === userId)).toBe(true);
      expect(first.data?.pagination).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

      const second = await list(owner, userId, { limit: 2, after: first.data?.pagination.nextCursor as string });
      expect(second.data?.data.map((i) => i.external_id)).toEqual(['list-3']);
      expect(second.data?.pagination).toMatchObject({ hasNextPage: false, hasPreviousPage: true, nextCursor: null });

      const back = await list(owner, userId, { limit: 2, before: second.data?.pagination.previousCursor as string });
      expect(back.data?.data.map((i) => i.external_id)).toEqual(['list-1', 'list-2']);
    });

    it('is readable by a member and by the SCIM key', async () => {
      const memberId = await running.addUser(tenant.tenantId, ['member']);
      const member = running.client({ bearerToken: await running.userToken(tenant.tenantId, memberId), tenantId: tenant.tenantId });
      for (const reader of [member, scim]) {
        const result = await list(reader, userId);
        expect(result.data?.data.map((i) => i.identity_provider_id)).toEqual(providerIds);
      }
    });

    it('refuses a cursor from another user’s list with 400 invalid_cursor', async () => {
      const cursor = (await list(owner, userId, { limit: 1 })).data?.pagination.nextCursor as string;
      const anotherUser = await running.addUser(tenant.tenantId, []);
      expectError(await list(owner, anotherUser, { after: cursor }), 'invalid_cursor');
    });

    it('answers an unknown user and another tenant’s user with the same 404', async () => {
      const unknown = await list(owner, randomUUID());
      const crossTenant = await list(owner, other.ownerId);
      expectError(unknown, 'user_not_found');
      expect(withoutRequestId(crossTenant)).toEqual(withoutRequestId(unknown));
    });

    it('answers 400 to a limit out of range and 401 without a credential', async () => {
      expect(expectError(await list(owner, userId, { limit: 0 }), 'validation_failed').errors).toEqual([
        expect.objectContaining({ pointer: '/limit' }),
      ]);
      expectError(await list(running.client({ tenantId: tenant.tenantId }), userId), 'unauthenticated');
    });
  });

  describe('deleteUserIdentity', () => {
    it('unlinks: 204, then the identity is gone from the list', async () => {
      const userId = await running.addUser(tenant.tenantId, []);
      const identityId = (await link(scim, userId, { identity_provider_id: providerId, external_id: 'to-unlink' })).data?.id as string;

      const result = await unlink(scim, userId, identityId);
      expect(result.response.status).toBe(204);
      expect((await list(owner, userId)).data?.data).toEqual([]);
      expectError(await unlink(scim, userId, identityId), 'identity_not_found');
      // The external account may now be linked again.
      expect((await link(integration, userId, { identity_provider_id: providerId, external_id: 'to-unlink' })).response.status).toBe(201);
    });

    it('answers 404 identity_not_found for another user’s identity, and for another tenant’s, keeping both', async () => {
      const holder = await running.addUser(tenant.tenantId, []);
      const bystander = await running.addUser(tenant.tenantId, []);
      const identityId = (await link(owner, holder, { identity_provider_id: providerId, external_id: 'not-yours' })).data?.id as string;
      const otherOwner = running.client({ bearerToken: other.ownerToken, tenantId: other.tenantId });
      const foreignProvider = await createProvider(otherOwner, 'Foreign IdP');
      const foreign = await link(otherOwner, other.ownerId, { identity_provider_id: foreignProvider, external_id: 'foreign' });
      expect(foreign.response.status).toBe(201);
      const foreignId = foreign.data?.id as string;

      const unknown = await unlink(owner, bystander, randomUUID());
      const wrongUser = await unlink(owner, bystander, identityId);
      const crossTenant = await unlink(owner, bystander, foreignId);
      expectError(unknown, 'identity_not_found');
      expect(withoutRequestId(wrongUser)).toEqual(withoutRequestId(unknown));
      expect(withoutRequestId(crossTenant)).toEqual(withoutRequestId(unknown));
      expect(await running.prisma.identity.count({ where: { id: { in: [identityId, foreignId] } } })).toBe(2);
    });

    it('answers 404 user_not_found for an unknown user or another tenant’s user', async () => {
      const unknown = await unlink(owner, randomUUID(), randomUUID());
      const crossTenant = await unlink(owner, other.ownerId, randomUUID());
      expectError(unknown, 'user_not_found');
      expect(withoutRequestId(crossTenant)).toEqual(withoutRequestId(unknown));
    });

    it('answers 403 to a member and 401 without a credential', async () => {
      const userId = await running.addUser(tenant.tenantId, []);
      const identityId = (await link(owner, userId, { identity_provider_id: providerId, external_id: 'kept' })).data?.id as string;
      const memberId = await running.addUser(tenant.tenantId, ['member']);
      const member = running.client({ bearerToken: await running.userToken(tenant.tenantId, memberId), tenantId: tenant.tenantId });

      expectError(await unlink(member, userId, identityId), 'forbidden');
      expectError(await unlink(running.client({ tenantId: tenant.tenantId }), userId, identityId), 'unauthenticated');
      expect(await running.prisma.identity.findUnique({ where: { id: identityId } })).not.toBeNull();
    });
  });
});
