/** @access/client: a typed client for the access-management API. */
export { AccessApiError, isErrorEnvelope } from './lib/access-api-error';
export { createAccessClient } from './lib/create-access-client';
export type { AccessClient, AccessClientOptions } from './lib/create-access-client';
export { paginate } from './lib/paginate';
export { etagOf, ifMatch, newIdempotencyKey } from './lib/safe-writes';
export type { CreateRetryOptions } from './lib/safe-writes';
export type { AccessPaths } from './lib/types';
export { unwrap } from './lib/unwrap';
export { verifyWebhook, WebhookVerificationError } from './lib/verify-webhook';
export type { VerifyWebhookOptions, WebhookPayload } from './lib/verify-webhook';
export type { FetchResult, SuccessData } from './lib/unwrap';
export type {
  AuditEvent,
  AuditEventType,
  components,
  CreateIdentityProviderRequest,
  CreateIdentityRequest,
  CreateProviderUserRequest,
  CreateUserRequest,
  ErrorCode,
  ErrorEnvelope,
  FieldError,
  Identity,
  IdentityProvider,
  operations,
  Pagination,
  paths,
  ProviderUser,
  UpdateProviderUserRequest,
  UpdateUserRequest,
  User,
} from '@access/contract';
export {
  API_KEY_HEADER,
  DEFAULT_PAGE_LIMIT,
  IDEMPOTENCY_KEY_HEADER,
  IF_MATCH_HEADER,
  IF_NONE_MATCH_HEADER,
  MAX_PAGE_LIMIT,
  REQUEST_ID_HEADER,
  TENANT_ID_HEADER,
} from '@access/contract/constants';
