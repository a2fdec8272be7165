/**
 * TypeScript sources generated from the document for the libraries that must not load it
 * at run time: the error catalogue of @access/errors and the constants of @access/contract
 * (header names, page limits). Values are written as JSON literals, so nothing is restated.
 */
import type { ErrorCatalogue } from './error-catalogue';

export function generatedHeader(source: string): string {
  return [
    '/**',
    ` * GENERATED FILE, do not edit. Produced by tools/contract/generate.ts from ${source}.`,
    ' * Run `npm run contract:generate` after changing the document; `npm run contract:check`',
    ' * fails when this file is stale.',
    ' */',
    '',
  ].join('\n');
}

const literal = (value: unknown) => JSON.stringify(value, null, 2);

export function renderErrorCatalogue(catalogue: ErrorCatalogue): string {
  const errors = Object.fromEntries(catalogue.entries.map((entry) => [entry.code, entry]));
  const domains = Object.fromEntries(catalogue.domains.map(({ id, name, description }) => [id, { name, description }]));
  return [
    generatedHeader('openapi/components/schemas/error-codes.yaml (components.schemas.ErrorCode)'),
    '/** Every error the API can answer with, by slug: 8-digit code, HTTP status, domain, default message, what the caller should do. */',
    `export const ERRORS = ${literal(errors)} as const;`,
    '',
    '/** The domains of the two middle digits of every errorCode. */',
    `export const ERROR_DOMAINS = ${literal(domains)} as const;`,
    '',
  ].join('\n');
}

interface Document {
  paths: Record<string, Record<string, { parameters?: Array<{ $ref?: string }> } | unknown>>;
  components: {
    schemas: Record<string, { default?: unknown; minimum?: unknown; maximum?: unknown }>;
    parameters: Record<string, { name?: unknown }>;
    securitySchemes: Record<string, { name?: unknown; type?: unknown; scheme?: unknown }>;
  };
}

function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The document has no ${what}`);
  return value;
}

/** The paths whose POST declares the Idempotency-Key parameter: the creates a client sends a key with. */
function idempotentCreatePaths(document: Document): string[] {
  return Object.entries(document.paths)
    .filter(([, item]) => {
      const post = item['post'] as { parameters?: Array<{ $ref?: string }> } | undefined;
      return post?.parameters?.some((p) => p.$ref === '#/components/parameters/IdempotencyKey') === true;
    })
    .map(([path]) => path)
    .sort();
}

export function renderContractConstants(document: Document): string {
  const { schemas, parameters, securitySchemes } = document.components;
  const pageLimit = defined(schemas['PageLimit'], 'components.schemas.PageLimit');
  // An `http` scheme carries its credential in Authorization (RFC 9110 §11.6.2); the document names no header for it.
  const bearer = securitySchemes['bearerAuth'];
  const authorization = bearer?.type === 'http' ? 'Authorization' : undefined;
  const constants: Array<[string, string, unknown]> = [
    ['TENANT_ID_HEADER', 'components.parameters.TenantId', parameters['TenantId']?.name],
    ['REQUEST_ID_HEADER', 'components.parameters.RequestId', parameters['RequestId']?.name],
    ['IDEMPOTENCY_KEY_HEADER', 'components.parameters.IdempotencyKey', parameters['IdempotencyKey']?.name],
    ['IF_MATCH_HEADER', 'components.parameters.IfMatch', parameters['IfMatch']?.name],
    ['IF_NONE_MATCH_HEADER', 'components.parameters.IfNoneMatch', parameters['IfNoneMatch']?.name],
    ['API_KEY_HEADER', 'components.securitySchemes.apiKeyAuth', securitySchemes['apiKeyAuth']?.name],
    ['AUTHORIZATION_HEADER', 'components.securitySchemes.bearerAuth (type http: RFC 9110 Authorization)', authorization],
    ['IDEMPOTENT_CREATE_PATHS', 'paths (POST operations that take components.parameters.IdempotencyKey)', idempotentCreatePaths(document)],
    ['DEFAULT_PAGE_LIMIT', 'components.schemas.PageLimit.default', pageLimit.default],
    ['MIN_PAGE_LIMIT', 'components.schemas.PageLimit.minimum', pageLimit.minimum],
    ['MAX_PAGE_LIMIT', 'components.schemas.PageLimit.maximum', pageLimit.maximum],
  ];
  return [
    generatedHeader('openapi/openapi.yaml'),
    ...constants.flatMap(([name, from, value]) => [`/** ${from} */`, `export const ${name} = ${literal(defined(value, from))};`]),
    '',
  ].join('\n');
}
