import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey, type JWTVerifyOptions, type JWTVerifyResult } from 'jose';
import type { TokenPrincipal } from '../principal';
import { principalFromClaims } from './token-claims';
import {
  checkTokenConfig,
  isJwksConfig,
  JWKS_ALGORITHMS,
  SECRET_ALGORITHMS,
  type JwksTokenVerifierConfig,
  type TokenVerifierConfig,
} from './token-config';
import { KeySetUnavailableError, tokenFailure } from './token-errors';
import { VerifiedTokens } from './verified-tokens';

export interface TokenVerifier {
  /**
   * Verifies a compact JWS (without the `Bearer ` prefix) and returns its principal.
   * Rejects with AuthError: `unauthenticated` (with a WWW-Authenticate header) for any
   * bad token, `service_unavailable` when the JWKS endpoint cannot be reached.
   */
  verify(token: string): Promise<TokenPrincipal>;
}

// Far above any real access token; refuses absurd inputs before any parsing work.
const MAX_TOKEN_LENGTH = 8192;
/** How long a verified token is taken at its word before it is verified again (shorter than the JWKS cache). */
const VERIFIED_MAX_AGE_MS = 60_000;
const VERIFIED_MAX_ENTRIES = 10_000;

function remoteKeys(config: JwksTokenVerifierConfig): JWTVerifyGetKey {
  const keySet = createRemoteJWKSet(new URL(config.jwksUrl), {
    cooldownDuration: config.jwksCooldownMs ?? 30_000,
    cacheMaxAge: config.jwksCacheMaxAgeMs ?? 600_000,
    timeoutDuration: config.jwksTimeoutMs ?? 5_000,
  });
  return async (header, token) => {
    try {
      return await keySet(header, token);
    } catch (error) {
      // An unknown or ambiguous kid is the token's problem; anything else is the key source's.
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      throw new KeySetUnavailableError('JWKS fetch failed', { cause: error });
    }
  };
}

export function createTokenVerifier(config: TokenVerifierConfig): TokenVerifier {
  const { clockToleranceSec, audience } = checkTokenConfig(config);
  const options: JWTVerifyOptions = {
    issuer: config.issuer,
    audience,
    clockTolerance: clockToleranceSec,
    algorithms: isJwksConfig(config) ? [...JWKS_ALGORITHMS] : [...SECRET_ALGORITHMS],
    requiredClaims: ['exp', 'sub'],
  };
  let verifyJwt: (token: string) => Promise<JWTVerifyResult>;
  if (isJwksConfig(config)) {
    const keys = remoteKeys(config);
    verifyJwt = (token) => jwtVerify(token, keys, options);
  } else {
    // Imported once: handed the raw bytes (or a KeyObject), jose imports the key again for every
    // token, which doubles the cost of a verification.
    const secret = crypto.subtle.importKey('raw', new TextEncoder().encode(config.hs256Secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'verify',
    ]);
    verifyJwt = async (token) => jwtVerify(token, await secret, options);
  }

  const verified = new VerifiedTokens({ clockToleranceSec, maxAgeMs: VERIFIED_MAX_AGE_MS, maxEntries: VERIFIED_MAX_ENTRIES });
  return {
    async verify(token: string): Promise<TokenPrincipal> {
      try {
        if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
          throw new errors.JWTInvalid('bad length');
        }
        const remembered = verified.get(token);
        if (remembered) return remembered;
        const { payload } = await verifyJwt(token);
        const principal = principalFromClaims(payload);
        verified.set(token, principal, payload);
        return principal;
      } catch (error) {
        throw tokenFailure(error);
      }
    },
  };
}
