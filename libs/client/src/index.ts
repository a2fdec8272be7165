/** @access/client: a typed client for the access-management API. */
export { AccessApiError, isErrorEnvelope } from './lib/access-api-error';
export { createAccessClient } from './lib/create-access-client';
export type { AccessClient, AccessClientOptions } from './lib/create-access-client';
export { paginate } from './lib/paginate';
export type { AccessPaths } from './lib/types';
export { unwrap } from './lib/unwrap';
export type { FetchResult, SuccessData } from './lib/unwrap';
export type { ErrorEnvelope, Identity, IdentityProvider, Pagination, ProviderUser, User } from '@access/contract';
