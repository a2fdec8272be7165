import type { User } from '@access/contract';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';
import { PASSWORD, uniqueEmail } from './users-fixtures';
import { expectError } from '../../support/expect-error';

type ListQuery = { limit?: number; after?: string; before?: string; email?: string; role?: string };

describe('listUsers', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let owner: ReturnType<RunningApp['client']>;
  /** Every user of the tenant, in list order, as the database orders them. */
  let expected: string[];
  let admins: string[];

  beforeAll(async () => {
    running = await startTestApp();
    tenant = await running.createTenant();
    owner = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
    // Sequential, so created_at mostly differs; (created_at, id) orders ties anyway.
    for (let i = 0; i < 8; i++) {
      const roles = i % 3 === 0 ? ['admin', 'member'] : ['member'];
      const result = await owner.POST('/v1/users', {
        body: { email: uniqueEmail(`list${i}`), name: `User ${i}`, password: PASSWORD, roles },
      });
      expect(result.response.status).toBe(201);
    }
    const rows = await running.prisma.tenantUser.findMany({
      where: { tenantId: tenant.tenantId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, userRoles: { select: { role: { select: { name: true } } } } },
    });
    expected = rows.map((r) => r.id);
    admins = rows.filter((r) => r.userRoles.some((ur) => ur.role.name === 'admin')).map((r) => r.id);
    // Another tenant's users must never show up.
    const other = await running.createTenant();
    await running.addUser(other.tenantId, ['admin']);
  });
  afterAll(() => running.close());

  const list = (query: ListQuery, client = owner) => client.GET('/v1/users', { params: { query } });
  const ids = (users: User[] | undefined) => (users ?? []).map((u) => u.id);

  it('200: the first page with the default limit holds the whole tenant, oldest first', async () => {
    const result = await list({});

    expect(result.response.status).toBe(200);
    expect(ids(result.data?.data)).toEqual(expected);
    expect(result.data?.pagination).toEqual({ hasNextPage: false, hasPreviousPage: false, nextCursor: null, previousCursor: null });
  });

  it('pages forward to the end and back to the start with the cursors', async () => {
    const forward: string[][] = [];
    let page = (await list({ limit: 4 })).data;
    forward.push(ids(page?.data));
    expect(page?.pagination.hasPreviousPage).toBe(false);
    while (page?.pagination.nextCursor) {
      page = (await list({ limit: 4, after: page.pagination.nextCursor })).data;
      forward.push(ids(page?.data));
    }
    expect(forward).toEqual([expected.slice(0, 4), expected.slice(4, 8), expected.slice(8)]);
    expect(page?.pagination).toMatchObject({ hasNextPage: false, hasPreviousPage: true, nextCursor: null });

    const backward: string[][] = [];
    while (page?.pagination.previousCursor) {
      page = (await list({ limit: 4, before: page.pagination.previousCursor })).data;
      backward.push(ids(page?.data));
    }
    expect(backward).toEqual([expected.slice(4, 8), expected.slice(0, 4)]);
    expect(page?.pagination).toMatchObject({ hasPreviousPage: false, previousCursor: null, hasNextPage: true });
  });

  it('filters by role, paginating within the filter', async () => {
    const first = await list({ role: 'admin', limit: 2 });
    const second = await list({ role: 'admin', limit: 2, after: first.data?.pagination.nextCursor ?? undefined });

    expect([...ids(first.data?.data), ...ids(second.data?.data)]).toEqual(admins);
    expect(first.data?.data.every((u) => u.roles.includes('admin'))).toBe(true);
    expect((await list({ role: 'auditor' })).data?.data).toEqual([]);
  });

  it('filters by email exactly and case-insensitively', async () => {
    const target = (await owner.GET('/v1/users/{id}', { params: { path: { id: expected[3]! } } })).data as User;

    expect(ids((await list({ email: target.email.toUpperCase() })).data?.data)).toEqual([target.id]);
    expect((await list({ email: `x${target.email}` })).data?.data).toEqual([]);
  });

  describe('400 invalid_cursor', () => {
    let cursor: string;
    beforeAll(async () => {
      cursor = (await list({ limit: 2 })).data?.pagination.nextCursor as string;
    });

    it('refuses an altered cursor, pointing at the parameter it came in', async () => {
      const altered = `${cursor.slice(0, 5)}${cursor[5] === 'A' ? 'B' : 'A'}${cursor.slice(6)}`;

      expect(expectError(await list({ after: altered }), 'invalid_cursor').errors).toEqual([
        expect.objectContaining({ pointer: '/after', location: 'query' }),
      ]);
      expect(expectError(await list({ before: altered }), 'invalid_cursor').errors).toEqual([
        expect.objectContaining({ pointer: '/before', location: 'query' }),
      ]);
    });

    it('refuses a forged cursor', async () => {
      const payload = Buffer.from(JSON.stringify({ t: new Date().toISOString(), i: expected[0] })).toString('base64url');

      expectError(await list({ after: `${payload}.${'A'.repeat(43)}` }), 'invalid_cursor');
    });

    it('refuses a cursor of another filter', async () => {
      expectError(await list({ after: cursor, role: 'member' }), 'invalid_cursor');
    });

    it('refuses a cursor of another tenant', async () => {
      const other = await running.createTenant();
      await running.addUser(other.tenantId, ['member']);
      const otherOwner = running.client({ bearerToken: other.ownerToken, tenantId: other.tenantId });
      const foreign = (await list({ limit: 1 }, otherOwner)).data?.pagination.nextCursor as string;

      expect(foreign).toEqual(expect.any(String));
      expectError(await list({ after: foreign }), 'invalid_cursor');
    });
  });

  it('400: refuses before and after together, and a limit out of range', async () => {
    expectError(await list({ before: 'abc', after: 'def' }), 'validation_failed');
    expectError(await list({ limit: 101 }), 'validation_failed');
  });

  it('401: refuses a missing credential', async () => {
    expectError(await list({}, running.client({ tenantId: tenant.tenantId })), 'unauthenticated');
  });

  it('403: refuses a user with no role', async () => {
    const nobody = await running.addUser(tenant.tenantId, []);
    const client = running.client({ bearerToken: await running.userToken(tenant.tenantId, nobody), tenantId: tenant.tenantId });

    expectError(await list({}, client), 'forbidden');
  });
});
