import type { components } from '@access/contract';
import type { ApiException } from './api-exception';

/** The one shape of every error response: components.schemas.Error of the document. */
export type ErrorEnvelope = components['schemas']['Error'];

/** One offending value of a request (components.schemas.FieldError). */
export type FieldError = components['schemas']['FieldError'];

/** Where a faulty value sits in the request; `pointer` is a JSON pointer into that part. */
export type ErrorLocation = NonNullable<FieldError['location']>;

/** The envelope of an error answer: what every error response of the API carries. */
export function renderEnvelope(exception: ApiException, requestId: string): ErrorEnvelope {
  return {
    code: exception.code,
    errorCode: exception.definition.errorCode,
    message: exception.message,
    details: exception.details,
    errors: exception.errors,
    notices: exception.notices,
    requestId,
  };
}
