import { ApiException } from '@access/errors';

/** Placeholder answer for an operation whose issue has not landed yet. */
export function notImplemented(): never {
  throw new ApiException('not_implemented');
}
