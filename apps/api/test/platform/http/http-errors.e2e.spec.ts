import { connect } from 'node:net';
import { ERRORS } from '@access/errors';
import { startTestApp, type RunningApp } from '../../support/start-test-app';

describe('HTTP: every bad request is answered in the error envelope', () => {
  let running: RunningApp;
  let TENANT: string;
  let auth: { authorization: string };
  let jsonHeaders: Record<string, string>;

  beforeAll(async () => {
    running = await startTestApp();
    const tenant = await running.createTenant();
    TENANT = tenant.tenantId;
    auth = { authorization: `Bearer ${tenant.ownerToken}` };
    jsonHeaders = { 'content-type': 'application/json', 'x-tenant-id': TENANT, ...auth };
  });
  afterAll(async () => {
    await running.close();
  });

  async function call(path: string, init: RequestInit = {}) {
    const response = await fetch(`${running.baseUrl}${path}`, init);
    const text = await response.text();
    let body: Record<string, unknown> | undefined;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { response, body };
  }

  function expectEnvelope(body: Record<string, unknown> | undefined, code: keyof typeof ERRORS) {
    expect(body).toMatchObject({
      code,
      errorCode: ERRORS[code].errorCode,
      message: expect.any(String),
      details: expect.any(Object),
      errors: expect.any(Array),
      notices: expect.any(Array),
      requestId: expect.any(String),
    });
  }

  it('answers malformed JSON with 400 malformed_json', async () => {
    const { response, body } = await call('/v1/users', { method: 'POST', headers: jsonHeaders, body: '{"email": ' });
    expect(response.status).toBe(400);
    expectEnvelope(body, 'malformed_json');
  });

  it('answers an unknown body field with 400 and a pointer to it', async () => {
    const { response, body } = await call('/v1/users', {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({ email: 'a@example.com', name: 'A', password: 'correct horse battery', is_owner: true }),
    });
    expect(response.status).toBe(400);
    expectEnvelope(body, 'validation_failed');
    expect(body?.['errors']).toEqual([{ detail: 'is not a known field', pointer: '/is_owner', location: 'body' }]);
  });

  it('reports every problem of a request at once, each with its pointer', async () => {
    const { response, body } = await call('/v1/users', {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({ email: 'not-an-email', name: 42, auth_provider: 'kerberos' }),
    });
    expect(response.status).toBe(400);
    const pointers = (body?.['errors'] as Array<{ pointer: string; location: string }>).map((e) => `${e.location}:${e.pointer}`);
    expect(pointers.sort()).toEqual(['body:/auth_provider', 'body:/email', 'body:/name']);
  });

  it('answers a malformed X-Tenant-ID with 400 and a header pointer', async () => {
    const { response, body } = await call('/v1/users', { headers: { ...auth, 'x-tenant-id': 'not-a-uuid' } });
    expect(response.status).toBe(400);
    expect(body?.['errors']).toEqual([expect.objectContaining({ pointer: '/x-tenant-id', location: 'header' })]);
  });

  it('answers a wrong Content-Type with 415', async () => {
    const { response, body } = await call('/v1/users', {
      method: 'POST',
      headers: { ...jsonHeaders, 'content-type': 'text/plain' },
      body: 'email=a@example.com',
    });
    expect(response.status).toBe(415);
    expectEnvelope(body, 'unsupported_media_type');
  });

  it('answers a form-encoded body with 415, not as if it were JSON', async () => {
    const { response, body } = await call('/v1/users', {
      method: 'POST',
      headers: { ...jsonHeaders, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40example.com&name=A',
    });
    expect(response.status).toBe(415);
    expectEnvelope(body, 'unsupported_media_type');
  });

  it('answers an empty JSON body with 400 malformed_json', async () => {
    const { response, body } = await call('/v1/users', { method: 'POST', headers: jsonHeaders, body: '' });
    expect(response.status).toBe(400);
    expectEnvelope(body, 'malformed_json');
  });

  it('answers a JSON body that is not an object with 400 and a pointer to the root', async () => {
    const { response, body } = await call('/v1/users', { method: 'POST', headers: jsonHeaders, body: '[1,2]' });
    expect(response.status).toBe(400);
    expect(body?.['errors']).toEqual([{ detail: 'must be object', pointer: '', location: 'body' }]);
  });

  it('answers a 2 MB body with 413', async () => {
    const big = JSON.stringify({ email: 'a@example.com', name: 'x'.repeat(2 * 1024 * 1024) });
    const { response, body } = await call('/v1/users', { method: 'POST', headers: jsonHeaders, body: big });
    expect(response.status).toBe(413);
    expectEnvelope(body, 'payload_too_large');
  });

  it('answers an unknown route with 404 not_found', async () => {
    const { response, body } = await call('/v1/nothing-here');
    expect(response.status).toBe(404);
    expectEnvelope(body, 'not_found');
  });

  it('answers a known path with an unsupported method with 405 and Allow', async () => {
    const { response, body } = await call('/v1/users', { method: 'PUT', headers: jsonHeaders, body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    expectEnvelope(body, 'method_not_allowed');
  });

  it('answers a bad uuid path parameter with 400 and a path pointer', async () => {
    const { response, body } = await call('/v1/users/not-a-uuid', { headers: { 'x-tenant-id': TENANT, ...auth } });
    expect(response.status).toBe(400);
    expectEnvelope(body, 'validation_failed');
    expect(body?.['errors']).toEqual([{ detail: 'must be a uuid', pointer: '/id', location: 'path' }]);
  });

  it('answers an over-long path id with 400 and a path pointer, not a router error', async () => {
    const { response, body } = await call(`/v1/users/${'a'.repeat(300)}`, { headers: { 'x-tenant-id': TENANT, ...auth } });
    expect(response.status).toBe(400);
    expect(body?.['errors']).toEqual([expect.objectContaining({ pointer: '/id', location: 'path' })]);
    const beyond = await call(`/v1/users/${'a'.repeat(600)}`, { headers: { 'x-tenant-id': TENANT, ...auth } });
    expect(beyond.response.status).toBe(400);
    expectEnvelope(beyond.body, 'bad_request');
  });

  it('answers a URL that is not valid percent-encoding with 400 in the envelope', async () => {
    const { response, body } = await call('/v1/users/%E0%A4%A', { headers: { 'x-tenant-id': TENANT, ...auth } });
    expect(response.status).toBe(400);
    expectEnvelope(body, 'bad_request');
  });

  it('answers headers over the size limit with 431 in the envelope', async () => {
    const { response, body } = await call('/healthz', { headers: { 'x-padding': 'a'.repeat(20_000) } });
    expect(response.status).toBe(431);
    expectEnvelope(body, 'header_fields_too_large');
    expect(response.headers.get('x-request-id')).toBe(body?.['requestId']);
  });

  it('answers a request that is not valid HTTP with 400 in the envelope, then closes', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(running.baseUrl).port), '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expectEnvelope(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)), 'bad_request');
  });

  it('refuses unknown and out-of-range query parameters', async () => {
    const { response, body } = await call('/v1/users?limit=0&colour=blue', { headers: { 'x-tenant-id': TENANT, ...auth } });
    expect(response.status).toBe(400);
    const pointers = (body?.['errors'] as Array<{ pointer: string }>).map((e) => e.pointer).sort();
    expect(pointers).toEqual(['/colour', '/limit']);
  });

  it('refuses before and after together', async () => {
    const { response, body } = await call('/v1/users?before=abc&after=def', { headers: { 'x-tenant-id': TENANT, ...auth } });
    expect(response.status).toBe(400);
    expect(body?.['errors']).toEqual([expect.objectContaining({ pointer: '/after', location: 'query' })]);
  });

  it('echoes a well-formed X-Request-Id and uses it in the envelope', async () => {
    const { response, body } = await call('/v1/nothing-here', { headers: { 'x-request-id': 'trace-abc.123' } });
    expect(response.headers.get('x-request-id')).toBe('trace-abc.123');
    expect(body?.['requestId']).toBe('trace-abc.123');
  });

  it('replaces an unsafe X-Request-Id with a generated one', async () => {
    const { response } = await call('/healthz', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the hand-written document, its reference and health', async () => {
    const doc = await call('/openapi.json');
    expect(doc.response.status).toBe(200);
    expect(doc.body?.['openapi']).toMatch(/^3\.1\./);
    const docs = await fetch(`${running.baseUrl}/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger-ui');
    const health = await call('/healthz');
    expect(health.response.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
  });
});
