import { ApiException } from '@access/errors';

/** The identities domain's refusals, worded once. (An unknown user or provider is that domain's refusal.) */

export const identityNotFound = (): ApiException =>
  new ApiException('identity_not_found', {
    errors: [{ detail: 'is not an identity of this user', pointer: '/identityId', location: 'path' }],
  });

export const identityAlreadyLinked = (): ApiException =>
  new ApiException('identity_already_linked', {
    errors: [{ detail: 'is already linked at this identity provider', pointer: '/external_id', location: 'body' }],
  });

export const userAlreadyLinkedToProvider = (): ApiException =>
  new ApiException('user_already_linked_to_provider', {
    errors: [{ detail: 'already has an identity of this user', pointer: '/identity_provider_id', location: 'body' }],
  });
