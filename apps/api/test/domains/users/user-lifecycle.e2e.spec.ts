import { randomUUID } from 'node:crypto';
import type { UpdateUserRequest } from '@access/contract';
import { UsersService } from '../../../src/domains/users/users.service';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';
import { avatar, PASSWORD, pointers, uniqueEmail } from './users-fixtures';
import { expectError } from '../../support/expect-error';

describe('getUser, updateUser, deleteUser', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let owner: ReturnType<RunningApp['client']>;

  beforeAll(async () => {
    running = await startTestApp();
    tenant = await running.createTenant();
    owner = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
  });
  afterAll(() => running.close());

  async function newUser(body: Partial<{ auth_provider: 'local' | 'oidc'; roles: string[]; avatar: string }> = {}) {
    const local = (body.auth_provider ?? 'local') === 'local';
    const result = await owner.POST('/v1/users', {
      body: { email: uniqueEmail(), name: 'Jo Doe', ...(local ? { password: PASSWORD } : {}), ...body },
    });
    if (!result.data) throw new Error(`create failed: ${result.response.status}`);
    return result.data;
  }
  const get = (id: string, client = owner) => client.GET('/v1/users/{id}', { params: { path: { id } } });
  const patch = (id: string, body: UpdateUserRequest, client = owner) => client.PATCH('/v1/users/{id}', { params: { path: { id } }, body });
  const remove = (id: string, client = owner) => client.DELETE('/v1/users/{id}', { params: { path: { id } } });

  describe('getUser', () => {
    it('200: returns the user as created', async () => {
      const user = await newUser({ roles: ['member', 'admin'] });

      const result = await get(user.id);

      expect(result.response.status).toBe(200);
      expect(result.data).toEqual(user);
    });

    it('200: an integration API key may read users', async () => {
      const user = await newUser();
      const result = await get(user.id, running.client({ apiKey: tenant.integrationApiKey, tenantId: tenant.tenantId }));

      expect(result.data?.id).toBe(user.id);
    });

    it("404: answers an unknown id and another tenant's user identically", async () => {
      const other = await running.createTenant();
      const unknown = await get(randomUUID());
      const foreign = await get(other.ownerId);

      const strip = (e: unknown) => ({ ...(e as object), requestId: undefined });
      expect(strip(expectError(unknown, 'user_not_found'))).toEqual(strip(expectError(foreign, 'user_not_found')));
    });

    it('401 and 403: refuses a missing credential and a SCIM key from another tenant', async () => {
      const user = await newUser();
      const other = await running.createTenant();

      expectError(await get(user.id, running.client({ tenantId: tenant.tenantId })), 'unauthenticated');
      expectError(await get(user.id, running.client({ apiKey: other.scimApiKey, tenantId: tenant.tenantId })), 'tenant_mismatch');
    });
  });

  describe('updateUser', () => {
    it('200: changes name, email, roles and avatar, and moves updated_at', async () => {
      const user = await newUser();
      const image = avatar('webp');
      const email = uniqueEmail('renamed').replace('@example.com', '@Example.ORG');

      const result = await patch(user.id, { name: 'Jo Renamed', email, roles: ['admin', 'member'], avatar: image });

      expect(result.response.status).toBe(200);
      expect(result.data).toMatchObject({
        name: 'Jo Renamed',
        email: email.replace('@Example.ORG', '@example.org'),
        roles: ['admin', 'member'],
        avatar: image,
      });
      expect(Date.parse(result.data?.updated_at ?? '')).toBeGreaterThan(Date.parse(user.updated_at));
      expect((await get(user.id)).data).toEqual(result.data);
    });

    it('200: avatar null removes the avatar', async () => {
      const user = await newUser({ avatar: avatar('png') });

      const result = await patch(user.id, { avatar: null });

      expect(result.data?.avatar).toBeNull();
    });

    it("200: a local user's password is re-hashed", async () => {
      const user = await newUser();
      const before = await running.prisma.tenantUser.findUniqueOrThrow({ where: { id: user.id } });

      const result = await patch(user.id, { password: 'another-long-passphrase' });

      expect(result.response.status).toBe(200);
      const after = await running.prisma.tenantUser.findUniqueOrThrow({ where: { id: user.id } });
      expect(after.passwordHash).toMatch(/^\$argon2id\$/);
      expect(after.passwordHash).not.toBe(before.passwordHash);
    });

    it('400: refuses a password for an oidc user', async () => {
      const user = await newUser({ auth_provider: 'oidc', roles: ['member'] });

      const envelope = expectError(await patch(user.id, { password: PASSWORD }), 'validation_failed');

      expect(pointers(envelope)).toEqual(['body:/password']);
      expect(JSON.stringify(envelope)).not.toContain(PASSWORD);
    });

    it('400: refuses an empty patch, is_owner, and an avatar that is not its declared type', async () => {
      const user = await newUser();

      expectError(await patch(user.id, {}), 'validation_failed');
      expect(pointers(expectError(await patch(user.id, { is_owner: true } as UpdateUserRequest), 'validation_failed'))).toEqual([
        'body:/is_owner',
      ]);
      expect(pointers(expectError(await patch(user.id, { avatar: avatar('gif', 64, 'png') }), 'validation_failed'))).toEqual([
        'body:/avatar',
      ]);
    });

    it('403: a non-owner admin may not grant admin', async () => {
      const user = await newUser();
      const adminId = await running.addUser(tenant.tenantId, ['admin']);
      const admin = running.client({ bearerToken: await running.userToken(tenant.tenantId, adminId), tenantId: tenant.tenantId });

      expect((await patch(user.id, { name: 'Fine' }, admin)).response.status).toBe(200);
      expect(expectError(await patch(user.id, { roles: ['admin'] }, admin), 'forbidden').notices).toContain(
        'Only the tenant owner may grant the admin role.',
      );
    });

    it("404: answers an unknown id and another tenant's user", async () => {
      const other = await running.createTenant();

      expectError(await patch(randomUUID(), { name: 'X' }), 'user_not_found');
      expectError(await patch(other.ownerId, { name: 'X' }), 'user_not_found');
      expect((await running.prisma.tenantUser.findUniqueOrThrow({ where: { id: other.ownerId } })).name).not.toBe('X');
    });

    it('409: the owner cannot lose admin; an email taken in the tenant is refused', async () => {
      const user = await newUser();

      expectError(await patch(tenant.ownerId, { roles: ['member'] }), 'owner_protected');
      expect((await patch(tenant.ownerId, { roles: ['admin', 'member'] })).response.status).toBe(200);
      expectError(await patch(user.id, { email: (await get(tenant.ownerId)).data?.email.toUpperCase() }), 'user_exists');
    });

    it('413: refuses an avatar over 256 KiB', async () => {
      const user = await newUser();

      expect(pointers(expectError(await patch(user.id, { avatar: avatar('jpeg', 262_145) }), 'avatar_too_large'))).toEqual([
        'body:/avatar',
      ]);
    });

    it('415: refuses a body that is not JSON', async () => {
      const user = await newUser();
      const result = await owner.PATCH('/v1/users/{id}', {
        params: { path: { id: user.id } },
        body: 'name=X' as never,
        bodySerializer: (body: unknown) => String(body),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });

      expectError(result, 'unsupported_media_type');
    });

    it('422: names the unknown roles and changes nothing', async () => {
      const user = await newUser();

      const envelope = expectError(await patch(user.id, { name: 'Changed', roles: ['ghost', 'member'] }), 'invalid_roles');

      expect(envelope.errors).toEqual([{ detail: 'names no role of this tenant: ghost', pointer: '/roles/0', location: 'body' }]);
      expect((await get(user.id)).data).toEqual(user);
    });
  });

  describe('deleteUser', () => {
    it('204: deletes the user with their roles and identities', async () => {
      const user = await newUser({ roles: ['member', 'admin'] });
      const provider = await running.prisma.identityProvider.create({
        data: { tenantId: tenant.tenantId, name: `idp-${user.id}`, type: 'oidc' },
      });
      await running.prisma.identity.create({
        data: { tenantId: tenant.tenantId, userId: user.id, identityProviderId: provider.id, externalId: 'ext-1', linkedBy: 'manual' },
      });

      const result = await remove(user.id);

      expect(result.response.status).toBe(204);
      expectError(await get(user.id), 'user_not_found');
      expect(await running.prisma.userRole.count({ where: { userId: user.id } })).toBe(0);
      expect(await running.prisma.identity.count({ where: { userId: user.id } })).toBe(0);
    });

    it('403: a member may not delete', async () => {
      const user = await newUser();
      const memberId = await running.addUser(tenant.tenantId, ['member']);
      const member = running.client({ bearerToken: await running.userToken(tenant.tenantId, memberId), tenantId: tenant.tenantId });

      expectError(await remove(user.id, member), 'forbidden');
      expect((await get(user.id)).response.status).toBe(200);
    });

    it("404: answers an unknown id and another tenant's user, deleting nothing", async () => {
      const other = await running.createTenant();
      const otherUser = await running.addUser(other.tenantId, ['member']);

      expectError(await remove(randomUUID()), 'user_not_found');
      expectError(await remove(otherUser), 'user_not_found');
      expect(await running.prisma.tenantUser.count({ where: { id: otherUser } })).toBe(1);
    });

    it('409: the owner cannot be deleted, even by an admin', async () => {
      const adminId = await running.addUser(tenant.tenantId, ['admin']);
      const admin = running.client({ bearerToken: await running.userToken(tenant.tenantId, adminId), tenantId: tenant.tenantId });

      expectError(await remove(tenant.ownerId, admin), 'owner_protected');
      expectError(await remove(tenant.ownerId), 'owner_protected');
      expect((await get(tenant.ownerId)).data?.is_owner).toBe(true);
    });
  });

  describe('400, 401 and 403 of each operation on one user', () => {
    let userId: string;
    let anonymous: ReturnType<RunningApp['client']>;
    let member: ReturnType<RunningApp['client']>;
    beforeAll(async () => {
      userId = (await newUser()).id;
      anonymous = running.client({ tenantId: tenant.tenantId });
      const memberId = await running.addUser(tenant.tenantId, ['member']);
      member = running.client({ bearerToken: await running.userToken(tenant.tenantId, memberId), tenantId: tenant.tenantId });
    });

    it('400: refuses an id that is not a uuid', async () => {
      for (const result of [await get('not-a-uuid'), await patch('not-a-uuid', { name: 'X' }), await remove('not-a-uuid')]) {
        expect(pointers(expectError(result, 'validation_failed'))).toEqual(['path:/id']);
      }
    });

    it('401: refuses a missing credential', async () => {
      expectError(await patch(userId, { name: 'X' }, anonymous), 'unauthenticated');
      expectError(await remove(userId, anonymous), 'unauthenticated');
    });

    it('403: a member may read but not change', async () => {
      expect((await get(userId, member)).response.status).toBe(200);
      expectError(await patch(userId, { name: 'X' }, member), 'forbidden');
    });
  });

  it('makes the first user of a tenant without users its owner, and only the first', async () => {
    // No API caller exists in a tenant without users (tenant:create makes the owner), so the service is called directly.
    const bare = await running.prisma.tenant.create({ data: { name: 'Bare', roles: { create: [{ name: 'member' }, { name: 'admin' }] } } });
    const service = running.app.get(UsersService);
    const first = { name: 'First', roles: ['admin'], auth_provider: 'oidc' as const };

    const created = await Promise.all([1, 2, 3].map(() => service.create(bare.id, { ...first, email: uniqueEmail() })));

    expect(created.filter((u) => u.is_owner)).toHaveLength(1);
  });
});
