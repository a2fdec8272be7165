import { ERRORS, type ErrorCodeSlug, type ErrorDefinition } from './catalogue';
import type { FieldError } from './envelope';

export interface ApiExceptionOptions {
  message?: string;
  details?: Record<string, unknown>;
  errors?: FieldError[];
  notices?: string[];
  /** Response headers that belong to this error, such as Retry-After or WWW-Authenticate. */
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * The one exception type the service throws for an expected failure. It names a
 * catalogue entry, so status, errorCode and default message are never restated.
 */
export class ApiException extends Error {
  readonly definition: ErrorDefinition;
  readonly details: Record<string, unknown>;
  readonly errors: FieldError[];
  readonly notices: string[];
  readonly headers: Record<string, string>;

  constructor(
    readonly code: ErrorCodeSlug,
    options: ApiExceptionOptions = {},
  ) {
    const definition = ERRORS[code];
    super(options.message ?? definition.message, { cause: options.cause });
    this.name = 'ApiException';
    this.definition = definition;
    this.details = options.details ?? {};
    this.errors = options.errors ?? [];
    this.notices = options.notices ?? [];
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return this.definition.status;
  }

  /** A validation failure with one entry per offending value. */
  static validation(errors: FieldError[], message?: string): ApiException {
    return new ApiException('validation_failed', { errors, message });
  }
}
