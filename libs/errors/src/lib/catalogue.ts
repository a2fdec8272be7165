/**
 * The one catalogue of every error the API can answer with.
 *
 * `errorCode` is eight digits: the HTTP status (3), the domain (2) and a number
 * within the domain (3). Domains:
 *   00 request and platform   40 access (credentials, tenants, policies)
 *   20 tenant users           30 identities and identity providers
 *   50 access provider (provider users)
 *
 * The OpenAPI document lists the same codes (components.schemas.ErrorCode); a test
 * keeps the two in step in both directions.
 */
export interface ErrorDefinition {
  readonly code: string;
  readonly errorCode: string;
  readonly status: number;
  readonly message: string;
}

function define<const C extends string>(code: C, errorCode: string, message: string) {
  return { code, errorCode, status: Number(errorCode.slice(0, 3)), message } as const;
}

export const ERRORS = {
  // 00: request and platform
  validation_failed: define('validation_failed', '40000001', 'The request has invalid values; see errors for each one.'),
  malformed_json: define('malformed_json', '40000002', 'The request body is not valid JSON.'),
  invalid_cursor: define('invalid_cursor', '40000003', 'The pagination cursor is not valid for this list.'),
  bad_request: define('bad_request', '40000004', 'The request could not be understood.'),
  not_found: define('not_found', '40400001', 'No resource exists at this path.'),
  method_not_allowed: define('method_not_allowed', '40500001', 'This method is not allowed on this path; see the Allow header.'),
  request_timeout: define('request_timeout', '40800001', 'The request was not received in time.'),
  payload_too_large: define('payload_too_large', '41300001', 'The request body is larger than the API accepts.'),
  unsupported_media_type: define('unsupported_media_type', '41500001', 'The request body must be sent as application/json.'),
  header_fields_too_large: define('header_fields_too_large', '43100001', 'The request headers are larger than the API accepts.'),
  internal_error: define('internal_error', '50000001', 'An unexpected error occurred; quote the requestId when reporting it.'),
  service_unavailable: define('service_unavailable', '50300001', 'The service is not ready to take requests.'),
  database_unavailable: define('database_unavailable', '50300002', 'The database cannot be reached; retry after the Retry-After delay.'),
  database_timeout: define(
    'database_timeout',
    '50300003',
    'The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay.',
  ),
  shutting_down: define('shutting_down', '50300004', 'This instance is shutting down; retry after the Retry-After delay.'),

  // 40: access
  unauthenticated: define('unauthenticated', '40140001', 'A valid credential is required.'),
  tenant_mismatch: define('tenant_mismatch', '40340001', 'X-Tenant-ID does not name the tenant of the credential.'),
  forbidden: define('forbidden', '40340002', 'The credential is not allowed to perform this operation.'),
  insufficient_scope: define('insufficient_scope', '40340003', 'The service token lacks the scope this operation requires.'),

  // 20: tenant users
  user_not_found: define('user_not_found', '40420001', 'No user with this id exists in the tenant.'),
  user_exists: define('user_exists', '40920001', 'A user with this email already exists in the tenant.'),
  owner_protected: define('owner_protected', '40920002', 'The tenant owner cannot be deleted or lose the admin role.'),
  avatar_too_large: define('avatar_too_large', '41320001', 'The avatar is larger than 256 KiB.'),
  invalid_roles: define('invalid_roles', '42220001', 'One or more roles are not defined for the tenant.'),

  // 30: identities and identity providers
  identity_not_found: define('identity_not_found', '40430001', 'No identity with this id exists for the user.'),
  identity_provider_not_found: define('identity_provider_not_found', '40430002', 'No identity provider with this id exists in the tenant.'),
  identity_already_linked: define(
    'identity_already_linked',
    '40930001',
    'This external account is already linked for the identity provider.',
  ),
  user_already_linked_to_provider: define(
    'user_already_linked_to_provider',
    '40930002',
    'The user already has an identity at this identity provider.',
  ),
  identity_provider_exists: define(
    'identity_provider_exists',
    '40930003',
    'An identity provider with this name already exists in the tenant.',
  ),
  identity_provider_in_use: define('identity_provider_in_use', '40930004', 'The identity provider still has linked identities.'),

  // 50: access provider
  provider_user_not_found: define('provider_user_not_found', '40450001', 'The access provider has no user with this id.'),
  provider_organization_not_found: define(
    'provider_organization_not_found',
    '40450002',
    'The access provider has no organization with this id.',
  ),
  provider_user_exists: define('provider_user_exists', '40950001', 'The access provider already has a user with this email.'),
  provider_validation_failed: define(
    'provider_validation_failed',
    '42250001',
    'The access provider refused the values; see errors for each one.',
  ),
  provider_rate_limited: define(
    'provider_rate_limited',
    '42950001',
    'The access provider rate-limited the request; retry after the Retry-After delay.',
  ),
  provider_unavailable: define('provider_unavailable', '50350001', 'The access provider did not answer in time or failed.'),
  provider_not_configured: define('provider_not_configured', '50350002', 'No access provider is configured for this environment.'),
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCodeSlug = keyof typeof ERRORS;

export const ERROR_DEFINITIONS: readonly ErrorDefinition[] = Object.values(ERRORS);

export function errorDefinition(code: ErrorCodeSlug): ErrorDefinition {
  return ERRORS[code];
}
