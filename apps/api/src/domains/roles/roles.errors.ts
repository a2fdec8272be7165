import { ApiException } from '@access/errors';

/** The roles domain's refusals, worded once. */

export const roleNotFound = (): ApiException =>
  new ApiException('role_not_found', { errors: [{ detail: 'is not a role of this tenant', pointer: '/id', location: 'path' }] });

export const roleExists = (): ApiException =>
  new ApiException('role_exists', {
    errors: [{ detail: 'is already the name of a role of this tenant', pointer: '/name', location: 'body' }],
  });

export const roleProtected = (): ApiException =>
  new ApiException('role_protected', { message: 'The built-in roles admin and member cannot be renamed or deleted.' });

export const roleInUse = (): ApiException =>
  new ApiException('role_in_use', {
    message: 'Users still hold this role; send remove_from_users=true to remove it from them and delete it.',
  });
