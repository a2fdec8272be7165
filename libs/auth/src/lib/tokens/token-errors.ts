import { errors } from 'jose';
import { AuthError } from '../errors/auth-error';
import { unauthenticatedHeaders } from '../errors/www-authenticate';

/** Raised by our key lookup when the JWKS endpoint itself failed (network, status, JSON). */
export class KeySetUnavailableError extends Error {
  override readonly name = 'KeySetUnavailableError';
}

function refuse(description: string): AuthError {
  return new AuthError('unauthenticated', description, { headers: unauthenticatedHeaders(description) });
}

const CLAIM_DESCRIPTIONS: Record<string, string> = {
  iss: 'The token was issued by an untrusted issuer.',
  aud: 'The token is not intended for this API.',
  nbf: 'The token is not valid yet.',
  exp: 'The token has expired.',
};

/**
 * Maps a jose failure to a caller-safe AuthError. Descriptions are fixed sentences (claim
 * names at most) so nothing from the token is echoed back.
 */
export function tokenFailure(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  if (error instanceof KeySetUnavailableError) {
    // Not the caller's fault: answer 503 rather than a misleading 401.
    return new AuthError('service_unavailable', 'The token signing keys could not be retrieved; retry later.', {
      cause: error.cause,
    });
  }
  if (error instanceof errors.JWTExpired) return refuse('The token has expired.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return refuse(`The token lacks the required "${error.claim}" claim.`);
    return refuse(CLAIM_DESCRIPTIONS[error.claim] ?? `The token has an invalid "${error.claim}" claim.`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return refuse('The token signing algorithm is not accepted.');
  if (error instanceof errors.JWSSignatureVerificationFailed) return refuse('The token signature is invalid.');
  if (error instanceof errors.JWKSNoMatchingKey) return refuse('The token was signed with an unknown key.');
  if (error instanceof errors.JWKSMultipleMatchingKeys) return refuse('The token does not identify one signing key.');
  return refuse('The token is malformed.');
}
