import { UUID_PATTERN } from '@access/contract';
import { rawRequest } from '../../support/raw-http';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';

/**
 * One meaning of `format: uuid` in the whole service (UUID_PATTERN): what the validator lets
 * through is what the database reads. (ajv-formats alone would also take `urn:uuid:…`, which
 * PostgreSQL's uuid type does not; the document's maxLength stops such an id as well.)
 */
describe('uuid ids', () => {
  let running: RunningApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    running = await startTestApp();
    tenant = await running.createTenant();
  });
  afterAll(async () => {
    await running.close();
  });

  it('refuses an id with a urn:uuid: prefix in the path with 400 and a pointer, as any id that is not a uuid', async () => {
    const headers = { authorization: `Bearer ${tenant.ownerToken}`, 'x-tenant-id': tenant.tenantId };
    for (const path of [`/v1/users/urn:uuid:${tenant.ownerId}`, `/v1/identity-providers/urn:uuid:${tenant.ownerId}`]) {
      const answer = await rawRequest(running.baseUrl, { path, headers });
      expect({ path, status: answer.status, code: answer.body?.['code'] }).toEqual({ path, status: 400, code: 'validation_failed' });
      expect(answer.body?.['errors']).toEqual([expect.objectContaining({ pointer: '/id', location: 'path' })]);
    }
  });

  it('is the pattern the tenant check and the document agree on', async () => {
    expect(UUID_PATTERN.test(tenant.tenantId)).toBe(true);
    expect(UUID_PATTERN.test(`urn:uuid:${tenant.tenantId}`)).toBe(false);
    const answer = await rawRequest(running.baseUrl, {
      path: '/v1/users',
      headers: { authorization: `Bearer ${tenant.ownerToken}`, 'x-tenant-id': `urn:uuid:${tenant.tenantId}` },
    });
    expect(answer.status).toBe(400);
    expect(answer.body?.['errors']).toEqual([{ detail: 'must be a UUID', pointer: '/x-tenant-id', location: 'header' }]);
  });
});
