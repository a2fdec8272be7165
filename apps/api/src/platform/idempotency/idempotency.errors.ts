import { ApiException } from '@access/errors';
import { HEADER } from '../http/headers';

const pointer = `/${HEADER.idempotencyKey}`;

export const idempotencyKeyReused = () =>
  new ApiException('idempotency_key_reused', {
    errors: [{ detail: 'was used for another request; use a new key for a new request', pointer, location: 'header' }],
  });

/** Retry-After 1: a create takes well under a second; the retry then gets the first request's outcome. */
export const idempotencyKeyInProgress = () =>
  new ApiException('idempotency_key_in_progress', {
    headers: { 'Retry-After': '1' },
    errors: [{ detail: 'names a request that is still running; retry after it has finished', pointer, location: 'header' }],
  });

/**
 * A replay of a create whose answer showed a secret once (an API key's plaintext): the secret
 * is stored only as a hash, so the answer cannot be given again. The resource was created;
 * `details.location` says where, so the caller can revoke it and create another.
 */
export const idempotencyReplayWithheld = (location: string | undefined) =>
  new ApiException('idempotency_replay_withheld', {
    details: location === undefined ? {} : { location },
    errors: [{ detail: 'names a create whose answer showed a secret once; it is not shown again', pointer, location: 'header' }],
  });
