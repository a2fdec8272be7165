import type { ContractOperation } from './contract-operations';

/**
 * A part of the service that answers errors of its own for the operations it serves: the
 * guards, the body parser, the cursors, the access provider. Each declares, next to the
 * code that raises them, the error set of the document (openapi/components/error-sets.yaml)
 * it answers and which operations it serves. A test composes, for every route, the sets of
 * the parts it passes through and compares them with the operation's `x-error-sets`; in
 * tests and development, the exception filter refuses any answer the operation does not
 * document (documented-errors.ts).
 */
export interface ErrorSource {
  /** The name of the error set in openapi/components/error-sets.yaml. */
  readonly set: string;
  /** Whether a request for this operation passes through this part of the service. */
  appliesTo(operation: ContractOperation): boolean;
}

export function errorSource(set: string, appliesTo: (operation: ContractOperation) => boolean): ErrorSource {
  return { set, appliesTo };
}

/** The exception filter answers `internal_error` for anything unexpected, on every operation. */
export const PLATFORM_ERRORS = errorSource('platform', () => true);

/** Whether the operation needs a credential (every guard after authentication serves only those). */
export const isSecured = (operation: ContractOperation) => operation.securitySchemes.length > 0;
