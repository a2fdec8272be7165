import { randomUUID } from 'node:crypto';
import { expectError } from '../../support/expect-error';
import { rawRequest } from '../../support/raw-http';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';

/**
 * A request must say once who is calling and for which tenant: two credentials, or a
 * header that takes one value sent twice, get a 400 that says so, never a silent choice.
 */
describe('credentials that disagree and headers sent twice', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let other: TestTenant;

  beforeAll(async () => {
    running = await startTestApp();
    [tenant, other] = [await running.createTenant('Acme'), await running.createTenant('Globex')];
  });
  afterAll(async () => {
    await running.close();
  });

  const BOTH = [
    { detail: 'cannot be sent together with x-api-key', pointer: '/authorization', location: 'header' },
    { detail: 'cannot be sent together with authorization', pointer: '/x-api-key', location: 'header' },
  ];

  describe('X-API-Key with Authorization', () => {
    it.each([
      ['the token of another tenant', () => other.ownerToken],
      ['an invalid token', () => 'not-a-jwt'],
      ["the key's own tenant owner's token", () => tenant.ownerToken],
    ])('refuses a valid API key sent with %s, through the client', async (_label, token) => {
      // The client sends one credential of its own; a caller can still set both headers on a call.
      const client = running.client({ tenantId: tenant.tenantId });
      const result = await client.GET('/v1/users', {
        headers: { 'X-API-Key': tenant.integrationApiKey, Authorization: `Bearer ${token()}` },
      });
      const envelope = expectError(result, 'conflicting_credentials');
      expect(envelope.errors).toEqual(BOTH);
    });

    it('refuses a valid token sent with an invalid API key', async () => {
      const client = running.client({ tenantId: tenant.tenantId });
      const result = await client.GET('/v1/identity-providers', {
        headers: { Authorization: `Bearer ${tenant.ownerToken}`, 'X-API-Key': 'ak_i_not_a_key' },
      });
      expect(expectError(result, 'conflicting_credentials').errors).toEqual(BOTH);
    });

    it('refuses both on an operation that takes only Bearer tokens', async () => {
      const result = await running.client({}).GET('/v1/provider/users/{userId}', {
        params: { path: { userId: 'user_01J7C4Q8QABCD1234XYZ0000' } },
        headers: { Authorization: `Bearer ${await running.serviceToken(['provider_users:read'])}`, 'X-API-Key': tenant.integrationApiKey },
      });
      expect(expectError(result, 'conflicting_credentials').errors).toEqual(BOTH);
    });

    it('still admits either one alone', async () => {
      expect((await running.client({ apiKey: tenant.integrationApiKey, tenantId: tenant.tenantId }).GET('/v1/users')).response.status).toBe(
        200,
      );
      expect((await running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId }).GET('/v1/users')).response.status).toBe(
        200,
      );
    });
  });

  describe('a header that takes one value, sent twice', () => {
    const expectRepeated = (answer: Awaited<ReturnType<typeof rawRequest>>, ...names: string[]) => {
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 'duplicate_header', errorCode: '40000005' });
      expect(answer.body?.['errors']).toEqual(
        names.map((name) => ({ detail: 'was sent 2 times; send it once', pointer: `/${name}`, location: 'header' })),
      );
      expect(answer.headers['x-request-id']).toBe(answer.body?.['requestId']);
    };

    it('refuses a second Authorization, even when the first one is valid (Node would keep only the first)', async () => {
      const answer = await rawRequest(running.baseUrl, {
        path: '/v1/users',
        headers: { authorization: [`Bearer ${tenant.ownerToken}`, `Bearer ${other.ownerToken}`], 'x-tenant-id': tenant.tenantId },
      });
      expectRepeated(answer, 'authorization');
    });

    it('refuses a second X-Tenant-ID with duplicate_header, not as a malformed uuid (Node joins the two)', async () => {
      const answer = await rawRequest(running.baseUrl, {
        path: '/v1/users',
        headers: { authorization: `Bearer ${tenant.ownerToken}`, 'x-tenant-id': [tenant.tenantId, tenant.tenantId] },
      });
      expectRepeated(answer, 'x-tenant-id');
    });

    it('refuses a second X-API-Key', async () => {
      const answer = await rawRequest(running.baseUrl, {
        path: '/v1/users',
        headers: { 'x-api-key': [tenant.integrationApiKey, tenant.scimApiKey], 'x-tenant-id': tenant.tenantId },
      });
      expectRepeated(answer, 'x-api-key');
    });

    it('refuses a second X-Request-Id, also on the health probes', async () => {
      for (const path of ['/v1/users', '/healthz']) {
        const answer = await rawRequest(running.baseUrl, {
          path,
          headers: { authorization: `Bearer ${tenant.ownerToken}`, 'x-tenant-id': tenant.tenantId, 'x-request-id': ['one', 'two'] },
        });
        expectRepeated(answer, 'x-request-id');
      }
    });

    it('names every header sent twice in one answer', async () => {
      const answer = await rawRequest(running.baseUrl, {
        path: '/v1/users',
        headers: {
          authorization: [`Bearer ${tenant.ownerToken}`, `Bearer ${tenant.ownerToken}`],
          'x-tenant-id': [tenant.tenantId, randomUUID()],
        },
      });
      expectRepeated(answer, 'authorization', 'x-tenant-id');
    });

    it('leaves headers that may repeat alone', async () => {
      const answer = await rawRequest(running.baseUrl, {
        path: '/v1/users',
        headers: { authorization: `Bearer ${tenant.ownerToken}`, 'x-tenant-id': tenant.tenantId, accept: ['application/json', '*/*'] },
      });
      expect(answer.status).toBe(200);
    });
  });
});
