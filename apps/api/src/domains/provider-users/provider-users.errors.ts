import { ApiException, type FieldError } from '@access/errors';

/**
 * The provider users domain's refusals, worded once, whichever access provider answers
 * (local, WorkOS, none): a caller reads the same answer from each.
 */
export const providerUserNotFound = (cause?: unknown): ApiException => new ApiException('provider_user_not_found', { cause });

export const providerOrganizationNotFound = (cause?: unknown): ApiException =>
  new ApiException('provider_organization_not_found', { cause });

export const providerUserExists = (cause?: unknown): ApiException =>
  new ApiException('provider_user_exists', { errors: [{ detail: 'is already taken', pointer: '/email', location: 'body' }], cause });

/** The provider refused values of the request; each entry points at one in the caller's request. */
export const providerValidationFailed = (errors: FieldError[], cause?: unknown): ApiException =>
  new ApiException('provider_validation_failed', { errors, cause });

/** The provider refused the request without naming a value (its own code, when plain, is passed on). */
export const providerRequestRefused = (providerCode: string | undefined, cause?: unknown): ApiException =>
  new ApiException('provider_request_refused', { details: providerCode ? { providerCode } : {}, cause });

export const providerRateLimited = (retryAfterSec: number, cause?: unknown): ApiException =>
  new ApiException('provider_rate_limited', { headers: { 'Retry-After': String(retryAfterSec) }, cause });

export const providerUnavailable = (cause?: unknown, reason?: 'timeout'): ApiException =>
  new ApiException('provider_unavailable', { details: reason ? { reason } : {}, cause });

export const providerNotConfigured = (): ApiException => new ApiException('provider_not_configured');
