import { ERROR_DOMAINS, ERRORS } from '../generated/catalogue';

/**
 * The one catalogue of every error the API can answer with, generated from the document's
 * ErrorCode schema (openapi/components/schemas/error-codes.yaml): nothing here restates it.
 *
 * `errorCode` is eight digits: the HTTP status (3), the domain (2, see ERROR_DOMAINS) and a
 * number within the domain (3).
 */
export { ERROR_DOMAINS, ERRORS };

export type ErrorCodeSlug = keyof typeof ERRORS;
export type ErrorDomainId = keyof typeof ERROR_DOMAINS;

export interface ErrorDefinition {
  readonly code: ErrorCodeSlug;
  readonly errorCode: string;
  readonly status: number;
  readonly message: string;
  /** What the caller should do about it. */
  readonly remedy: string;
  readonly domain: ErrorDomainId;
}

export const ERROR_DEFINITIONS: readonly ErrorDefinition[] = Object.values(ERRORS);

export function errorDefinition(code: ErrorCodeSlug): ErrorDefinition {
  return ERRORS[code];
}
