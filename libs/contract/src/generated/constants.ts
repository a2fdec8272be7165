/**
 * GENERATED FILE, do not edit. Produced by tools/contract/generate.ts from openapi/openapi.yaml.
 * Run `npm run contract:generate` after changing the document; `npm run contract:check`
 * fails when this file is stale.
 */

/** components.parameters.TenantId */
export const TENANT_ID_HEADER = "X-Tenant-ID";
/** components.parameters.RequestId */
export const REQUEST_ID_HEADER = "X-Request-Id";
/** components.parameters.IdempotencyKey */
export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
/** components.parameters.IfMatch */
export const IF_MATCH_HEADER = "If-Match";
/** components.parameters.IfNoneMatch */
export const IF_NONE_MATCH_HEADER = "If-None-Match";
/** components.securitySchemes.apiKeyAuth */
export const API_KEY_HEADER = "X-API-Key";
/** components.securitySchemes.bearerAuth (type http: RFC 9110 Authorization) */
export const AUTHORIZATION_HEADER = "Authorization";
/** paths (POST operations that take components.parameters.IdempotencyKey) */
export const IDEMPOTENT_CREATE_PATHS = [
  "/v1/api-keys",
  "/v1/identity-providers",
  "/v1/provider/users",
  "/v1/roles",
  "/v1/tenants",
  "/v1/users",
  "/v1/users/{id}/identities",
  "/v1/webhook-endpoints"
];
/** components.schemas.PageLimit.default */
export const DEFAULT_PAGE_LIMIT = 100;
/** components.schemas.PageLimit.minimum */
export const MIN_PAGE_LIMIT = 1;
/** components.schemas.PageLimit.maximum */
export const MAX_PAGE_LIMIT = 100;
