interface CommonTokenConfig {
  /** Expected `iss`, compared exactly. */
  readonly issuer: string;
  /** Expected `aud`: the token must name at least one of these. */
  readonly audience: string | readonly string[];
  /** Allowed clock skew for `exp` and `nbf`, in seconds (default 30, at most 300). */
  readonly clockToleranceSec?: number;
}

/** Production: keys from the identity provider's JWKS endpoint. */
export interface JwksTokenVerifierConfig extends CommonTokenConfig {
  readonly jwksUrl: string | URL;
  /** Minimum delay between two refetches triggered by an unknown `kid` (default 30 000 ms). */
  readonly jwksCooldownMs?: number;
  /** How long fetched keys are trusted before a refetch (default 600 000 ms). */
  readonly jwksCacheMaxAgeMs?: number;
  /** Timeout of one JWKS request (default 5 000 ms). */
  readonly jwksTimeoutMs?: number;
}

/** Development and tests: one shared HS256 secret of at least 32 bytes. */
export interface SecretTokenVerifierConfig extends CommonTokenConfig {
  readonly hs256Secret: string;
}

export type TokenVerifierConfig = JwksTokenVerifierConfig | SecretTokenVerifierConfig;

/** Asymmetric algorithms only: a JWKS never legitimately verifies HMAC tokens. */
export const JWKS_ALGORITHMS = ['RS256', 'ES256', 'EdDSA', 'Ed25519'] as const;
export const SECRET_ALGORITHMS = ['HS256'] as const;

const DEFAULT_CLOCK_TOLERANCE_SEC = 30;
const MAX_CLOCK_TOLERANCE_SEC = 300;
// RFC 7518 §3.2: an HS256 key must be at least as long as the hash output.
export const MIN_HS256_SECRET_BYTES = 32;

export function isJwksConfig(config: TokenVerifierConfig): config is JwksTokenVerifierConfig {
  return 'jwksUrl' in config && config.jwksUrl !== undefined;
}

/** Throws on a configuration that would silently weaken verification. */
export function checkTokenConfig(config: TokenVerifierConfig): { clockToleranceSec: number; audience: string[] } {
  const hasJwks = 'jwksUrl' in config && config.jwksUrl !== undefined;
  const hasSecret = 'hs256Secret' in config && config.hs256Secret !== undefined;
  if (hasJwks === hasSecret) throw new TypeError('Token verifier: give exactly one of jwksUrl or hs256Secret.');
  if (!config.issuer) throw new TypeError('Token verifier: issuer is required.');
  const audience = typeof config.audience === 'string' ? [config.audience] : [...(config.audience ?? [])];
  if (audience.length === 0 || audience.some((value) => !value)) {
    throw new TypeError('Token verifier: audience is required.');
  }
  if (hasSecret && Buffer.byteLength(config.hs256Secret, 'utf8') < MIN_HS256_SECRET_BYTES) {
    throw new TypeError(`Token verifier: hs256Secret must be at least ${MIN_HS256_SECRET_BYTES} bytes.`);
  }
  if (hasJwks) {
    const url = new URL(config.jwksUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new TypeError('Token verifier: jwksUrl must be an http(s) URL.');
    }
  }
  const clockToleranceSec = config.clockToleranceSec ?? DEFAULT_CLOCK_TOLERANCE_SEC;
  if (!Number.isFinite(clockToleranceSec) || clockToleranceSec < 0 || clockToleranceSec > MAX_CLOCK_TOLERANCE_SEC) {
    throw new TypeError(`Token verifier: clockToleranceSec must be between 0 and ${MAX_CLOCK_TOLERANCE_SEC}.`);
  }
  return { clockToleranceSec, audience };
}
