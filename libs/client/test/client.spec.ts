import type { ErrorEnvelope, User } from '@access/contract';
import { startTestApiServer, type RecordedRequest, type TestApiServer } from './api-server';
import { AccessApiError, createAccessClient, paginate, unwrap } from '../src';

const TENANT = '2489e9ad-2ee2-4e00-8ec9-32d5f69181c0';
const USER_IDS = [
  '0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10',
  '1c0a7d2f-7b1f-4d66-8d9f-4a3b2e8c6f21',
  '2d1b8e30-8c20-4e77-9ea0-5b4c3f9d7032',
  '3e2c9f41-9d31-4f88-8fb1-6c5d40ae8143',
  '4f3da052-ae42-4a99-9ac2-7d6e51bf9254',
];

const user = (id: string): User => ({
  id,
  tenant_id: TENANT,
  email: `${id.slice(0, 8)}@example.com`,
  name: 'Test User',
  roles: ['member'],
  auth_provider: 'local',
  is_owner: false,
  avatar: null,
  created_at: '2026-11-02T09:30:00.000Z',
  updated_at: '2026-11-02T09:30:00.000Z',
});

const conflict: ErrorEnvelope = {
  code: 'user_exists',
  errorCode: '40920001',
  message: 'A user with this email already exists in the tenant.',
  details: {},
  errors: [{ detail: 'is already taken in this tenant', pointer: '/email', location: 'body' }],
  notices: [],
  requestId: 'req_conflict_1',
};

/** Pages of two users, cursors `c2` and `c4` naming where the next page starts. */
function listUsers(request: RecordedRequest) {
  const start = request.url.searchParams.has('after') ? Number(request.url.searchParams.get('after')?.slice(1)) : 0;
  const limit = Number(request.url.searchParams.get('limit') ?? 100);
  const end = Math.min(start + limit, USER_IDS.length);
  return {
    status: 200,
    body: {
      data: USER_IDS.slice(start, end).map(user),
      pagination: {
        hasNextPage: end < USER_IDS.length,
        hasPreviousPage: start > 0,
        nextCursor: end < USER_IDS.length ? `c${end}` : null,
        previousCursor: start > 0 ? `c${start}` : null,
      },
    },
  };
}

describe('createAccessClient against a real HTTP server', () => {
  let server: TestApiServer;

  beforeEach(async () => {
    server = await startTestApiServer({
      'GET /v1/users': listUsers,
      [`GET /v1/users/${USER_IDS[0]!}`]: () => ({ status: 200, body: user(USER_IDS[0]!) }),
      [`DELETE /v1/users/${USER_IDS[1]!}`]: () => ({ status: 204 }),
      'POST /v1/users': () => ({ status: 409, body: conflict, headers: { 'x-request-id': 'req_conflict_1' } }),
      'GET /v1/provider/users/user_01J7C4Q8QABCD1234XYZ': () => ({
        status: 200,
        body: { id: 'user_01J7C4Q8QABCD1234XYZ', email: 'alex@example.com' },
      }),
      'GET /v1/identity-providers': () => ({ status: 502, body: '<html>Bad gateway</html>' }),
    });
  });

  afterEach(() => server.close());

  it('sends the bearer token, tenant and extra headers, and parses the typed answer', async () => {
    const client = createAccessClient({
      baseUrl: `${server.baseUrl}/`,
      bearerToken: 'test-token-not-a-secret',
      tenantId: TENANT,
      headers: { 'X-Request-Id': 'req_client_1' },
    });

    const found = unwrap(await client.GET('/v1/users/{id}', { params: { path: { id: USER_IDS[0]! } } }));

    expect(found.id).toBe(USER_IDS[0]!);
    expect(server.requests[0]!.headers).toMatchObject({
      authorization: 'Bearer test-token-not-a-secret',
      'x-tenant-id': TENANT,
      'x-request-id': 'req_client_1',
    });
    expect(server.requests[0]!.headers['x-api-key']).toBeUndefined();
  });

  it('sends no tenant header to provider operations, and calls a token function per request', async () => {
    const tokens = ['service-token-1', 'service-token-2'];
    const client = createAccessClient({
      baseUrl: server.baseUrl,
      bearerToken: () => tokens.shift() ?? 'exhausted',
      tenantId: TENANT,
      apiKey: 'test-api-key-not-a-secret',
    });

    await client.GET('/v1/provider/users/{userId}', { params: { path: { userId: 'user_01J7C4Q8QABCD1234XYZ' } } });
    await client.GET('/v1/provider/users/{userId}', { params: { path: { userId: 'user_01J7C4Q8QABCD1234XYZ' } } });

    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer service-token-1', 'Bearer service-token-2']);
    expect(server.requests.map((r) => r.headers['x-tenant-id'])).toEqual([undefined, undefined]);
    expect(server.requests.map((r) => r.headers['x-api-key'])).toEqual([undefined, undefined]);
  });

  it('prefers the API key on tenant operations and lets a call override the tenant header', async () => {
    const client = createAccessClient({
      baseUrl: server.baseUrl,
      bearerToken: 'unused-token',
      apiKey: 'test-api-key-not-a-secret',
      tenantId: TENANT,
    });
    const otherTenant = '7c2e4a10-3f5b-4d8e-9a61-2b0c9d8e7f54';

    const result = await client.DELETE('/v1/users/{id}', {
      params: { path: { id: USER_IDS[1]! }, header: { 'X-Tenant-ID': otherTenant } },
    });

    expect(unwrap(result)).toBeUndefined();
    expect(result.response.status).toBe(204);
    expect(server.requests[0]!.headers).toMatchObject({ 'x-api-key': 'test-api-key-not-a-secret', 'x-tenant-id': otherTenant });
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('turns an error envelope into an AccessApiError carrying status and envelope', async () => {
    const client = createAccessClient({ baseUrl: server.baseUrl, bearerToken: 'test-token-not-a-secret', tenantId: TENANT });

    const result = await client.POST('/v1/users', {
      body: { email: 'alex@example.com', name: 'Alex Taylor', password: 'correct-horse-battery-staple' },
    });
    const thrown = (() => {
      try {
        unwrap(result);
      } catch (error) {
        return error;
      }
      return undefined;
    })();

    expect(thrown).toBeInstanceOf(AccessApiError);
    expect(thrown).toBeInstanceOf(Error);
    const error = thrown as AccessApiError;
    expect(error).toMatchObject({
      status: 409,
      code: 'user_exists',
      errorCode: '40920001',
      requestId: 'req_conflict_1',
      envelope: conflict,
    });
    expect(error.message).toBe('409 user_exists: A user with this email already exists in the tenant.');
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      email: 'alex@example.com',
      name: 'Alex Taylor',
      password: 'correct-horse-battery-staple',
    });
    expect(server.requests[0]!.headers['content-type']).toMatch(/^application\/json/);
  });

  it('reports a non-envelope error body as an AccessApiError without envelope', async () => {
    const client = createAccessClient({ baseUrl: server.baseUrl, bearerToken: 'test-token-not-a-secret', tenantId: TENANT });

    const result = await client.GET('/v1/identity-providers');

    expect(() => unwrap(result)).toThrow(
      expect.objectContaining({ name: 'AccessApiError', status: 502, envelope: undefined, message: 'HTTP 502' }),
    );
  });

  it('paginate walks every page through pagination.nextCursor until hasNextPage is false', async () => {
    const client = createAccessClient({ baseUrl: server.baseUrl, bearerToken: 'test-token-not-a-secret', tenantId: TENANT });

    const seen: string[] = [];
    for await (const listed of paginate((after) => client.GET('/v1/users', { params: { query: { after, limit: 2 } } })))
      seen.push(listed.id);

    expect(seen).toEqual(USER_IDS);
    expect(server.requests.map((r) => [r.url.searchParams.get('after'), r.url.searchParams.get('limit')])).toEqual([
      [null, '2'],
      ['c2', '2'],
      ['c4', '2'],
    ]);
  });

  it('paginate stops with AccessApiError when a page fails', async () => {
    const client = createAccessClient({ baseUrl: server.baseUrl, bearerToken: 'test-token-not-a-secret', tenantId: TENANT });

    const walk = async () => {
      for await (const _ of paginate(() => client.GET('/v1/identity-providers'))) void _;
    };

    await expect(walk()).rejects.toBeInstanceOf(AccessApiError);
  });
});
