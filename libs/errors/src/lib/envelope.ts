import type { ErrorCodeSlug } from './catalogue';

/** Where a faulty value sits in the request; `pointer` is a JSON pointer into that part. */
export type ErrorLocation = 'body' | 'query' | 'path' | 'header';

export interface FieldError {
  detail: string;
  pointer: string;
  location: ErrorLocation;
}

/** The one shape of every error response (components.schemas.Error in the OpenAPI document). */
export interface ErrorEnvelope {
  code: ErrorCodeSlug;
  errorCode: string;
  message: string;
  details: Record<string, unknown>;
  errors: FieldError[];
  notices: string[];
  requestId: string;
}
