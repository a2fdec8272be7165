import { openApiDocument } from '@access/contract';
import { expectError } from '../../support/expect-error';
import { rawRequest, type RawAnswer } from '../../support/raw-http';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';

const GENERATED_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What the document says every response carries, checked where the router answers on its own. */
describe('the contract, where it had gaps', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let headers: Record<string, string>;

  beforeAll(async () => {
    running = await startTestApp();
    tenant = await running.createTenant();
    headers = { authorization: `Bearer ${tenant.ownerToken}`, 'x-tenant-id': tenant.tenantId };
  });
  afterAll(async () => {
    await running.close();
  });

  const expectEnvelopeWithRequestId = (answer: RawAnswer, code: string) => {
    expect(answer.body).toMatchObject({ code });
    expect(answer.headers['x-request-id']).toEqual(expect.any(String));
    expect(answer.headers['x-request-id']).toBe(answer.body?.['requestId']);
  };

  describe("the router's own refusals", () => {
    it('carry X-Request-Id and point at the path parameter for bad percent-encoding', async () => {
      const answer = await rawRequest(running.baseUrl, { path: '/v1/users/%E0%A4%A', headers: { ...headers, 'x-request-id': 'trace-1' } });
      expect(answer.status).toBe(400);
      expectEnvelopeWithRequestId(answer, 'bad_request');
      // The router refuses before the id is read: a fresh one stands in for it.
      expect(answer.body?.['errors']).toEqual([{ detail: 'is not valid percent-encoded UTF-8', pointer: '/id', location: 'path' }]);
    });

    it('carry X-Request-Id and point at the path parameter for an over-long segment', async () => {
      const answer = await rawRequest(running.baseUrl, { path: `/v1/users/${'a'.repeat(600)}/identities`, headers });
      expect(answer.status).toBe(400);
      expectEnvelopeWithRequestId(answer, 'bad_request');
      expect(answer.body?.['errors']).toEqual([{ detail: 'is longer than the API accepts', pointer: '/id', location: 'path' }]);
    });

    it('refuses a UTF-8-encoded lone surrogate in the path (it is not valid UTF-8)', async () => {
      const answer = await rawRequest(running.baseUrl, { path: '/v1/identity-providers/%ED%A0%80', headers });
      expect(answer.status).toBe(400);
      expect(answer.body?.['errors']).toEqual([{ detail: 'is not valid percent-encoded UTF-8', pointer: '/id', location: 'path' }]);
    });
  });

  describe('health probes and X-Request-Id', () => {
    it('documents the 400 the probes give', () => {
      for (const path of ['/healthz', '/readyz']) {
        const operation = (openApiDocument.paths[path] as { get: { responses: Record<string, unknown> } }).get;
        expect(Object.keys(operation.responses)).toContain('400');
      }
    });

    it.each(['/healthz', '/readyz'])(
      'answers %s with an unknown query parameter or a malformed X-Request-Id with 400, as documented',
      async (path) => {
        const unknown = await running.client({}).GET(path as '/healthz', { params: { query: { verbose: 'yes' } as never } });
        expect(expectError(unknown, 'validation_failed').errors).toEqual([
          { detail: 'is not a known parameter', pointer: '/verbose', location: 'query' },
        ]);
        const malformed = await running.client({}).GET(path as '/healthz', { headers: { 'X-Request-Id': 'bad id with spaces' } });
        expect(expectError(malformed, 'validation_failed').errors).toEqual([
          expect.objectContaining({ pointer: '/x-request-id', location: 'header' }),
        ]);
        // The refused id is not echoed: the answer carries a generated one.
        expect(malformed.response.headers.get('x-request-id')).toMatch(GENERATED_ID);
      },
    );

    it('refuses a malformed X-Request-Id the same way on every operation, as its description says', async () => {
      const description = (openApiDocument.components['parameters']?.['RequestId'] as { description: string }).description;
      expect(description).toMatch(/refused/);
      const client = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
      const result = await client.GET('/v1/users', { headers: { 'X-Request-Id': 'x'.repeat(129) } });
      expect(expectError(result, 'validation_failed').errors).toEqual([expect.objectContaining({ pointer: '/x-request-id' })]);
    });
  });

  describe('a DELETE with a body', () => {
    it.each([
      ['a JSON body', { 'content-type': 'application/json' }, '{"reason":"cleanup"}'],
      ['a text body', { 'content-type': 'text/plain' }, 'please'],
      ['a body over the size limit', { 'content-type': 'application/json' }, `"${'x'.repeat(2 * 1024 * 1024)}"`],
      ['a chunked body', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, '{}'],
    ])('is refused with 400 body_not_allowed for %s, and nothing is deleted', async (_label, extra, body) => {
      const userId = await running.addUser(tenant.tenantId, ['member']);
      const answer = await rawRequest(running.baseUrl, {
        method: 'DELETE',
        path: `/v1/users/${userId}`,
        headers: { ...headers, ...extra },
        body,
      });
      expect(answer.status).toBe(400);
      expectEnvelopeWithRequestId(answer, 'body_not_allowed');
      expect(answer.body?.['errors']).toEqual([{ detail: 'must be empty', pointer: '', location: 'body' }]);
      expect(await running.prisma.tenantUser.findUnique({ where: { id: userId } })).not.toBeNull();
    });

    it('is served as usual without a body, or with an empty one', async () => {
      // The last two as clients send them that set a JSON Content-Type on every request.
      const variants: Array<Record<string, string>> = [
        {},
        { 'content-length': '0' },
        { 'content-type': 'application/json', 'content-length': '0' },
        { 'content-type': 'application/json' },
      ];
      for (const extra of variants) {
        const userId = await running.addUser(tenant.tenantId, ['member']);
        const answer = await rawRequest(running.baseUrl, {
          method: 'DELETE',
          path: `/v1/users/${userId}`,
          headers: { ...headers, ...extra },
        });
        expect(answer.status).toBe(204);
      }
    });

    it('is documented on every DELETE, and a GET with a body is refused the same way', async () => {
      for (const item of Object.values(openApiDocument.paths)) {
        const remove = item['delete'] as { description?: string } | undefined;
        if (remove) expect(remove.description).toContain('400 body_not_allowed');
      }
      const answer = await rawRequest(running.baseUrl, {
        path: '/v1/users',
        headers: { ...headers, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(answer.status).toBe(400);
      expect(answer.body?.['code']).toBe('body_not_allowed');
    });
  });

  describe('lone UTF-16 surrogates and text that is not UTF-8', () => {
    it('refuses a lone surrogate in a body string with 400 and a pointer, and stores nothing', async () => {
      const body = '{"email":"lone@example.com","name":"Al\\ud800ex","auth_provider":"oidc","roles":["member","x\\udfff"]}';
      const answer = await rawRequest(running.baseUrl, {
        method: 'POST',
        path: '/v1/users',
        headers: { ...headers, 'content-type': 'application/json' },
        body,
      });
      expect(answer.status).toBe(400);
      expect(answer.body?.['code']).toBe('validation_failed');
      expect(answer.body?.['errors']).toEqual([
        { detail: 'holds a lone UTF-16 surrogate, which is not Unicode text', pointer: '/name', location: 'body' },
        { detail: 'holds a lone UTF-16 surrogate, which is not Unicode text', pointer: '/roles/1', location: 'body' },
      ]);
      expect(await running.prisma.tenantUser.findFirst({ where: { email: 'lone@example.com' } })).toBeNull();
    });

    it('refuses one in a field name, in an update, on every body-taking operation', async () => {
      const userId = await running.addUser(tenant.tenantId, ['member']);
      const answer = await rawRequest(running.baseUrl, {
        method: 'PATCH',
        path: `/v1/users/${userId}`,
        headers: { ...headers, 'content-type': 'application/json' },
        body: '{"name":"Fine","\\udc00":"x"}',
      });
      expect(answer.status).toBe(400);
      expect(answer.body?.['errors']).toEqual([
        { detail: 'has a field name that holds a lone UTF-16 surrogate, which is not Unicode text', pointer: '', location: 'body' },
      ]);
      const provider = await rawRequest(running.baseUrl, {
        method: 'POST',
        path: '/v1/identity-providers',
        headers: { ...headers, 'content-type': 'application/json' },
        body: '{"name":"Okta \\ud83d","type":"oidc"}',
      });
      expect(provider.body?.['errors']).toEqual([expect.objectContaining({ pointer: '/name', location: 'body' })]);
    });

    it('keeps a well-formed surrogate pair (an emoji) as it was sent', async () => {
      const client = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
      const created = await client.POST('/v1/identity-providers', { body: { name: 'Okta \ud83d\ude00', type: 'oidc' } });
      expect(created.response.status).toBe(201);
      expect(created.data?.name).toBe('Okta \ud83d\ude00');
    });

    it('refuses a query string that is not UTF-8 with a pointer to the parameter', async () => {
      const answer = await rawRequest(running.baseUrl, { path: '/v1/users?email=%ED%A0%80%40example.com&role=member', headers });
      expect(answer.status).toBe(400);
      expect(answer.body?.['errors']).toEqual([{ detail: 'is not valid percent-encoded UTF-8', pointer: '/email', location: 'query' }]);
      const cursor = await rawRequest(running.baseUrl, { path: '/v1/identity-providers?after=%E0%A4%A&limit=5', headers });
      expect(cursor.body?.['errors']).toEqual([{ detail: 'is not valid percent-encoded UTF-8', pointer: '/after', location: 'query' }]);
      // Well-formed escapes are read as the text they encode.
      const fine = await rawRequest(running.baseUrl, { path: '/v1/users?email=alex%2Btag%40example.com', headers });
      expect(fine.status).toBe(200);
    });

    it('refuses a body that is not UTF-8 instead of storing U+FFFD', async () => {
      const body = Buffer.concat([Buffer.from('{"name":"Okta '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('","type":"oidc"}')]);
      const answer = await rawRequest(running.baseUrl, {
        method: 'POST',
        path: '/v1/identity-providers',
        headers: { ...headers, 'content-type': 'application/json' },
        body,
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 'malformed_json', message: 'The request body is not valid UTF-8.' });
    });
  });
});
