import { randomUUID } from 'node:crypto';
import { describeOperations } from '../../../src/platform/contract/contract-operations';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';

interface Probe {
  operationId: string;
  method: string;
  path: string;
  body?: unknown;
  /** What tenant A must get: tenant_mismatch for B's header, or the not-found answer of an unknown id. */
  expected: { status: number; code: string };
  /** The same request with ids that exist nowhere; B's ids must be answered exactly like these. */
  unknownTwin?: { path: string; body?: unknown };
}

/**
 * The isolation matrix: tenant A's owner, with tenant B's ids in the path, the body
 * or the header, is refused for every tenant-scoped operation, B's ids answer exactly
 * like ids that do not exist, and B's data is unchanged.
 */
describe('tenant isolation', () => {
  let running: RunningApp;
  let a: TestTenant;
  let b: TestTenant;
  const bIds = { userId: '', providerId: '', identityId: '', auditEventId: '', endpointId: '', deliveryId: '', roleId: '', apiKeyId: '' };
  const aIds = { userId: '', providerId: '' };

  beforeAll(async () => {
    running = await startTestApp();
    [a, b] = [await running.createTenant('Tenant A'), await running.createTenant('Tenant B')];
    // Before B has a webhook endpoint: these writes queue no delivery that could change B's rows meanwhile.
    const bRole = await running.client({ bearerToken: b.ownerToken, tenantId: b.tenantId }).POST('/v1/roles', {
      body: { name: 'auditor', description: 'B’s own role' },
    });
    const bKey = await running.client({ bearerToken: b.ownerToken, tenantId: b.tenantId }).POST('/v1/api-keys', {
      body: { kind: 'integration', name: 'B’s key' },
    });
    if (!bRole.data || !bKey.data) throw new Error('could not set up B’s role and key');
    [bIds.roleId, bIds.apiKeyId] = [bRole.data.id, bKey.data.api_key.id];
    for (const [tenant, ids] of [
      [a, aIds],
      [b, bIds],
    ] as const) {
      ids.userId = await running.addUser(tenant.tenantId, ['member']);
      const provider = await running.prisma.identityProvider.create({ data: { tenantId: tenant.tenantId, name: 'Okta', type: 'oidc' } });
      ids.providerId = provider.id;
      const identity = await running.prisma.identity.create({
        data: {
          tenantId: tenant.tenantId,
          userId: ids.userId,
          identityProviderId: provider.id,
          externalId: `ext-${tenant.tenantId}`,
          linkedBy: 'manual',
        },
      });
      if (tenant === b) bIds.identityId = identity.id;
      const endpoint = await running.prisma.webhookEndpoint.create({
        data: { tenantId: tenant.tenantId, url: 'https://hooks.example.com/x', eventTypes: ['*'], secret: 'whsec_dGVzdA==' },
      });
      if (tenant === b) bIds.endpointId = endpoint.id;
    }
    // Provisioning recorded B's first audit events.
    bIds.auditEventId = (await running.prisma.auditEvent.findFirstOrThrow({ where: { tenantId: b.tenantId } })).id;
    const delivery = await running.prisma.webhookDelivery.create({
      data: { tenantId: b.tenantId, endpointId: bIds.endpointId, eventId: bIds.auditEventId, status: 'succeeded' },
    });
    bIds.deliveryId = delivery.id;
  });
  afterAll(async () => {
    await running.close();
  });

  async function snapshotOfB() {
    const where = { tenantId: b.tenantId };
    return JSON.stringify(
      await Promise.all([
        running.prisma.tenantUser.findMany({ where, orderBy: { id: 'asc' } }),
        running.prisma.userRole.findMany({ where, orderBy: [{ userId: 'asc' }, { roleId: 'asc' }] }),
        running.prisma.identityProvider.findMany({ where, orderBy: { id: 'asc' } }),
        running.prisma.identity.findMany({ where, orderBy: { id: 'asc' } }),
        running.prisma.role.findMany({ where, orderBy: { id: 'asc' } }),
        // A refused request records nothing either.
        running.prisma.auditEvent.findMany({ where, orderBy: { id: 'asc' } }),
        running.prisma.webhookEndpoint.findMany({ where, orderBy: { id: 'asc' } }),
        running.prisma.webhookDelivery.findMany({ where, orderBy: { id: 'asc' } }),
        running.prisma.apiKey.findMany({ where, orderBy: { id: 'asc' }, omit: { lastUsedAt: true } }),
      ]),
    );
  }

  function probes(): Probe[] {
    const u = bIds.userId;
    const x = randomUUID();
    const notFoundUser = { status: 404, code: 'user_not_found' };
    const mismatch = { status: 403, code: 'tenant_mismatch' };
    const link = (providerId: string) => ({ identity_provider_id: providerId, external_id: 'someone' });
    return [
      // B's tenant in the header: refused before anything is read.
      {
        operationId: 'createUser',
        method: 'POST',
        path: '/v1/users',
        body: { email: 'x@example.com', name: 'X', auth_provider: 'oidc' },
        expected: mismatch,
      },
      { operationId: 'listUsers', method: 'GET', path: '/v1/users', expected: mismatch },
      {
        operationId: 'createIdentityProvider',
        method: 'POST',
        path: '/v1/identity-providers',
        body: { name: 'Evil', type: 'saml' },
        expected: mismatch,
      },
      { operationId: 'listIdentityProviders', method: 'GET', path: '/v1/identity-providers', expected: mismatch },
      { operationId: 'listAuditEvents', method: 'GET', path: '/v1/audit-events', expected: mismatch },
      { operationId: 'listWebhookEndpoints', method: 'GET', path: '/v1/webhook-endpoints', expected: mismatch },
      {
        operationId: 'createWebhookEndpoint',
        method: 'POST',
        path: '/v1/webhook-endpoints',
        body: { url: 'https://evil.example.com/', event_types: ['*'] },
        expected: mismatch,
      },
      { operationId: 'createRole', method: 'POST', path: '/v1/roles', body: { name: 'intruder' }, expected: mismatch },
      { operationId: 'listRoles', method: 'GET', path: '/v1/roles', expected: mismatch },
      { operationId: 'createApiKey', method: 'POST', path: '/v1/api-keys', body: { kind: 'scim', name: 'Intruder' }, expected: mismatch },
      { operationId: 'listApiKeys', method: 'GET', path: '/v1/api-keys', expected: mismatch },
      // B's ids in the path or body, A's own header: exactly what an unknown id gets.
      { operationId: 'getUser', method: 'GET', path: `/v1/users/${u}`, expected: notFoundUser, unknownTwin: { path: `/v1/users/${x}` } },
      {
        operationId: 'updateUser',
        method: 'PATCH',
        path: `/v1/users/${u}`,
        body: { name: 'Taken over' },
        expected: notFoundUser,
        unknownTwin: { path: `/v1/users/${x}`, body: { name: 'Taken over' } },
      },
      {
        operationId: 'deleteUser',
        method: 'DELETE',
        path: `/v1/users/${u}`,
        expected: notFoundUser,
        unknownTwin: { path: `/v1/users/${x}` },
      },
      {
        operationId: 'listUserIdentities',
        method: 'GET',
        path: `/v1/users/${u}/identities`,
        expected: notFoundUser,
        unknownTwin: { path: `/v1/users/${x}/identities` },
      },
      {
        operationId: 'createUserIdentity',
        method: 'POST',
        path: `/v1/users/${u}/identities`,
        body: link(aIds.providerId),
        expected: notFoundUser,
        unknownTwin: { path: `/v1/users/${x}/identities`, body: link(aIds.providerId) },
      },
      {
        operationId: 'createUserIdentity',
        method: 'POST',
        path: `/v1/users/${aIds.userId}/identities`,
        body: link(bIds.providerId),
        expected: { status: 404, code: 'identity_provider_not_found' },
        unknownTwin: { path: `/v1/users/${aIds.userId}/identities`, body: link(x) },
      },
      {
        operationId: 'deleteUserIdentity',
        method: 'DELETE',
        path: `/v1/users/${u}/identities/${bIds.identityId}`,
        expected: notFoundUser,
        unknownTwin: { path: `/v1/users/${x}/identities/${bIds.identityId}` },
      },
      {
        operationId: 'deleteUserIdentity',
        method: 'DELETE',
        path: `/v1/users/${aIds.userId}/identities/${bIds.identityId}`,
        expected: { status: 404, code: 'identity_not_found' },
        unknownTwin: { path: `/v1/users/${aIds.userId}/identities/${x}` },
      },
      {
        operationId: 'getIdentityProvider',
        method: 'GET',
        path: `/v1/identity-providers/${bIds.providerId}`,
        expected: { status: 404, code: 'identity_provider_not_found' },
        unknownTwin: { path: `/v1/identity-providers/${x}` },
      },
      {
        operationId: 'getAuditEvent',
        method: 'GET',
        path: `/v1/audit-events/${bIds.auditEventId}`,
        expected: { status: 404, code: 'audit_event_not_found' },
        unknownTwin: { path: `/v1/audit-events/${x}` },
      },
      ...(['getWebhookEndpoint', 'deleteWebhookEndpoint', 'updateWebhookEndpoint', 'listWebhookDeliveries'] as const).map((operationId) => {
        const method = {
          getWebhookEndpoint: 'GET',
          deleteWebhookEndpoint: 'DELETE',
          updateWebhookEndpoint: 'PATCH',
          listWebhookDeliveries: 'GET',
        }[operationId];
        const tail = operationId === 'listWebhookDeliveries' ? '/deliveries' : '';
        const body = operationId === 'updateWebhookEndpoint' ? { url: 'https://evil.example.com/' } : undefined;
        return {
          operationId,
          method,
          path: `/v1/webhook-endpoints/${bIds.endpointId}${tail}`,
          body,
          expected: { status: 404, code: 'webhook_endpoint_not_found' },
          unknownTwin: { path: `/v1/webhook-endpoints/${x}${tail}`, body },
        };
      }),
      {
        operationId: 'redeliverWebhookDelivery',
        method: 'POST',
        path: `/v1/webhook-endpoints/${bIds.endpointId}/deliveries/${bIds.deliveryId}/redeliver`,
        expected: { status: 404, code: 'webhook_endpoint_not_found' },
        unknownTwin: { path: `/v1/webhook-endpoints/${x}/deliveries/${bIds.deliveryId}/redeliver` },
      },
      {
        operationId: 'deleteIdentityProvider',
        method: 'DELETE',
        path: `/v1/identity-providers/${bIds.providerId}`,
        expected: { status: 404, code: 'identity_provider_not_found' },
        unknownTwin: { path: `/v1/identity-providers/${x}` },
      },
      ...(['GET', 'DELETE'] as const).map((method) => ({
        operationId: method === 'GET' ? 'getRole' : 'deleteRole',
        method,
        path: `/v1/roles/${bIds.roleId}`,
        expected: { status: 404, code: 'role_not_found' },
        unknownTwin: { path: `/v1/roles/${x}` },
      })),
      {
        operationId: 'updateRole',
        method: 'PATCH',
        path: `/v1/roles/${bIds.roleId}`,
        body: { name: 'renamed' },
        expected: { status: 404, code: 'role_not_found' },
        unknownTwin: { path: `/v1/roles/${x}`, body: { name: 'renamed' } },
      },
      ...(['GET', 'DELETE'] as const).map((method) => ({
        operationId: method === 'GET' ? 'getApiKey' : 'revokeApiKey',
        method,
        path: `/v1/api-keys/${bIds.apiKeyId}`,
        expected: { status: 404, code: 'api_key_not_found' },
        unknownTwin: { path: `/v1/api-keys/${x}` },
      })),
    ];
  }

  async function send(path: string, method: string, tenantHeader: string, body?: unknown) {
    const response = await fetch(`${running.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${a.ownerToken}`,
        'x-tenant-id': tenantHeader,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const envelope = (await response.json()) as Record<string, unknown>;
    delete envelope['requestId'];
    return { status: response.status, envelope };
  }

  it('covers every tenant-scoped operation of the document', () => {
    const scoped = describeOperations()
      .filter((op) => op.tenantScoped)
      .map((op) => op.operationId);
    expect([...new Set(probes().map((p) => p.operationId))].sort()).toEqual(scoped.sort());
  });

  it('refuses tenant A every access to tenant B and leaves B unchanged', async () => {
    const before = await snapshotOfB();
    for (const probe of probes()) {
      const header = probe.unknownTwin ? a.tenantId : b.tenantId;
      const answer = await send(probe.path, probe.method, header, probe.body);
      expect({ op: probe.operationId, path: probe.path, status: answer.status, code: answer.envelope['code'] }).toEqual({
        op: probe.operationId,
        path: probe.path,
        ...probe.expected,
      });
      if (probe.unknownTwin) {
        const twin = await send(probe.unknownTwin.path, probe.method, a.tenantId, probe.unknownTwin.body);
        expect({ op: probe.operationId, ...twin }).toEqual({ op: probe.operationId, ...answer });
      }
    }
    expect(await snapshotOfB()).toEqual(before);
  });

  it('lets A’s API keys reach nothing of B either', async () => {
    for (const key of [a.integrationApiKey, a.scimApiKey]) {
      const byHeader = await fetch(`${running.baseUrl}/v1/users/${bIds.userId}/identities`, {
        headers: { 'x-api-key': key, 'x-tenant-id': b.tenantId },
      });
      expect(byHeader.status).toBe(403);
      const byPath = await fetch(`${running.baseUrl}/v1/users/${bIds.userId}/identities`, {
        headers: { 'x-api-key': key, 'x-tenant-id': a.tenantId },
      });
      expect(byPath.status).toBe(404);
    }
  });
});
