import { ApiException } from '@access/errors';

/**
 * The tenant users domain's refusals, worded once. Other domains that meet a missing user
 * (its identities) answer with these too, so the caller reads one answer everywhere.
 */
export const userNotFound = (): ApiException =>
  new ApiException('user_not_found', { errors: [{ detail: 'names no user of this tenant', pointer: '/id', location: 'path' }] });
