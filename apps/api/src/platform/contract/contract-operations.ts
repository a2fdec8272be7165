import { listOperations as listContractOperations, openApiDocument, resolveRef } from '@access/contract';
import { HEADER } from '../http/headers';

/**
 * A read-only view of the operations in the bundled OpenAPI document: what the
 * validator compiles and what the router checks routes against.
 */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ContractParameter {
  name: string;
  in: ParameterLocation;
  required?: boolean;
  schema?: object;
}

export interface ContractOperation {
  operationId: string;
  method: string;
  /** OpenAPI path template, e.g. /v1/users/{id} */
  path: string;
  /** JSON pointer of the operation inside the document, for $ref-based compilation. */
  pointer: string;
  parameters: ContractParameter[];
  bodyRequired: boolean;
  hasJsonBody: boolean;
  /** `x-query-schema`: one schema for the whole query string, where the document gives one. */
  querySchemaRef?: string;
  /** Security schemes any one of which admits a request; empty for public operations. */
  securitySchemes: string[];
  /** Whether the operation takes the X-Tenant-ID header. */
  tenantScoped: boolean;
  /**
   * The headers the operation reads one value of (lower case): its header parameters and
   * the headers its security schemes carry credentials in.
   */
  singleValuedHeaders: string[];
  /** Status → JSON pointer of its application/json schema (statuses without a JSON body map to undefined). */
  responses: Record<string, string | undefined>;
  /** Names of the headers its responses document (X-Request-Id, Location, Retry-After, …). */
  responseHeaders: string[];
  /** `x-error-sets`: the error sets of the parts of the service a request passes through. */
  errorSets: string[];
  /** `x-error-codes`: every error code the operation documents (its sets' and its own). */
  errorCodes: string[];
  /**
   * `x-shows-secret-once`: its success answer holds a secret shown only once (an API key's
   * plaintext). Such an answer is never stored for Idempotency-Key replays (see the interceptor).
   */
  showsSecretOnce: boolean;
}

interface OperationObject {
  parameters?: unknown[];
  requestBody?: { required?: boolean; content?: Record<string, unknown> };
  'x-query-schema'?: string;
  security?: Array<Record<string, string[]>>;
  responses?: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
  'x-error-sets'?: string[];
  'x-error-codes'?: string[];
  'x-shows-secret-once'?: boolean;
}

interface SecuritySchemeObject {
  type?: string;
  in?: string;
  name?: string;
}

/** The header a security scheme's credential travels in (lower case), if it is a header. */
function credentialHeader(scheme: SecuritySchemeObject | undefined): string | undefined {
  if (scheme?.type === 'http') return HEADER.authorization;
  if (scheme?.type === 'apiKey' && scheme.in === 'header' && scheme.name) return scheme.name.toLowerCase();
  return undefined;
}

/** One JSON-pointer segment (RFC 6901): `~` and `/` escaped. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * What the service needs of each operation, derived from the operations that
 * @access/contract walks out of the bundled document.
 */
export function describeOperations(): ContractOperation[] {
  const documentSecurity = (openApiDocument as { security?: Array<Record<string, string[]>> }).security ?? [];
  const schemes = (openApiDocument.components['securitySchemes'] ?? {}) as Record<string, SecuritySchemeObject>;
  return listContractOperations().map(({ operationId, method, path, operation, parameters: declared }) => {
    const op = operation as OperationObject;
    // Operation-level parameters override path-level ones with the same name and location.
    const byKey = new Map<string, ContractParameter>();
    for (const p of declared.map((p) => resolveRef<ContractParameter>(p))) byKey.set(`${p.in}:${p.name.toLowerCase()}`, p);
    const parameters = [...byKey.values()];
    const pointer = `#/paths/${escapePointer(path)}/${method}`;
    const security = op.security ?? documentSecurity;
    const securitySchemes = [...new Set(security.flatMap((requirement) => Object.keys(requirement)))];
    const credentialHeaders = securitySchemes.map((name) => credentialHeader(schemes[name])).filter((h) => h !== undefined);
    const headerParameters = parameters.filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
    return {
      operationId,
      method: method.toUpperCase(),
      path,
      pointer,
      parameters,
      bodyRequired: op.requestBody?.required === true,
      hasJsonBody: Boolean(op.requestBody?.content?.['application/json']),
      querySchemaRef: op['x-query-schema'],
      securitySchemes,
      tenantScoped: headerParameters.includes(HEADER.tenantId),
      singleValuedHeaders: [...new Set([...headerParameters, ...credentialHeaders])],
      responses: Object.fromEntries(
        Object.entries(op.responses ?? {}).map(([status, response]) => [
          status,
          response.content?.['application/json'] ? `${pointer}/responses/${status}/content/application~1json/schema` : undefined,
        ]),
      ),
      responseHeaders: [...new Set(Object.values(op.responses ?? {}).flatMap((response) => Object.keys(response.headers ?? {})))],
      errorSets: op['x-error-sets'] ?? [],
      errorCodes: op['x-error-codes'] ?? [],
      showsSecretOnce: op['x-shows-secret-once'] === true,
    };
  });
}

/** Turns /v1/users/{id} into a matcher for concrete URL paths. */
export function pathMatcher(template: string): RegExp {
  const pattern = template
    .split('/')
    .map((segment) => (/^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${pattern}/?$`);
}
