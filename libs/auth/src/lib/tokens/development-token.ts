import { SignJWT } from 'jose';
import { TOKEN_CLAIMS } from './token-claims';
import { MIN_HS256_SECRET_BYTES } from './token-config';

interface DevelopmentTokenBase {
  /** The same secret the verifier is configured with (`hs256Secret`), at least 32 bytes. */
  readonly secret: string;
  readonly issuer: string;
  readonly audience: string;
  readonly subject: string;
  /** Lifetime from `issuedAt`, default one hour. */
  readonly expiresInSec?: number;
  /** Default now; tests set it in the past or future to mint expired or not-yet-valid tokens. */
  readonly issuedAt?: Date;
}

export type DevelopmentTokenOptions = DevelopmentTokenBase &
  (
    | { readonly kind: 'user'; readonly tenantId: string; readonly roles?: readonly string[] }
    | { readonly kind: 'service'; readonly scopes: readonly string[] }
  );

/**
 * Mints an HS256 token in exactly the shape the verifier expects, for the bootstrap
 * command, local development and tests. Production tokens come from the identity provider.
 */
export async function signDevelopmentToken(options: DevelopmentTokenOptions): Promise<string> {
  const secret = new TextEncoder().encode(options.secret);
  if (secret.length < MIN_HS256_SECRET_BYTES) {
    throw new TypeError(`signDevelopmentToken: secret must be at least ${MIN_HS256_SECRET_BYTES} bytes.`);
  }
  const issuedAt = Math.floor((options.issuedAt ?? new Date()).getTime() / 1000);
  const claims: Record<string, unknown> =
    options.kind === 'service'
      ? { [TOKEN_CLAIMS.tokenUse]: 'service', [TOKEN_CLAIMS.scope]: options.scopes.join(' ') }
      : { [TOKEN_CLAIMS.tenant]: options.tenantId, ...(options.roles ? { [TOKEN_CLAIMS.roles]: [...options.roles] } : {}) };

  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setSubject(options.subject)
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt)
    .setExpirationTime(issuedAt + (options.expiresInSec ?? 3600))
    .sign(secret);
}
