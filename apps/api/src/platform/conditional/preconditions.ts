import { ApiException } from '@access/errors';
import { errorSource } from '../contract/error-sources';
import { declaresHeader } from '../contract/declared-headers';
import { HEADER } from '../http/headers';
import { entityTag } from './entity-tags';

/** 412 precondition_failed, 428 precondition_required: for every operation that declares If-Match. */
export const PRECONDITION_ERRORS = errorSource('preconditions', (operation) => declaresHeader(operation, HEADER.ifMatch));

const pointer = `/${HEADER.ifMatch}`;

/** The resource is no longer at a version If-Match names; `current` is its version now. */
export const preconditionFailed = (current: number) =>
  new ApiException('precondition_failed', {
    errors: [{ detail: `does not match the current version ${entityTag(current)}`, pointer, location: 'header' }],
  });

export const preconditionRequired = () =>
  new ApiException('precondition_required', {
    errors: [{ detail: 'is required to change this resource; send the ETag of the version you read', pointer, location: 'header' }],
  });
