import { randomBytes } from 'node:crypto';
import type { ProviderUser } from '@access/contract';
import { expectError } from '../../support/expect-error';
import { startWorkOSDoubleHarness, type WorkOSDoubleHarness } from './support/provider-harness';

const TIMEOUT_MS = 1000;
const USERS = '/user_management/users';
const email = (tag = 'wire') => `${tag}-${randomBytes(5).toString('hex')}@example.com`;
const UNKNOWN_USER = 'user_01J7C4Q8QABCD1234XYZ0000';

/**
 * The WorkOS provider against WorkOS as its API reference documents it (the double),
 * through the official SDK over real HTTP, with a fault proxy for what the double does not
 * do on its own (rate limits, server errors, other answers).
 */
describe('WorkOS provider: WorkOS as it really answers', () => {
  let harness: WorkOSDoubleHarness;
  let client: ReturnType<WorkOSDoubleHarness['running']['client']>;

  beforeAll(async () => {
    harness = await startWorkOSDoubleHarness({ PROVIDER_TIMEOUT_MS: String(TIMEOUT_MS), PROVIDER_MAX_RETRIES: '1' });
    client = harness.running.client({ bearerToken: await harness.running.serviceToken(['provider_users:read', 'provider_users:write']) });
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
  });
  beforeEach(() => {
    harness.proxy.reset();
    harness.workos.listMetadataStyle = 'documented';
  });

  const create = (body: { email: string; mobileNumber?: string; firstName?: string; lastName?: string }) =>
    client.POST('/v1/provider/users', { body });
  const get = (userId: string) => client.GET('/v1/provider/users/{userId}', { params: { path: { userId } } });
  const update = (userId: string, body: { email?: string; mobileNumber?: string; firstName?: string }) =>
    client.PATCH('/v1/provider/users/{userId}', { params: { path: { userId } }, body });
  const list = (organizationId: string, query: { limit?: number; before?: string; after?: string } = {}) =>
    client.GET('/v1/provider/organizations/{organizationId}/users', { params: { path: { organizationId }, query } });
  const wire = (method: string) => harness.proxy.requests.filter((r) => r.method === method && r.path.startsWith(USERS));
  const rateLimit = (headers: Record<string, string> = {}, times = 2) => {
    for (let i = 0; i < times; i++) {
      harness.proxy.inject({ kind: 'answer', status: 429, headers, body: { message: 'Too many requests' } }, { pathPrefix: USERS });
    }
  };

  describe('an email already taken, on update', () => {
    it('is 409 provider_user_exists with a pointer to /email, from the 400 email_not_available WorkOS answers without errors', async () => {
      const taken = (await create({ email: email('taken') })).data as ProviderUser;
      const user = (await create({ email: email() })).data as ProviderUser;
      harness.proxy.reset();
      const result = await update(user.id, { email: taken.email });
      expect(expectError(result, 'provider_user_exists').errors).toEqual([
        { detail: 'is already taken', pointer: '/email', location: 'body' },
      ]);
      expect(JSON.parse(wire('PUT')[0]?.body ?? '{}')).toEqual({ email: taken.email, email_verified: true });
      expect(harness.workos.user(user.id)?.email).toBe(user.email);
    });
  });

  describe('429 and Retry-After', () => {
    it('sends a sound Retry-After when WorkOS sends none (it documents none)', async () => {
      rateLimit();
      const result = await get(UNKNOWN_USER);
      expectError(result, 'provider_rate_limited');
      expect(result.response.headers.get('retry-after')).toBe('10');
    });

    it.each([
      ['delay-seconds', '7', (s: number) => s === 7],
      ['a decimal number of seconds, rounded up', '1.5', (s: number) => s === 2],
      ['an HTTP date 30 s ahead', () => new Date(Date.now() + 30_500).toUTCString(), (s: number) => s >= 29 && s <= 31],
      ['an HTTP date in the past', () => new Date(Date.now() - 60_000).toUTCString(), (s: number) => s === 0],
      ['more than a day, capped', '999999', (s: number) => s === 86_400],
      ['something unreadable, as if absent', 'soon', (s: number) => s === 10],
    ])('converts %s to whole seconds', async (_label, value, accept) => {
      rateLimit({ 'retry-after': typeof value === 'function' ? value() : value });
      const result = await get(UNKNOWN_USER);
      expectError(result, 'provider_rate_limited');
      const sent = result.response.headers.get('retry-after') ?? '';
      expect(sent).toMatch(/^\d+$/);
      expect({ sent, accepted: accept(Number(sent)) }).toEqual({ sent, accepted: true });
    });

    it('is still 429 when its body is not JSON (a proxy page)', async () => {
      for (let i = 0; i < 2; i++) {
        harness.proxy.inject({
          kind: 'answer',
          status: 429,
          headers: { 'content-type': 'text/html' },
          rawBody: '<html><body>Too Many Requests</body></html>',
        });
      }
      const result = await create({ email: email() });
      expectError(result, 'provider_rate_limited');
      expect(result.response.headers.get('retry-after')).toBe('10');
    });
  });

  describe('users WorkOS holds that this API would not have accepted', () => {
    const odd = [
      { label: 'a name over 100 characters', fields: { first_name: 'A'.repeat(150), last_name: 'B'.repeat(300) } },
      { label: 'control characters in names', fields: { first_name: 'Al\u0007ex', last_name: 'Line\nBreak\u007f' } },
      { label: 'a non-ASCII local part', fields: { email: `jösé-${randomBytes(3).toString('hex')}@example.com` } },
      { label: 'an IDN domain', fields: { email: `alex-${randomBytes(3).toString('hex')}@bücher.example` } },
      { label: 'a host without a dot', fields: { email: `alex-${randomBytes(3).toString('hex')}@localhost` } },
      {
        label: 'a mobile number another tool wrote',
        fields: { metadata: { mobile_number: '0412 345 678', timezone: 'Australia/Sydney' } },
      },
    ];
    let organizationId: string;
    let expected: ProviderUser[];

    beforeAll(() => {
      organizationId = harness.workos.addOrganization();
      expected = [];
      for (const [i, { fields }] of odd.entries()) {
        const stored = harness.workos.seedUser({ email: email(`odd${i}`), ...fields });
        harness.workos.addMember(organizationId, stored.id);
        expected.push({
          id: stored.id,
          email: stored.email,
          ...(stored.metadata['mobile_number'] !== undefined && { mobileNumber: stored.metadata['mobile_number'] }),
          ...(stored.first_name !== null && { firstName: stored.first_name }),
          ...(stored.last_name !== null && { lastName: stored.last_name }),
        });
      }
    });

    it.each(odd.map((o, i) => [o.label, i] as const))('answers GET for a user with %s, as WorkOS holds it', async (_label, i) => {
      const user = expected[i] as ProviderUser;
      const result = await get(user.id);
      expect(result.response.status).toBe(200);
      expect(result.data).toEqual(user);
    });

    it('answers every page that holds them, whole', async () => {
      const whole = await list(organizationId);
      expect(whole.response.status).toBe(200);
      expect(whole.data?.data).toEqual(expected);
      const pages: ProviderUser[] = [];
      let after: string | undefined;
      do {
        const page = await list(organizationId, { limit: 4, ...(after && { after }) });
        expect(page.response.status).toBe(200);
        pages.push(...(page.data?.data ?? []));
        after = page.data?.pagination.nextCursor ?? undefined;
      } while (after);
      expect(pages).toEqual(expected);
    });
  });

  describe('refusals', () => {
    it('answers an unknown organisation, which WorkOS refuses with 422 "Organization not found", with 404', async () => {
      const result = await list('org_01J7C4Q8QABCD1234XYZ0000', { limit: 5 });
      expectError(result, 'provider_organization_not_found');
      expect(wire('GET')).toHaveLength(1);
    });

    it('points a refusal WorkOS names by its code alone at that field', async () => {
      const user = (await create({ email: email() })).data as ProviderUser;
      harness.proxy.inject(
        { kind: 'answer', status: 400, body: { code: 'invalid_metadata', message: 'Request could not be processed.' } },
        { method: 'PUT' },
      );
      const result = await update(user.id, { mobileNumber: '+61498765432' });
      expect(expectError(result, 'provider_validation_failed').errors).toEqual([
        { detail: 'was refused by the access provider (invalid_metadata)', pointer: '/mobileNumber', location: 'body' },
      ]);
    });

    it('does not promise errors it does not have when WorkOS names no field', async () => {
      harness.proxy.inject(
        { kind: 'answer', status: 400, body: { code: 'password_strength_error', message: 'PROVIDER-TEXT' } },
        { method: 'POST' },
      );
      const result = await create({ email: email() });
      const envelope = expectError(result, 'provider_request_refused');
      expect(envelope).toMatchObject({ errors: [], details: { providerCode: 'password_strength_error' } });
      expect(envelope.message).not.toMatch(/see errors/);
      expect(JSON.stringify(envelope)).not.toContain('PROVIDER-TEXT');
    });

    it('points refusals of a read at the path, never at a body the read does not have', async () => {
      harness.proxy.inject({
        kind: 'answer',
        status: 422,
        body: {
          code: 'invalid_request_parameters',
          message: 'Validation failed.',
          errors: [{ field: 'id', code: 'invalid' }, { code: 'odd' }],
        },
      });
      const result = await get(UNKNOWN_USER);
      expect(expectError(result, 'provider_validation_failed').errors).toEqual([
        { detail: 'was refused by the access provider (invalid)', pointer: '/userId', location: 'path' },
        { detail: 'was refused by the access provider (odd)', pointer: '/userId', location: 'path' },
      ]);
      const organizationId = harness.workos.addOrganization();
      harness.proxy.inject({ kind: 'answer', status: 422, body: { message: 'Validation failed.', errors: [{ field: 'limit' }] } });
      expect(expectError(await list(organizationId, { limit: 5 }), 'provider_validation_failed').errors).toEqual([
        { detail: 'was refused by the access provider', pointer: '/limit', location: 'query' },
      ]);
    });
  });

  describe('retries within PROVIDER_TIMEOUT_MS', () => {
    it('answers a 503 whose Retry-After the deadline cannot wait for at once', async () => {
      harness.proxy.inject({ kind: 'answer', status: 503, headers: { 'retry-after': '7' }, body: { message: 'Unavailable' } });
      const started = Date.now();
      const result = await get(UNKNOWN_USER);
      expectError(result, 'provider_unavailable');
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS / 2);
      expect(harness.proxy.requests).toHaveLength(1);
    });

    it('retries a create with the same Idempotency-Key, so WorkOS applies it once', async () => {
      harness.proxy.inject({ kind: 'answer', status: 502, body: { message: 'Bad gateway' } }, { method: 'POST' });
      const result = await create({ email: email() });
      expect(result.response.status).toBe(201);
      const keys = wire('POST').map((r) => r.headers['idempotency-key']);
      expect(keys).toHaveLength(2);
      // The client sent an Idempotency-Key of its own: WorkOS gets one derived from it.
      expect(keys[0]).toMatch(/^access-[A-Za-z0-9_-]{43}$/);
      expect(keys[1]).toBe(keys[0]);
    });

    it('sends a new key of its own for a create that came without one', async () => {
      harness.proxy.inject({ kind: 'answer', status: 502, body: { message: 'Bad gateway' } }, { method: 'POST' });
      const answer = await fetch(`${harness.running.baseUrl}/v1/provider/users`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await harness.running.serviceToken(['provider_users:write'])}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ email: email('no-key') }),
      });
      expect(answer.status).toBe(201);
      const keys = wire('POST').map((r) => r.headers['idempotency-key']);
      expect(keys).toHaveLength(2);
      expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(keys[1]).toBe(keys[0]);
    });

    it("passes a key derived from the caller's Idempotency-Key on, so a create retried by the caller is applied once", async () => {
      const callerKey = `retry-${randomBytes(6).toString('hex')}`;
      const address = email('caller-retry');
      const createWithKey = () =>
        client.POST('/v1/provider/users', { body: { email: address }, headers: { 'Idempotency-Key': callerKey } });
      // WorkOS creates the user both times it is asked, but both answers are lost on the way back.
      harness.proxy.inject({ kind: 'lose-answer', status: 502 }, { method: 'POST' });
      harness.proxy.inject({ kind: 'lose-answer', status: 502 }, { method: 'POST' });
      const lost = await createWithKey();
      expectError(lost, 'provider_unavailable');
      expect(harness.workos.usersWithEmail(address)).toHaveLength(1);

      // The caller retries with its key: the outage was not kept as the outcome, so the create runs
      // again, and WorkOS answers it with the user it made (not "email not available").
      const retried = await createWithKey();
      expect(retried.response.status).toBe(201);
      expect(retried.response.headers.get('idempotency-replayed')).toBeNull();
      const [held] = harness.workos.usersWithEmail(address);
      expect(harness.workos.usersWithEmail(address)).toHaveLength(1);
      expect(retried.data?.id).toBe(held?.id);

      const keys = wire('POST').map((r) => r.headers['idempotency-key']);
      expect(keys).toHaveLength(3);
      expect(new Set(keys).size).toBe(1);
      // Derived, not the caller's own key: it never leaves the service.
      expect(keys[0]).toMatch(/^access-[A-Za-z0-9_-]{43}$/);

      // A replay is then answered by this service alone.
      const replay = await createWithKey();
      expect(replay.response.headers.get('idempotency-replayed')).toBe('true');
      expect(replay.data).toEqual(retried.data);
      expect(wire('POST')).toHaveLength(3);
    });

    it("derives different WorkOS keys for different callers' keys", async () => {
      await client.POST('/v1/provider/users', { body: { email: email('k1') }, headers: { 'Idempotency-Key': 'first-key' } });
      await client.POST('/v1/provider/users', { body: { email: email('k2') }, headers: { 'Idempotency-Key': 'second-key' } });
      const keys = wire('POST').map((r) => r.headers['idempotency-key']);
      expect(keys).toHaveLength(2);
      expect(keys[0]).not.toBe(keys[1]);
    });
  });

  describe('list cursors at the ends of a list', () => {
    let organizationId: string;
    let members: string[];

    beforeAll(async () => {
      organizationId = harness.workos.addOrganization();
      members = [];
      for (let i = 0; i < 7; i++) {
        const user = (await create({ email: email(`end${i}`) })).data as ProviderUser;
        harness.workos.addMember(organizationId, user.id);
        members.push(user.id);
      }
    });

    it.each(['documented', 'both-set', 'both-null'] as const)(
      'reaches every user forward and back, with the right flags, when list_metadata is %s at the ends',
      async (style) => {
        harness.workos.listMetadataStyle = style;
        const forward: string[] = [];
        const flags: Array<[boolean, boolean]> = [];
        let page = (await list(organizationId, { limit: 3 })).data;
        for (;;) {
          forward.push(...(page?.data.map((u) => u.id) ?? []));
          flags.push([page?.pagination.hasPreviousPage ?? true, page?.pagination.hasNextPage ?? true]);
          if (!page?.pagination.nextCursor) break;
          page = (await list(organizationId, { limit: 3, after: page.pagination.nextCursor })).data;
        }
        expect(forward).toEqual(members);
        expect(flags).toEqual([
          [false, true],
          [true, true],
          [true, false],
        ]);

        const backward: string[][] = [];
        for (;;) {
          backward.unshift(page?.data.map((u) => u.id) ?? []);
          if (!page?.pagination.previousCursor) break;
          page = (await list(organizationId, { limit: 3, before: page.pagination.previousCursor })).data;
        }
        expect(backward.flat()).toEqual(members);
        expect(page?.pagination).toMatchObject({ hasPreviousPage: false, hasNextPage: true });

        const exact = (await list(organizationId, { limit: 7 })).data?.pagination;
        expect(exact).toEqual({ hasNextPage: false, hasPreviousPage: false, nextCursor: null, previousCursor: null });
      },
    );

    it("finds out whether more follow a full page of WorkOS's largest size", async () => {
      harness.workos.listMetadataStyle = 'both-null';
      const large = harness.workos.addOrganization();
      const ids: string[] = [];
      for (let i = 0; i < 101; i++) {
        const user = harness.workos.seedUser({ email: email(`large${i}`) });
        harness.workos.addMember(large, user.id);
        ids.push(user.id);
      }
      const first = (await list(large, { limit: 100 })).data;
      expect(first?.data.map((u) => u.id)).toEqual(ids.slice(0, 100));
      expect(first?.pagination.hasNextPage).toBe(true);
      const last = (await list(large, { limit: 100, after: first?.pagination.nextCursor ?? '' })).data;
      expect(last?.data.map((u) => u.id)).toEqual(ids.slice(100));
      expect(last?.pagination).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    });
  });

  describe('metadata on update', () => {
    it('keeps the keys other tools keep in a user metadata when the mobile number changes', async () => {
      const stored = harness.workos.seedUser({
        email: email(),
        metadata: { mobile_number: '+61412345678', timezone: 'Europe/Berlin', crm_id: 'c-42' },
      });
      const result = await update(stored.id, { mobileNumber: '+61498765432' });
      expect(result.data).toMatchObject({ id: stored.id, mobileNumber: '+61498765432' });
      expect(harness.workos.user(stored.id)?.metadata).toEqual({
        mobile_number: '+61498765432',
        timezone: 'Europe/Berlin',
        crm_id: 'c-42',
      });
      expect(JSON.parse(wire('PUT')[0]?.body ?? '{}')).toEqual({
        metadata: { mobile_number: '+61498765432', timezone: 'Europe/Berlin', crm_id: 'c-42' },
      });
    });

    it('does not touch metadata when the mobile number is not being changed', async () => {
      const stored = harness.workos.seedUser({ email: email(), metadata: { timezone: 'Europe/Berlin' } });
      await update(stored.id, { firstName: 'Ana' });
      expect(wire('GET')).toHaveLength(0);
      expect(JSON.parse(wire('PUT')[0]?.body ?? '{}')).toEqual({ first_name: 'Ana' });
      expect(harness.workos.user(stored.id)?.metadata).toEqual({ timezone: 'Europe/Berlin' });
    });
  });
});

describe('WorkOS provider: every allowed retry fits PROVIDER_TIMEOUT_MS', () => {
  let harness: WorkOSDoubleHarness;
  let client: ReturnType<WorkOSDoubleHarness['running']['client']>;

  beforeAll(async () => {
    harness = await startWorkOSDoubleHarness({ PROVIDER_TIMEOUT_MS: String(TIMEOUT_MS), PROVIDER_MAX_RETRIES: '3' });
    client = harness.running.client({ bearerToken: await harness.running.serviceToken(['provider_users:read']) });
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('makes all four tries a short timeout allows, then answers 503 within it', async () => {
    for (let i = 0; i < 4; i++) harness.proxy.inject({ kind: 'answer', status: 503, body: { message: 'Unavailable' } });
    const started = Date.now();
    const result = await client.GET('/v1/provider/users/{userId}', { params: { path: { userId: UNKNOWN_USER } } });
    const elapsed = Date.now() - started;
    expectError(result, 'provider_unavailable');
    expect(harness.proxy.requests).toHaveLength(4);
    expect(harness.proxy.pending()).toBe(0);
    expect(elapsed).toBeLessThan(TIMEOUT_MS);
  });

  it('succeeds on the last try', async () => {
    for (let i = 0; i < 3; i++) harness.proxy.inject({ kind: 'answer', status: 500, body: { message: 'Oops' } });
    const user = harness.workos.seedUser({ email: `last-try-${randomBytes(4).toString('hex')}@example.com` });
    const result = await client.GET('/v1/provider/users/{userId}', { params: { path: { userId: user.id } } });
    expect(result.response.status).toBe(200);
    expect(result.data?.id).toBe(user.id);
  });
});
