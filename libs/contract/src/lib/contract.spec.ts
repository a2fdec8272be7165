import { ERROR_DEFINITIONS } from '@access/errors';
import { findOperation, listOperations, openApiDocument, resolveRef, TENANT_ID_HEADER, type OperationId } from '../index';

type Access = 'provider-read' | 'provider-write' | 'tenant' | 'identities' | 'public';

const EXPECTED: ReadonlyArray<[OperationId, string, string, Access]> = [
  ['createProviderUser', 'post', '/v1/provider/users', 'provider-write'],
  ['getProviderUser', 'get', '/v1/provider/users/{userId}', 'provider-read'],
  ['updateProviderUser', 'patch', '/v1/provider/users/{userId}', 'provider-write'],
  ['listProviderOrganizationUsers', 'get', '/v1/provider/organizations/{organizationId}/users', 'provider-read'],
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
  ['getHealth', 'get', '/healthz', 'public'],
  ['getReadiness', 'get', '/readyz', 'public'],
];

const SECURITY: Record<Access, unknown[]> = {
  'provider-read': [{ bearerAuth: [] }],
  'provider-write': [{ bearerAuth: [] }],
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

  it('documents every error status the provider operations can produce, with Retry-After on 429', () => {
    for (const [operationId, , , access] of EXPECTED.filter(([, , , a]) => a.startsWith('provider'))) {
      expect(statusesOf(operationId)).toEqual(expect.arrayContaining(['400', '401', '403', '404', '409', '422', '429', '500', '503']));
      const tooMany = resolveRef<{ headers: Record<string, unknown> }>(
        (findOperation(operationId).operation['responses'] as Record<string, unknown>)['429'],
      );
      expect(Object.keys(tooMany.headers)).toContain('Retry-After');
      expect(access).toMatch(/^provider-/);
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
    expect(bodies.map((o) => o.operationId).sort()).toEqual(
      ['createIdentityProvider', 'createProviderUser', 'createUser', 'createUserIdentity', 'updateProviderUser', 'updateUser'].sort(),
    );
    for (const { operationId } of bodies) expect(requestSchemaOf(operationId)?.additionalProperties).toBe(false);
    for (const operationId of ['updateProviderUser', 'updateUser'] as const) expect(requestSchemaOf(operationId)?.minProperties).toBe(1);

    const lists = listOperations().filter((o) => o.operationId.startsWith('list'));
    expect(lists).toHaveLength(4);
    for (const { operation } of lists) {
      const query = resolveRef<Schema>({ $ref: operation['x-query-schema'] });
      expect(query.additionalProperties).toBe(false);
    }
  });

  it('lists in ErrorCode exactly the errors of the catalogue, with the same code, status and message', () => {
    const documented = resolveRef<Schema>({ $ref: '#/components/schemas/ErrorCode' }).oneOf ?? [];
    const fromDocument = documented.map((e) => ({
      code: e.const,
      errorCode: e['x-error-code'],
      status: e['x-http-status'],
      message: e.description,
    }));
    const fromCatalogue = ERROR_DEFINITIONS.map(({ code, errorCode, status, message }) => ({ code, errorCode, status, message }));
    expect(fromDocument).toEqual(fromCatalogue);
  });
});
