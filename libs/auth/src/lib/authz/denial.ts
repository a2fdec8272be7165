import { ERRORS } from '@access/errors';
import { AuthError } from '../errors/auth-error';
import { bearerChallenge } from '../errors/www-authenticate';
import type { AuthorizationDecision, AuthorizationPrincipal } from './authorization-request';

/**
 * The error for a refused decision, carrying the policies' notices. A service token is
 * only ever gated by scopes, so its refusal is `insufficient_scope` (RFC 6750 §3.1);
 * everyone else gets `forbidden`.
 */
export function denialError(principal: Pick<AuthorizationPrincipal, 'kind'>, decision: AuthorizationDecision): AuthError {
  if (principal.kind === 'service') {
    return new AuthError('insufficient_scope', 'The service token lacks the scope this operation requires.', {
      notices: decision.notices,
      headers: { 'WWW-Authenticate': bearerChallenge('insufficient_scope') },
    });
  }
  // A policy may name its refusal's code (`@refusal`); the catalogue must know it.
  if (decision.refusal === 'tenant_suspended') {
    return new AuthError('tenant_suspended', ERRORS.tenant_suspended.message, { notices: decision.notices });
  }
  return new AuthError('forbidden', 'The credential is not allowed to perform this operation.', {
    notices: decision.notices,
  });
}
