import { randomUUID } from 'node:crypto';
import { expectError } from '../../support/expect-error';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';

/** Conditional requests (RFC 9110 §13) on users, identity providers and identities, through the client. */
describe('ETag, If-Match and If-None-Match', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let owner: ReturnType<RunningApp['client']>;

  beforeAll(async () => {
    // As many connections as concurrent writers, so they really meet on the row.
    running = await startTestApp({ DATABASE_POOL_MAX: '12' });
    tenant = await running.createTenant();
    owner = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
  });
  afterAll(() => running.close());

  const newUser = async () => {
    const created = await owner.POST('/v1/users', {
      body: { email: `etag-${randomUUID()}@example.com`, name: 'Etag Eddie', password: 'correct-horse-battery-staple', roles: ['member'] },
    });
    expect(created.response.status).toBe(201);
    return { id: created.data?.id ?? '', etag: created.response.headers.get('etag') ?? '' };
  };
  const path = (id: string) => ({ params: { path: { id } } });
  const rename = (id: string, name: string, ifMatch?: string) =>
    owner.PATCH('/v1/users/{id}', { ...path(id), body: { name }, headers: ifMatch === undefined ? {} : { 'If-Match': ifMatch } });
  const stored = (id: string) => running.prisma.tenantUser.findUniqueOrThrow({ where: { id }, select: { name: true, version: true } });

  it('carries a strong ETag from the row version on create, read and update, and the version moves with each write', async () => {
    const user = await newUser();
    expect(user.etag).toBe('"1"');
    const read = await owner.GET('/v1/users/{id}', path(user.id));
    expect(read.response.headers.get('etag')).toBe('"1"');
    const updated = await rename(user.id, 'Renamed');
    expect(updated.response.headers.get('etag')).toBe('"2"');
    // Roles only: the version moves too.
    const roles = await owner.PATCH('/v1/users/{id}', { ...path(user.id), body: { roles: ['admin'] } });
    expect(roles.response.headers.get('etag')).toBe('"3"');
    expect((await stored(user.id)).version).toBe(3);
  });

  it('applies a PATCH whose If-Match is current, and refuses a stale one with 412, changing nothing', async () => {
    const user = await newUser();
    const applied = await rename(user.id, 'First Edit', user.etag);
    expect(applied.response.status).toBe(200);
    const stale = await rename(user.id, 'Lost Edit', user.etag);
    expect(expectError(stale, 'precondition_failed').errors).toEqual([
      { detail: 'does not match the current version "2"', pointer: '/if-match', location: 'header' },
    ]);
    expect(await stored(user.id)).toEqual({ name: 'First Edit', version: 2 });
    // A list naming the current tag among others matches; a weak tag never does (strong comparison).
    expect((await rename(user.id, 'Listed', `"1", ${applied.response.headers.get('etag')}`)).response.status).toBe(200);
    expectError(await rename(user.id, 'Weak', 'W/"3"'), 'precondition_failed');
  });

  it('lets If-Match: * change any current version, and answers 404 (not 412) for a user that does not exist', async () => {
    const user = await newUser();
    await rename(user.id, 'Moved On');
    expect((await rename(user.id, 'Star', '*')).response.status).toBe(200);
    expectError(await rename(randomUUID(), 'Nobody', '*'), 'user_not_found');
    expectError(await rename(randomUUID(), 'Nobody', '"1"'), 'user_not_found');
  });

  it('lets exactly one of concurrent PATCHes carrying the same ETag succeed (no lost update)', async () => {
    for (let round = 0; round < 3; round++) {
      const user = await newUser();
      const names = Array.from({ length: 10 }, (_, i) => `Writer ${round}-${i}`);
      const answers = await Promise.all(names.map((name) => rename(user.id, name, user.etag)));
      const won = answers.filter((a) => a.response.status === 200);
      const lost = answers.filter((a) => a.response.status === 412);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(names.length - 1);
      for (const answer of lost) expectError(answer, 'precondition_failed');
      expect(await stored(user.id)).toEqual({ name: won[0]?.data?.name, version: 2 });
    }
  });

  it('deletes only with a current If-Match, and answers 412 for a stale one, keeping the user', async () => {
    const user = await newUser();
    await rename(user.id, 'Changed');
    const stale = await owner.DELETE('/v1/users/{id}', { ...path(user.id), headers: { 'If-Match': user.etag } });
    expectError(stale, 'precondition_failed');
    expect(await running.prisma.tenantUser.count({ where: { id: user.id } })).toBe(1);
    const current = await owner.DELETE('/v1/users/{id}', { ...path(user.id), headers: { 'If-Match': '"2"' } });
    expect(current.response.status).toBe(204);
    expect(await running.prisma.tenantUser.count({ where: { id: user.id } })).toBe(0);
  });

  it('answers 304 without a body to a GET whose If-None-Match is current, and 200 once it is not', async () => {
    const user = await newUser();
    const notModified = await owner.GET('/v1/users/{id}', { ...path(user.id), headers: { 'If-None-Match': user.etag } });
    expect(notModified.response.status).toBe(304);
    expect(notModified.response.headers.get('etag')).toBe(user.etag);
    expect(await notModified.response.clone().text()).toBe('');
    // Weak comparison for If-None-Match, and `*` matches any current version.
    expect((await owner.GET('/v1/users/{id}', { ...path(user.id), headers: { 'If-None-Match': `W/${user.etag}` } })).response.status).toBe(
      304,
    );
    expect((await owner.GET('/v1/users/{id}', { ...path(user.id), headers: { 'If-None-Match': '*' } })).response.status).toBe(304);
    await rename(user.id, 'Modified');
    const modified = await owner.GET('/v1/users/{id}', { ...path(user.id), headers: { 'If-None-Match': user.etag } });
    expect(modified.response.status).toBe(200);
    expect(modified.data?.name).toBe('Modified');
    expect(modified.response.headers.get('etag')).toBe('"2"');
  });

  it('refuses a malformed If-Match with 400 and a pointer', async () => {
    const user = await newUser();
    const answer = await rename(user.id, 'Bad Tag', 'not-a-tag');
    expect(expectError(answer, 'validation_failed').errors).toEqual([
      expect.objectContaining({ pointer: '/if-match', location: 'header' }),
    ]);
  });

  it('gives identity providers an ETag, 304 on If-None-Match and 412 on a stale If-Match delete', async () => {
    const created = await owner.POST('/v1/identity-providers', { body: { name: `Okta ${randomUUID()}`, type: 'oidc' } });
    const etag = created.response.headers.get('etag') ?? '';
    expect(etag).toBe('"1"');
    const id = created.data?.id ?? '';
    const read = await owner.GET('/v1/identity-providers/{id}', { ...path(id), headers: { 'If-None-Match': etag } });
    expect(read.response.status).toBe(304);
    const stale = await owner.DELETE('/v1/identity-providers/{id}', { ...path(id), headers: { 'If-Match': '"7"' } });
    expect(expectError(stale, 'precondition_failed').errors[0]?.detail).toBe('does not match the current version "1"');
    const deleted = await owner.DELETE('/v1/identity-providers/{id}', { ...path(id), headers: { 'If-Match': etag } });
    expect(deleted.response.status).toBe(204);
  });

  it('gives identities an ETag on create and 412 on a stale If-Match unlink', async () => {
    const user = await newUser();
    const provider = await owner.POST('/v1/identity-providers', { body: { name: `Entra ${randomUUID()}`, type: 'oidc' } });
    const linked = await owner.POST('/v1/users/{id}/identities', {
      ...path(user.id),
      body: { identity_provider_id: provider.data?.id ?? '', external_id: 'ext-1' },
    });
    expect(linked.response.headers.get('etag')).toBe('"1"');
    const target = { params: { path: { id: user.id, identityId: linked.data?.id ?? '' } } };
    expectError(
      await owner.DELETE('/v1/users/{id}/identities/{identityId}', { ...target, headers: { 'If-Match': '"2"' } }),
      'precondition_failed',
    );
    expect(
      (await owner.DELETE('/v1/users/{id}/identities/{identityId}', { ...target, headers: { 'If-Match': '"1"' } })).response.status,
    ).toBe(204);
  });
});

describe('REQUIRE_IF_MATCH=true', () => {
  let running: RunningApp;
  let owner: ReturnType<RunningApp['client']>;

  beforeAll(async () => {
    running = await startTestApp({ REQUIRE_IF_MATCH: 'true' });
    const tenant = await running.createTenant();
    owner = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
  });
  afterAll(() => running.close());

  it('refuses a PATCH or DELETE without If-Match with 428, and applies one with it', async () => {
    const created = await owner.POST('/v1/users', {
      body: { email: `required-${randomUUID()}@example.com`, name: 'Guarded', password: 'correct-horse-battery-staple', roles: ['member'] },
    });
    const id = created.data?.id ?? '';
    const without = await owner.PATCH('/v1/users/{id}', { params: { path: { id } }, body: { name: 'Unguarded' } });
    expect(expectError(without, 'precondition_required').errors).toEqual([
      { detail: 'is required to change this resource; send the ETag of the version you read', pointer: '/if-match', location: 'header' },
    ]);
    expectError(await owner.DELETE('/v1/users/{id}', { params: { path: { id } } }), 'precondition_required');
    const withTag = await owner.PATCH('/v1/users/{id}', {
      params: { path: { id } },
      body: { name: 'Guarded Edit' },
      headers: { 'If-Match': '"1"' },
    });
    expect(withTag.response.status).toBe(200);
    // Creates and reads need none.
    expect(created.response.status).toBe(201);
    expect((await owner.GET('/v1/users/{id}', { params: { path: { id } } })).response.status).toBe(200);
  });
});
