import type { JWTPayload } from 'jose';
import { AuthError } from '../errors/auth-error';
import { unauthenticatedHeaders } from '../errors/www-authenticate';
import type { TokenPrincipal } from '../principal';
import { isUuid } from '@access/contract/constants';

/**
 * Claims this API reads beyond the registered ones (iss, aud, sub, exp, nbf).
 * Short, unnamespaced names follow common identity-provider practice (`tid` as in
 * Microsoft Entra, `scope` as in RFC 8693/9068); README.md documents them.
 */
export const TOKEN_CLAIMS = {
  /** `"service"` marks a machine token; absent or `"user"` means a person's token. */
  tokenUse: 'token_use',
  /** Tenant uuid of a user token. */
  tenant: 'tid',
  /** Optional array of role names of a user token. */
  roles: 'roles',
  /** Space-separated scopes of a service token (RFC 8693 §4.2). */
  scope: 'scope',
} as const;

function refuse(description: string): AuthError {
  return new AuthError('unauthenticated', description, { headers: unauthenticatedHeaders(description) });
}

function readStringArray(payload: JWTPayload, claim: string): string[] | undefined {
  const value = payload[claim];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw refuse(`The token has an invalid "${claim}" claim.`);
  }
  return value;
}

function readScopes(payload: JWTPayload): string[] {
  const value = payload[TOKEN_CLAIMS.scope];
  if (value === undefined) return [];
  if (typeof value !== 'string') throw refuse(`The token has an invalid "${TOKEN_CLAIMS.scope}" claim.`);
  return value.split(' ').filter((scope) => scope.length > 0);
}

/** Turns verified claims into a principal; the signature and registered claims are already checked. */
export function principalFromClaims(payload: JWTPayload): TokenPrincipal {
  const subject = payload.sub;
  if (typeof subject !== 'string' || subject.length === 0) throw refuse('The token has no subject.');

  const use = payload[TOKEN_CLAIMS.tokenUse] ?? 'user';
  if (use === 'service') {
    return { kind: 'service', subject, scopes: readScopes(payload) };
  }
  if (use !== 'user') throw refuse(`The token has an invalid "${TOKEN_CLAIMS.tokenUse}" claim.`);

  const tenantId = payload[TOKEN_CLAIMS.tenant];
  if (typeof tenantId !== 'string' || !isUuid(tenantId)) {
    throw refuse(`The token has no valid "${TOKEN_CLAIMS.tenant}" (tenant) claim.`);
  }
  const roles = readStringArray(payload, TOKEN_CLAIMS.roles);
  return { kind: 'user', subject, tenantId: tenantId.toLowerCase(), ...(roles ? { roles } : {}) };
}
