import { ApiException } from '@access/errors';

/** The API keys domain's refusals, worded once. */

export const apiKeyNotFound = (): ApiException =>
  new ApiException('api_key_not_found', { errors: [{ detail: 'is not an API key of this tenant', pointer: '/id', location: 'path' }] });

export const apiKeyExpiryPassed = (): ApiException =>
  new ApiException('api_key_expiry_passed', { errors: [{ detail: 'must be in the future', pointer: '/expires_at', location: 'body' }] });
