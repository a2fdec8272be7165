import { AuthError } from '../errors/auth-error';
import { bearerChallenge } from '../errors/www-authenticate';

/**
 * Extracts the token from an `Authorization: Bearer <token>` header value.
 * A missing header gets a bare `Bearer` challenge (RFC 6750 §3.1: no error code when the
 * request carried no credential); a malformed one gets `invalid_request`.
 */
export function extractBearerToken(authorization: string | string[] | undefined): string {
  if (authorization === undefined || authorization === '') {
    throw new AuthError('unauthenticated', 'A Bearer token is required.', {
      headers: { 'WWW-Authenticate': bearerChallenge() },
    });
  }
  const match = typeof authorization === 'string' ? /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(authorization) : null;
  const token = match?.[1];
  if (token === undefined) {
    const description = 'The Authorization header must be "Bearer" followed by one token.';
    throw new AuthError('unauthenticated', description, {
      headers: { 'WWW-Authenticate': bearerChallenge('invalid_request', description) },
    });
  }
  return token;
}
