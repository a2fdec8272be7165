import { ApiException, type ErrorCodeSlug, type FieldError } from '@access/errors';

/** The catalogue entries this library raises (Extract keeps them checked against the catalogue). */
export type AuthErrorCode = Extract<
  ErrorCodeSlug,
  | 'unauthenticated'
  | 'conflicting_credentials'
  | 'forbidden'
  | 'tenant_suspended'
  | 'tenant_mismatch'
  | 'insufficient_scope'
  | 'validation_failed'
  | 'service_unavailable'
>;

export type AuthFieldError = FieldError;

export interface AuthErrorOptions {
  readonly headers?: Readonly<Record<string, string>>;
  readonly notices?: readonly string[];
  readonly errors?: readonly FieldError[];
  /** For the app's logs only (e.g. why the JWKS could not be fetched); never sent to callers. */
  readonly cause?: unknown;
}

/**
 * A refused credential or request: an ApiException, so the app's exception filter renders
 * it as is. The message is safe to return to the caller; it never contains token or key
 * material.
 */
export class AuthError extends ApiException {
  declare readonly code: AuthErrorCode;

  constructor(code: AuthErrorCode, message: string, options: AuthErrorOptions = {}) {
    super(code, {
      message,
      headers: { ...options.headers },
      notices: [...(options.notices ?? [])],
      errors: [...(options.errors ?? [])],
      cause: options.cause,
    });
    this.name = 'AuthError';
  }
}

export function isAuthError(value: unknown): value is AuthError {
  return value instanceof AuthError;
}
