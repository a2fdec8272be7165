import { randomUUID } from 'node:crypto';
import { ContractRegistry } from '../../../src/platform/contract/contract-registry';
import { expectError } from '../../support/expect-error';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';

/** In tests, the exception filter answers only errors the operation documents. */
describe('HTTP: error answers are documented for their operation', () => {
  let running: RunningApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    running = await startTestApp();
    tenant = await running.createTenant();
  });
  afterAll(async () => {
    await running.close();
  });

  it('answers a documented code as it is', async () => {
    const client = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
    expectError(await client.GET('/v1/users/{id}', { params: { path: { id: randomUUID() } } }), 'user_not_found');
  });

  it('turns a code the operation does not document into a 500 naming it', async () => {
    const documented = running.app.get(ContractRegistry).get('getUser').errorCodes;
    const saved = [...documented];
    documented.splice(documented.indexOf('user_not_found'), 1);
    try {
      const client = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
      const envelope = expectError(await client.GET('/v1/users/{id}', { params: { path: { id: randomUUID() } } }), 'internal_error');
      expect(envelope.message).toBe('The getUser answer user_not_found is not documented for the operation.');
    } finally {
      documented.splice(0, documented.length, ...saved);
    }
  });

  it('documents what a DELETE answers to a body: body_not_allowed, refused before the body is read', async () => {
    const response = await fetch(`${running.baseUrl}/v1/users/${randomUUID()}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${tenant.ownerToken}`, 'x-tenant-id': tenant.tenantId, 'content-type': 'text/plain' },
      body: 'not json',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'body_not_allowed' });
    // Answered by a request hook, before NestJS runs: the document must say it.
    const documented = running.app.get(ContractRegistry).get('deleteUser').errorCodes;
    expect(documented).toContain('body_not_allowed');
    expect(documented.filter((code) => ['malformed_json', 'payload_too_large', 'unsupported_media_type'].includes(code))).toEqual([]);
  });

  it('checks the answers of request hooks too, which run before NestJS', async () => {
    const documented = running.app.get(ContractRegistry).get('deleteUser').errorCodes;
    const saved = [...documented];
    documented.splice(documented.indexOf('body_not_allowed'), 1);
    try {
      const response = await fetch(`${running.baseUrl}/v1/users/${randomUUID()}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${tenant.ownerToken}`, 'x-tenant-id': tenant.tenantId, 'content-type': 'text/plain' },
        body: 'not json',
      });
      expect(response.status).toBe(500);
      const envelope = (await response.json()) as { code: string; message: string; requestId: string };
      expect(envelope).toMatchObject({
        code: 'internal_error',
        message: 'The deleteUser answer body_not_allowed is not documented for the operation.',
      });
      expect(response.headers.get('x-request-id')).toBe(envelope.requestId);
    } finally {
      documented.splice(0, documented.length, ...saved);
    }
  });
});
