import { ApiException } from '@access/errors';
import { AVATAR_MAX_BYTES, passwordNotAllowed } from './user-rules';

/**
 * The tenant users domain's refusals, worded once. Other domains that meet a missing user
 * (its identities) answer with these too, so the caller reads one answer everywhere.
 */

export const userNotFound = (): ApiException =>
  new ApiException('user_not_found', { errors: [{ detail: 'names no user of this tenant', pointer: '/id', location: 'path' }] });

export const userExists = (): ApiException =>
  new ApiException('user_exists', { errors: [{ detail: 'is already taken in this tenant', pointer: '/email', location: 'body' }] });

/** 422 for role names the tenant does not define, each pointing at its place in the request's roles. */
export const invalidRoles = (unknown: readonly string[], requested: readonly string[]): ApiException =>
  new ApiException('invalid_roles', {
    errors: unknown.map((name) => ({
      detail: `names no role of this tenant: ${name}`,
      pointer: `/roles/${requested.indexOf(name)}`,
      location: 'body' as const,
    })),
  });

export const ownerMustKeepAdmin = (): ApiException =>
  new ApiException('owner_protected', {
    message: 'The tenant owner cannot lose the admin role.',
    errors: [{ detail: 'must include admin for the tenant owner', pointer: '/roles', location: 'body' }],
  });

export const ownerCannotBeDeleted = (): ApiException =>
  new ApiException('owner_protected', { message: 'The tenant owner cannot be deleted.' });

export const avatarTooLarge = (bytes: number): ApiException =>
  new ApiException('avatar_too_large', {
    details: { maxBytes: AVATAR_MAX_BYTES, bytes },
    errors: [{ detail: `decodes to ${bytes} bytes; at most ${AVATAR_MAX_BYTES} are allowed`, pointer: '/avatar', location: 'body' }],
  });

/** 400 for a new password of a stored user who signs in at an identity provider. */
export const passwordNotAllowedFor = (authProvider: string): ApiException => ApiException.validation([passwordNotAllowed(authProvider)]);
