import { ApiException, type ErrorLocation } from '@access/errors';

/**
 * The identity providers domain's refusals, worded once. Other domains that meet a missing
 * provider (an identity naming one) answer with these too.
 */

/** 404, pointing at where the request named the provider: the path's `/id`, or a body field. */
export const identityProviderNotFound = (pointer = '/id', location: ErrorLocation = 'path'): ApiException =>
  new ApiException('identity_provider_not_found', {
    errors: [{ detail: 'is not an identity provider of this tenant', pointer, location }],
  });

export const identityProviderExists = (): ApiException =>
  new ApiException('identity_provider_exists', {
    errors: [{ detail: 'is already the name of an identity provider of this tenant', pointer: '/name', location: 'body' }],
  });

export const identityProviderInUse = (): ApiException => new ApiException('identity_provider_in_use');
