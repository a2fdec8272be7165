import type { components } from '@access/contract';

/** The one shape of every error response: components.schemas.Error of the document. */
export type ErrorEnvelope = components['schemas']['Error'];

/** One offending value of a request (components.schemas.FieldError). */
export type FieldError = components['schemas']['FieldError'];

/** Where a faulty value sits in the request; `pointer` is a JSON pointer into that part. */
export type ErrorLocation = NonNullable<FieldError['location']>;
