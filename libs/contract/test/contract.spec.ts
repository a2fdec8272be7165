import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findOperation, listOperations, openApiDocument, resolveRef, TENANT_ID_HEADER, type OperationId } from '../src';

type Access = 'provider-read' | 'provider-write' | 'tenants-read' | 'tenants-write' | 'tenant' | 'identities' | 'public';

const EXPECTED: ReadonlyArray<[OperationId, string, string, Access]> = [
  ['createProviderUser', 'post', '/v1/provider/users', 'provider-write'],
  ['getProviderUser', 'get', '/v1/provider/users/{userId}', 'provider-read'],
  ['updateProviderUser', 'patch', '/v1/provider/users/{userId}', 'provider-write'],
  ['listProviderOrganizationUsers', 'get', '/v1/provider/organizations/{organizationId}/users', 'provider-read'],
  ['createTenant', 'post', '/v1/tenants', 'tenants-write'],
  ['listTenants', 'get', '/v1/tenants', 'tenants-read'],
  ['getTenant', 'get', '/v1/tenants/{id}', 'tenants-read'],
  ['updateTenant', 'patch', '/v1/tenants/{id}', 'tenants-write'],
  ['deleteTenant', 'delete', '/v1/tenants/{id}', 'tenants-write'],
  ['suspendTenant', 'post', '/v1/tenants/{id}/suspend', 'tenants-write'],
  ['reactivateTenant', 'post', '/v1/tenants/{id}/reactivate', 'tenants-write'],
  ['createRole', 'post', '/v1/roles', 'tenant'],
  ['listRoles', 'get', '/v1/roles', 'tenant'],
  ['getRole', 'get', '/v1/roles/{id}', 'tenant'],
  ['updateRole', 'patch', '/v1/roles/{id}', 'tenant'],
  ['deleteRole', 'delete', '/v1/roles/{id}', 'tenant'],
  ['createApiKey', 'post', '/v1/api-keys', 'tenant'],
  ['listApiKeys', 'get', '/v1/api-keys', 'tenant'],
  ['getApiKey', 'get', '/v1/api-keys/{id}', 'tenant'],
  ['revokeApiKey', 'delete', '/v1/api-keys/{id}', 'tenant'],
  ['createUser', 'post', '/v1/users', 'tenant'],
  ['listUsers', 'get', '/v1/users', 'tenant'],
  ['getUser', 'get', '/v1/users/{id}', 'tenant'],
  ['updateUser', 'patch', '/v1/users/{id}', 'tenant'],
  ['deleteUser', 'delete', '/v1/users/{id}', 'tenant'],
  ['createUserIdentity', 'post', '/v1/users/{id}/identities', 'identities'],
  ['listUserIdentities', 'get', '/v1/users/{id}/identities', 'identities'],
  ['deleteUserIdentity', 'delete', '/v1/users/{id}/identities/{identityId}', 'identities'],
  ['createIdentityProvider', 'post', '/v1/identity-providers', 'tenant'],
  ['listIdentityProviders', 'get', '/v1/identity-providers', 'tenant'],
  ['getIdentityProvider', 'get', '/v1/identity-providers/{id}', 'tenant'],
  ['deleteIdentityProvider', 'delete', '/v1/identity-providers/{id}', 'tenant'],
  ['listAuditEvents', 'get', '/v1/audit-events', 'tenant'],
  ['getAuditEvent', 'get', '/v1/audit-events/{id}', 'tenant'],
  ['createWebhookEndpoint', 'post', '/v1/webhook-endpoints', 'tenant'],
  ['listWebhookEndpoints', 'get', '/v1/webhook-endpoints', 'tenant'],
  ['getWebhookEndpoint', 'get', '/v1/webhook-endpoints/{id}', 'tenant'],
  ['updateWebhookEndpoint', 'patch', '/v1/webhook-endpoints/{id}', 'tenant'],
  ['deleteWebhookEndpoint', 'delete', '/v1/webhook-endpoints/{id}', 'tenant'],
  ['listWebhookDeliveries', 'get', '/v1/webhook-endpoints/{id}/deliveries', 'tenant'],
  ['redeliverWebhookDelivery', 'post', '/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/redeliver', 'tenant'],
  ['getHealth', 'get', '/healthz', 'public'],
  ['getReadiness', 'get', '/readyz', 'public'],
];

const SECURITY: Record<Access, unknown[]> = {
  'provider-read': [{ bearerAuth: [] }],
  'provider-write': [{ bearerAuth: [] }],
  'tenants-read': [{ bearerAuth: [] }],
  'tenants-write': [{ bearerAuth: [] }],
  tenant: [{ bearerAuth: [] }, { apiKeyAuth: [] }],
  identities: [{ apiKeyAuth: [] }, { bearerAuth: [] }],
  public: [],
};

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: { format?: string; $ref?: string };
}
interface Schema {
  type?: string;
  additionalProperties?: unknown;
  minProperties?: number;
  oneOf?: Array<{ const: string; description: string; 'x-error-code': string; 'x-http-status': number }>;
}

interface Example {
  code: string;
  errors: Array<{ pointer: string; location: string }>;
}

const parametersOf = (operationId: OperationId) => findOperation(operationId).parameters.map((p) => resolveRef<Parameter>(p));
const tenantHeaderOf = (operationId: OperationId) =>
  parametersOf(operationId).find((p) => p.in === 'header' && p.name.toLowerCase() === TENANT_ID_HEADER.toLowerCase());
const statusesOf = (operationId: OperationId) => Object.keys(findOperation(operationId).operation['responses'] as object);
const requestSchemaOf = (operationId: OperationId) => {
  const body = findOperation(operationId).operation['requestBody'] as { content: Record<string, { schema: unknown }> } | undefined;
  return body && resolveRef<Schema>(body.content['application/json']?.schema);
};

describe('the bundled contract', () => {
  it('is OpenAPI 3.1 with exactly the expected operations, at the expected methods and paths', () => {
    expect(openApiDocument.openapi).toMatch(/^3\.1\./);
    const actual = listOperations().map((o) => [o.operationId, o.method, o.path]);
    expect(actual).toEqual(expect.arrayContaining(EXPECTED.map(([id, method, path]) => [id, method, path])));
    expect(actual).toHaveLength(EXPECTED.length);
  });

  it.each(EXPECTED)('%s has the security its audience needs', (operationId, _method, _path, access) => {
    const { operation } = findOperation(operationId);
    expect(operation['security']).toEqual(SECURITY[access]);
    const scopes = operation['x-required-scopes'];
    if (access === 'provider-read') expect(scopes).toEqual(['provider_users:read']);
    else if (access === 'provider-write') expect(scopes).toEqual(['provider_users:write']);
    else if (access === 'tenants-read') expect(scopes).toEqual(['tenants:read']);
    else if (access === 'tenants-write') expect(scopes).toEqual(['tenants:write']);
    else expect(scopes).toBeUndefined();
  });

  it.each(EXPECTED)('%s requires X-Tenant-ID exactly when it is tenant-scoped', (operationId, _method, _path, access) => {
    const header = tenantHeaderOf(operationId);
    if (access === 'tenant' || access === 'identities') {
      expect(header).toMatchObject({ name: 'X-Tenant-ID', in: 'header', required: true });
      expect(resolveRef<{ format: string }>(header?.schema).format).toBe('uuid');
    } else {
      expect(header).toBeUndefined();
    }
  });

  it('documents the provider statuses: 429 with Retry-After and 503 on every provider operation, 409 and 422 on writes', () => {
    for (const [operationId, , path, access] of EXPECTED.filter(([, , , a]) => a.startsWith('provider'))) {
      expect(statusesOf(operationId)).toEqual(expect.arrayContaining(['400', '401', '403', '429', '500', '503']));
      if (path.includes('{')) expect(statusesOf(operationId)).toContain('404');
      if (access === 'provider-write') {
        expect(statusesOf(operationId)).toEqual(expect.arrayContaining(['409', '422']));
      }
      const tooMany = resolveRef<{ headers: Record<string, unknown> }>(
        (findOperation(operationId).operation['responses'] as Record<string, unknown>)['429'],
      );
      expect(Object.keys(tooMany.headers)).toContain('Retry-After');
    }
  });

  it('gives every /v1 operation the common error statuses, and body operations 413 and 415', () => {
    for (const { operationId, path, operation } of listOperations().filter((o) => o.path.startsWith('/v1/'))) {
      const statuses = statusesOf(operationId);
      expect(statuses).toEqual(expect.arrayContaining(['400', '401', '403', '500', '503']));
      if (operation['requestBody']) expect(statuses).toEqual(expect.arrayContaining(['413', '415']));
      if (path.includes('{')) expect(statuses).toContain('404');
    }
  });

  it('answers every error status with the one Error envelope', () => {
    for (const { operation } of listOperations()) {
      for (const [status, response] of Object.entries(operation['responses'] as Record<string, unknown>)) {
        if (Number(status) < 400) continue;
        const content = resolveRef<{ content: Record<string, { schema: { $ref: string } }> }>(response).content;
        expect(content['application/json']?.schema.$ref).toBe('#/components/schemas/Error');
      }
    }
  });

  it('closes every request body and list query to unknown properties', () => {
    const bodies = listOperations().filter((o) => o.operation['requestBody']);
    // The operations that take a body are exactly the POSTs and PATCHes of the table, except the state
    // transitions (a POST to a resource's action, such as /suspend, names its change in the path), and
    // the lists are its `list…` reads.
    const ofTable = (keep: (method: string, operationId: string, path: string) => boolean) =>
      EXPECTED.filter(([operationId, method, path]) => keep(method, operationId, path))
        .map(([operationId]) => operationId)
        .sort();
    const isTransition = (path: string) => /\/(suspend|reactivate|redeliver)$/.test(path);
    expect(bodies.map((o) => o.operationId).sort()).toEqual(
      ofTable((method, _operationId, path) => (method === 'post' || method === 'patch') && !isTransition(path)),
    );
    for (const { operationId } of bodies) expect(requestSchemaOf(operationId)?.additionalProperties).toBe(false);
    for (const operationId of ['updateProviderUser', 'updateUser', 'updateRole', 'updateWebhookEndpoint'] as const)
      expect(requestSchemaOf(operationId)?.minProperties).toBe(1);

    const lists = listOperations().filter((o) => o.operationId.startsWith('list'));
    expect(lists.map((o) => o.operationId).sort()).toEqual(
      ofTable((method, operationId) => method === 'get' && operationId.startsWith('list')),
    );
    for (const { operation } of lists) {
      const query = resolveRef<Schema>({ $ref: operation['x-query-schema'] });
      expect(query.additionalProperties).toBe(false);
    }
  });

  it('gives every error example a true shape: its code at its status, pointers into what the operation takes', () => {
    const statusOf = new Map(
      (resolveRef<Schema>({ $ref: '#/components/schemas/ErrorCode' }).oneOf ?? []).map((e) => [e.const, String(e['x-http-status'])]),
    );
    // The headers of every credential scheme: a secured operation reads both, since one that
    // takes only a token still refuses a request that also sends a key (conflicting_credentials).
    const schemes = Object.values(openApiDocument.components['securitySchemes'] ?? {}) as Array<{
      type: string;
      in?: string;
      name?: string;
    }>;
    const credentialHeaders = schemes.map((scheme) => (scheme.type === 'http' ? 'authorization' : (scheme.name ?? '').toLowerCase()));
    for (const { operationId, operation } of listOperations()) {
      const parameters = parametersOf(operationId);
      const secured = (operation['security'] as unknown[]).length > 0;
      const bodyFields = Object.keys(resolveRef<{ properties?: object }>(requestSchemaOf(operationId) ?? {}).properties ?? {});
      const accepted: Record<string, string[]> = {
        body: bodyFields,
        query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        path: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        header: [...parameters.filter((p) => p.in === 'header').map((p) => p.name.toLowerCase()), ...(secured ? credentialHeaders : [])],
      };
      const listed: string[] = [];
      for (const [status, response] of Object.entries(operation['responses'] as Record<string, unknown>)) {
        if (Number(status) < 400) continue;
        const examples = resolveRef<{ content: Record<string, { examples: Record<string, { value: Example }> }> }>(response).content[
          'application/json'
        ]?.examples;
        for (const [name, { value }] of Object.entries(examples ?? {})) {
          listed.push(name);
          expect({ operationId, name, status: statusOf.get(value.code) }).toEqual({ operationId, name: value.code, status });
          for (const { pointer, location } of value.errors) {
            const first = pointer.split('/')[1];
            // The unknown query parameter of the `request` set is the one pointer to something not taken.
            if (first === undefined || (location === 'query' && first === 'expand')) continue;
            expect({ operationId, code: value.code, location, first, known: accepted[location]?.includes(first) }).toMatchObject({
              known: true,
            });
          }
        }
      }
      expect(listed.sort()).toEqual([...(operation['x-error-codes'] as string[])].sort());
    }
  });

  it('gives info the released client version, and the license and maintainers of package.json', () => {
    const manifest = (file: string) =>
      JSON.parse(readFileSync(path.join(__dirname, '../../..', file), 'utf8')) as { version: string; license: string; author: string };
    const workspace = manifest('package.json');
    const client = manifest('libs/client/package.json');
    const info = openApiDocument.info as unknown as { version: string; license: { identifier: string }; contact: { name: string } };
    expect(info.version).toBe(client.version);
    expect([info.license.identifier, client.license]).toEqual([workspace.license, workspace.license]);
    expect([info.contact.name, client.author]).toEqual([workspace.author, workspace.author]);
  });
});
