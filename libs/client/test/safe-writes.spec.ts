import type { User } from '@access/contract';
import { startTestApiServer, type Reply, type TestApiServer } from './api-server';
import { createAccessClient, etagOf, ifMatch, newIdempotencyKey } from '../src';

const TENANT = '2489e9ad-2ee2-4e00-8ec9-32d5f69181c0';
const USER_ID = '0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10';
const user: User = {
  id: USER_ID,
  tenant_id: TENANT,
  email: 'alex@example.com',
  name: 'Alex',
  roles: ['member'],
  auth_provider: 'oidc',
  is_owner: false,
  avatar: null,
  created_at: '2026-11-02T09:30:00.000Z',
  updated_at: '2026-11-02T09:30:00.000Z',
};
const body = { email: 'alex@example.com', name: 'Alex', auth_provider: 'oidc' as const };
const envelope = (code: string, errorCode: string) => ({
  code,
  errorCode,
  message: code,
  details: {},
  errors: [],
  notices: [],
  requestId: 'req_1',
});

/** Idempotency-Key on creates, retries of creates, ETags and If-Match, against a real HTTP server. */
describe('@access/client: safe retries and conditional writes', () => {
  let server: TestApiServer;
  let createAnswers: Reply[];

  beforeEach(async () => {
    createAnswers = [];
    server = await startTestApiServer({
      'POST /v1/users': () =>
        createAnswers.shift() ?? { status: 201, body: user, headers: { etag: '"1"', location: `/v1/users/${USER_ID}` } },
      [`GET /v1/users/${USER_ID}`]: () => ({ status: 200, body: user, headers: { etag: '"4"' } }),
      [`PATCH /v1/users/${USER_ID}`]: () => ({ status: 200, body: user, headers: { etag: '"5"' } }),
      'GET /v1/users': () => ({
        status: 200,
        body: { data: [], pagination: { hasNextPage: false, hasPreviousPage: false, nextCursor: null, previousCursor: null } },
      }),
    });
  });
  afterEach(() => server.close());

  const client = (options: Partial<Parameters<typeof createAccessClient>[0]> = {}) =>
    createAccessClient({ baseUrl: server.baseUrl, bearerToken: 'test-token-not-a-secret', tenantId: TENANT, ...options });

  it('sends a new Idempotency-Key with each create, and none with reads or updates', async () => {
    const api = client();
    await api.POST('/v1/users', { body });
    await api.POST('/v1/users', { body });
    await api.GET('/v1/users');
    await api.PATCH('/v1/users/{id}', { params: { path: { id: USER_ID } }, body: { name: 'Al' } });
    const keys = server.requests.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys.slice(2)).toEqual([undefined, undefined]);
  });

  it("keeps the caller's own key, and sends none when told not to", async () => {
    const key = newIdempotencyKey();
    await client().POST('/v1/users', { body, headers: { 'Idempotency-Key': key } });
    await client({ idempotencyKeys: false }).POST('/v1/users', { body });
    expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual([key, undefined]);
  });

  it('retries a create after a 503 and a 409 in progress, with the same key and body, as Retry-After asks', async () => {
    createAnswers = [
      { status: 503, body: envelope('database_unavailable', '50300002'), headers: { 'retry-after': '0' } },
      { status: 409, body: envelope('idempotency_key_in_progress', '40900040'), headers: { 'retry-after': '0' } },
    ];
    const result = await client({ retryCreates: { attempts: 3 } }).POST('/v1/users', { body });
    expect(result.response.status).toBe(201);
    expect(server.requests).toHaveLength(3);
    expect(new Set(server.requests.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    expect(server.requests.map((r) => JSON.parse(r.body) as unknown)).toEqual([body, body, body]);
  });

  it('does not retry a refusal, a create without a key, or past its attempts', async () => {
    createAnswers = [{ status: 409, body: envelope('user_exists', '40920001') }];
    expect((await client({ retryCreates: { attempts: 3 } }).POST('/v1/users', { body })).response.status).toBe(409);
    expect(server.requests).toHaveLength(1);

    createAnswers = [{ status: 503, body: envelope('database_unavailable', '50300002'), headers: { 'retry-after': '0' } }];
    const noKey = client({ idempotencyKeys: false, retryCreates: { attempts: 3 } });
    expect((await noKey.POST('/v1/users', { body })).response.status).toBe(503);
    expect(server.requests).toHaveLength(2);

    createAnswers = Array.from({ length: 3 }, () => ({
      status: 503,
      body: envelope('database_unavailable', '50300002'),
      headers: { 'retry-after': '0' },
    }));
    expect((await client({ retryCreates: { attempts: 1 } }).POST('/v1/users', { body })).response.status).toBe(503);
    expect(server.requests).toHaveLength(4);
  });

  it('gives the ETag of an answer and sends it back in If-Match', async () => {
    const api = client();
    const read = await api.GET('/v1/users/{id}', { params: { path: { id: USER_ID } } });
    const etag = etagOf(read) ?? '';
    expect(etag).toBe('"4"');
    const updated = await api.PATCH('/v1/users/{id}', { params: { path: { id: USER_ID } }, body: { name: 'Al' }, headers: ifMatch(etag) });
    expect(server.requests[1]?.headers['if-match']).toBe('"4"');
    expect(etagOf(updated)).toBe('"5"');
  });
});
