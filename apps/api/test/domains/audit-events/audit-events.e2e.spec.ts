import { randomUUID } from 'node:crypto';
import type { AuditEvent } from '@access/contract';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';
import { expectError } from '../../support/expect-error';

describe('audit events', () => {
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

  const eventsOf = async (tenantId: string, resourceId: string) =>
    running.prisma.auditEvent.findMany({ where: { tenantId, resourceId }, orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] });

  async function listAll(query: Record<string, string> = {}): Promise<AuditEvent[]> {
    const result = await owner.GET('/v1/audit-events', { params: { query: { limit: 100, ...query } } });
    expect(result.response.status).toBe(200);
    return result.data?.data ?? [];
  }

  it('records tenant provisioning with the system as actor (operator commands)', async () => {
    const events = await running.prisma.auditEvent.findMany({ where: { tenantId: tenant.tenantId }, orderBy: { occurredAt: 'asc' } });
    expect(events.map((e) => e.type).sort()).toEqual(['api_key.created', 'api_key.created', 'tenant.created', 'user.created']);
    expect(events.every((e) => e.actorKind === 'system' && e.actorId === 'operator-cli' && e.requestId === null)).toBe(true);
  });

  it('records a created user with its actor (the token subject) and the request id, in the read API', async () => {
    const requestId = `req-${randomUUID()}`;
    const created = await owner.POST('/v1/users', {
      body: { email: `a-${randomUUID()}@example.com`, name: 'Ada', password: 'correct horse battery staple', roles: ['member'] },
      headers: { 'X-Request-Id': requestId },
    });
    expect(created.response.status).toBe(201);
    const userId = created.data?.id ?? '';

    const [event] = await listAll({ resource_type: 'user', resource_id: userId });
    expect(event).toEqual({
      id: expect.any(String),
      type: 'user.created',
      occurred_at: expect.any(String),
      tenant_id: tenant.tenantId,
      actor: { kind: 'user', id: tenant.ownerId },
      request_id: requestId,
      resource: { type: 'user', id: userId },
      changes: [],
    });
    const got = await owner.GET('/v1/audit-events/{id}', { params: { path: { id: event?.id ?? '' } } });
    expect(got.data).toEqual(event);
  });

  it('records exactly the changed fields of an update, with the password only as redacted', async () => {
    const email = `b-${randomUUID()}@example.com`;
    const created = await owner.POST('/v1/users', { body: { email, name: 'Bo', password: 'first password 123', roles: ['member'] } });
    const userId = created.data?.id ?? '';
    const updated = await owner.PATCH('/v1/users/{id}', {
      params: { path: { id: userId } },
      body: { name: 'Bo Jensen', email, roles: ['admin', 'member'], password: 'second password 456' },
    });
    expect(updated.response.status).toBe(200);

    const [, update] = await eventsOf(tenant.tenantId, userId);
    expect(update?.type).toBe('user.updated');
    expect(update?.changes).toEqual([
      { field: 'name', before: 'Bo', after: 'Bo Jensen' },
      { field: 'roles', before: ['member'], after: ['admin', 'member'] },
      { field: 'password', redacted: true },
    ]);
    const stored = JSON.stringify(await running.prisma.auditEvent.findMany());
    expect(stored).not.toContain('second password 456');
    expect(stored).not.toContain('first password 123');
    expect(stored).not.toContain('$argon2');
  });

  it('writes nothing for a refused request (conflict, forbidden, invalid)', async () => {
    const before = await running.prisma.auditEvent.count();
    const email = `c-${randomUUID()}@example.com`;
    const createdC = await owner.POST('/v1/users', { body: { email, name: 'Cy', roles: ['member'], auth_provider: 'oidc' } });
    expect(createdC.error ?? createdC.response.status).toBe(201);
    const after = await running.prisma.auditEvent.count();
    expect(after).toBe(before + 1);

    expectError(await owner.POST('/v1/users', { body: { email, name: 'Again', roles: ['member'], auth_provider: 'oidc' } }), 'user_exists');
    expectError(
      await owner.POST('/v1/users', {
        body: { email: `d-${randomUUID()}@example.com`, name: 'R', roles: ['nope'], auth_provider: 'oidc' },
      }),
      'invalid_roles',
    );
    const memberId = await running.addUser(tenant.tenantId, ['member']);
    const member = running.client({ bearerToken: await running.userToken(tenant.tenantId, memberId), tenantId: tenant.tenantId });
    expectError(
      await member.POST('/v1/users', {
        body: { email: `e-${randomUUID()}@example.com`, name: 'M', roles: ['member'], auth_provider: 'oidc' },
      }),
      'forbidden',
    );
    expectError(await owner.DELETE('/v1/users/{id}', { params: { path: { id: tenant.ownerId } } }), 'owner_protected');
    expect(await running.prisma.auditEvent.count()).toBe(after);
  });

  it('records deletes, identity providers, identities, and an API key as the actor', async () => {
    const provider = await owner.POST('/v1/identity-providers', { body: { name: `IdP ${randomUUID()}`, type: 'oidc' } });
    const providerId = provider.data?.id ?? '';
    const created = await owner.POST('/v1/users', {
      body: { email: `f-${randomUUID()}@example.com`, name: 'Fi', roles: ['member'], auth_provider: 'oidc' },
    });
    const userId = created.data?.id ?? '';

    const key = running.client({ apiKey: tenant.integrationApiKey, tenantId: tenant.tenantId });
    const linked = await key.POST('/v1/users/{id}/identities', {
      params: { path: { id: userId } },
      body: { identity_provider_id: providerId, external_id: 'ext-1' },
    });
    expect(linked.response.status).toBe(201);
    const identityId = linked.data?.id ?? '';
    await key.DELETE('/v1/users/{id}/identities/{identityId}', { params: { path: { id: userId, identityId } } });
    await owner.DELETE('/v1/users/{id}', { params: { path: { id: userId } } });
    await owner.DELETE('/v1/identity-providers/{id}', { params: { path: { id: providerId } } });

    const keyRow = await running.prisma.apiKey.findFirstOrThrow({ where: { tenantId: tenant.tenantId, kind: 'integration' } });
    const identityEvents = await eventsOf(tenant.tenantId, identityId);
    expect(identityEvents.map((e) => [e.type, e.actorKind, e.actorId])).toEqual([
      ['identity.linked', 'api_key', keyRow.id],
      ['identity.unlinked', 'api_key', keyRow.id],
    ]);
    expect((await eventsOf(tenant.tenantId, userId)).map((e) => e.type)).toEqual(['user.created', 'user.deleted']);
    expect((await eventsOf(tenant.tenantId, providerId)).map((e) => e.type)).toEqual([
      'identity_provider.created',
      'identity_provider.deleted',
    ]);
  });

  it('records a role’s creation, the exact diff of its update, and its deletion with each holder’s changed roles', async () => {
    const name = `auditor-${randomUUID().slice(0, 8)}`;
    const role = await owner.POST('/v1/roles', { body: { name, description: 'Reads the trail' } });
    expect(role.response.status).toBe(201);
    const roleId = role.data?.id ?? '';
    const renamed = `${name}-2`;
    const updated = await owner.PATCH('/v1/roles/{id}', {
      params: { path: { id: roleId } },
      body: { name: renamed, description: 'Reads the trail' },
    });
    expect(updated.response.status).toBe(200);
    const holder = await owner.POST('/v1/users', {
      body: { email: `r-${randomUUID()}@example.com`, name: 'Holder', roles: ['member', renamed], auth_provider: 'oidc' },
    });
    const holderId = holder.data?.id ?? '';
    // Refused while held: nothing recorded; then removed from its holder in the same transaction.
    expectError(await owner.DELETE('/v1/roles/{id}', { params: { path: { id: roleId } } }), 'role_in_use');
    const deleted = await owner.DELETE('/v1/roles/{id}', { params: { path: { id: roleId }, query: { remove_from_users: 'true' } } });
    expect(deleted.response.status).toBe(204);

    const roleEvents = await eventsOf(tenant.tenantId, roleId);
    expect(roleEvents.map((e) => [e.type, e.resourceType, e.actorKind, e.actorId])).toEqual([
      ['role.created', 'role', 'user', tenant.ownerId],
      ['role.updated', 'role', 'user', tenant.ownerId],
      ['role.deleted', 'role', 'user', tenant.ownerId],
    ]);
    // The description was sent unchanged: only the name is in the diff.
    expect(roleEvents[1]?.changes).toEqual([{ field: 'name', before: name, after: renamed }]);
    const holderEvents = await eventsOf(tenant.tenantId, holderId);
    expect(holderEvents.map((e) => [e.type, e.changes])).toEqual([
      ['user.created', []],
      ['user.updated', [{ field: 'roles', before: [renamed, 'member'].sort(), after: ['member'] }]],
    ]);
    expect((await listAll({ resource_type: 'role', resource_id: roleId })).map((e) => e.type)).toEqual([
      'role.created',
      'role.updated',
      'role.deleted',
    ]);
  });

  it('records a tenant’s administration over HTTP with the operator as actor, and its deletion outside it', async () => {
    const operator = running.client({ bearerToken: await running.serviceToken(['tenants:read', 'tenants:write']) });
    const created = await operator.POST('/v1/tenants', {
      body: { name: 'Audited', owner: { email: `o-${randomUUID()}@example.com`, name: 'Owner' }, api_keys: ['integration'] },
    });
    expect(created.response.status).toBe(201);
    const id = created.data?.tenant.id ?? '';
    await operator.PATCH('/v1/tenants/{id}', { params: { path: { id } }, body: { name: 'Audited Inc' } });
    await operator.POST('/v1/tenants/{id}/suspend', { params: { path: { id } } });
    // Suspending a suspended tenant changes nothing, and records nothing.
    expect((await operator.POST('/v1/tenants/{id}/suspend', { params: { path: { id } } })).response.status).toBe(200);
    await operator.POST('/v1/tenants/{id}/reactivate', { params: { path: { id } } });

    const events = await running.prisma.auditEvent.findMany({ where: { tenantId: id }, orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] });
    expect(events.every((e) => e.actorKind === 'service' && e.actorId === 'test-service')).toBe(true);
    expect(events.map((e) => e.type).sort()).toEqual(
      ['api_key.created', 'tenant.created', 'tenant.reactivated', 'tenant.suspended', 'tenant.updated', 'user.created'].sort(),
    );
    const onTenant = events.filter((e) => e.resourceType === 'tenant');
    expect(onTenant.map((e) => [e.type, e.changes])).toEqual([
      ['tenant.created', []],
      ['tenant.updated', [{ field: 'name', before: 'Audited', after: 'Audited Inc' }]],
      ['tenant.suspended', []],
      ['tenant.reactivated', []],
    ]);
    expect(JSON.stringify(events)).not.toContain(created.data?.api_keys[0]?.key ?? 'no key');

    const deleted = await operator.DELETE('/v1/tenants/{id}', { params: { path: { id } } });
    expect(deleted.response.status).toBe(204);
    expect(await running.prisma.auditEvent.count({ where: { tenantId: id } })).toBe(0);
    const gone = await running.prisma.auditEvent.findMany({ where: { resourceType: 'tenant', resourceId: id, tenantId: null } });
    expect(gone.map((e) => [e.type, e.actorKind, e.actorId])).toEqual([['tenant.deleted', 'service', 'test-service']]);
  });

  it('records an API key created and revoked over HTTP by a user, with the user as actor, and a second revocation not at all', async () => {
    const key = await owner.POST('/v1/api-keys', { body: { kind: 'integration', name: 'Audited key' } });
    expect(key.response.status).toBe(201);
    const keyId = key.data?.api_key.id ?? '';
    for (let i = 0; i < 2; i++) {
      expect((await owner.DELETE('/v1/api-keys/{id}', { params: { path: { id: keyId } } })).response.status).toBe(204);
    }
    const events = await eventsOf(tenant.tenantId, keyId);
    expect(events.map((e) => [e.type, e.resourceType, e.actorKind, e.actorId])).toEqual([
      ['api_key.created', 'api_key', 'user', tenant.ownerId],
      ['api_key.revoked', 'api_key', 'user', tenant.ownerId],
    ]);
    expect(JSON.stringify(events)).not.toContain(key.data?.key ?? 'no key');
  });

  it('filters by type, actor, resource and time range, and pages with keyset cursors', async () => {
    const start = new Date(Date.now() - 1000).toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const created = await owner.POST('/v1/users', {
        body: { email: `g${i}-${randomUUID()}@example.com`, name: `G${i}`, roles: ['member'], auth_provider: 'oidc' },
      });
      ids.push(created.data?.id ?? '');
    }
    const recent = await listAll({ type: 'user.created', occurred_after: start, actor_id: tenant.ownerId });
    expect(recent.map((e) => e.resource.id)).toEqual(expect.arrayContaining(ids));
    expect(recent.every((e) => e.type === 'user.created' && e.actor.id === tenant.ownerId)).toBe(true);
    expect(await listAll({ occurred_before: start, resource_type: 'user', resource_id: ids[0] ?? '' })).toEqual([]);

    const first = await owner.GET('/v1/audit-events', { params: { query: { limit: 2, type: 'user.created' } } });
    expect(first.data?.data).toHaveLength(2);
    const next = await owner.GET('/v1/audit-events', {
      params: { query: { limit: 2, type: 'user.created', after: first.data?.pagination.nextCursor ?? '' } },
    });
    expect(next.response.status).toBe(200);
    expect(next.data?.data[0]?.id).not.toBe(first.data?.data[1]?.id);
    // A cursor of another filter is refused.
    expectError(
      await owner.GET('/v1/audit-events', { params: { query: { limit: 2, after: first.data?.pagination.nextCursor ?? '' } } }),
      'invalid_cursor',
    );
  });

  it("never shows another tenant's events, and only owners and admins read them", async () => {
    const otherOwner = running.client({ bearerToken: other.ownerToken, tenantId: other.tenantId });
    const mine = await listAll();
    expect(mine.length).toBeGreaterThan(0);
    const theirs = await otherOwner.GET('/v1/audit-events', { params: { query: { limit: 100 } } });
    expect(theirs.data?.data.every((e) => e.tenant_id === other.tenantId)).toBe(true);
    expectError(await otherOwner.GET('/v1/audit-events/{id}', { params: { path: { id: mine[0]?.id ?? '' } } }), 'audit_event_not_found');

    const adminId = await running.addUser(tenant.tenantId, ['admin']);
    const admin = running.client({ bearerToken: await running.userToken(tenant.tenantId, adminId), tenantId: tenant.tenantId });
    expect((await admin.GET('/v1/audit-events')).response.status).toBe(200);
    const memberId = await running.addUser(tenant.tenantId, ['member']);
    const member = running.client({ bearerToken: await running.userToken(tenant.tenantId, memberId), tenantId: tenant.tenantId });
    expectError(await member.GET('/v1/audit-events'), 'forbidden');
    const key = running.client({ apiKey: tenant.integrationApiKey, tenantId: tenant.tenantId });
    expectError(await key.GET('/v1/audit-events'), 'forbidden');
  });
});
