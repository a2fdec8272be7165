import { signDevelopmentToken } from '@access/auth';
import type { AuthConfig } from '../../platform/config/config';

export const DEVELOPMENT_TOKEN_TTL_SEC = 7 * 24 * 3600;

/** Tokens the service can sign only when it verifies with a shared secret (development). */
export async function signOwnerToken(auth: AuthConfig, tenantId: string, ownerId: string): Promise<string | undefined> {
  if (!auth.hs256Secret) return undefined;
  return signDevelopmentToken({
    secret: auth.hs256Secret,
    issuer: auth.issuer,
    audience: auth.audience,
    subject: ownerId,
    kind: 'user',
    tenantId,
    expiresInSec: DEVELOPMENT_TOKEN_TTL_SEC,
  });
}

/** Every scope a service token can carry: the provider's users and the administration of tenants. */
export const OPERATOR_SCOPES = ['provider_users:read', 'provider_users:write', 'tenants:read', 'tenants:write'] as const;

/** The development operator's service token: every scope, so the README's walk-throughs need nothing else. */
export async function signOperatorServiceToken(auth: AuthConfig): Promise<string | undefined> {
  if (!auth.hs256Secret) return undefined;
  return signDevelopmentToken({
    secret: auth.hs256Secret,
    issuer: auth.issuer,
    audience: auth.audience,
    subject: 'development-service',
    kind: 'service',
    scopes: [...OPERATOR_SCOPES],
    expiresInSec: DEVELOPMENT_TOKEN_TTL_SEC,
  });
}
