import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { createTokenVerifier, type TokenVerifier } from '../src';
import { authErrorOf } from './support/expect-auth-error';
import { startJwksServer, type JwksServer } from './support/jwks-server';

const ISSUER = 'https://idp.test/';
const AUDIENCE = 'access-api';
const TENANT = '3f0c5a8e-6a4b-4c1e-9a51-2b7d1c9e0f11';
const now = () => Math.floor(Date.now() / 1000);

interface SigningKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  jwk: JWK;
}

async function signingKey(kid: string, alg: 'RS256' | 'ES256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

function token(
  key: SigningKey,
  claims: Record<string, unknown> = {},
  options: { exp?: number; nbf?: number; iss?: string; aud?: string } = {},
) {
  const jwt = new SignJWT({ tid: TENANT, ...claims })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setIssuer(options.iss ?? ISSUER)
    .setAudience(options.aud ?? AUDIENCE)
    .setSubject('user-123')
    .setIssuedAt()
    .setExpirationTime(options.exp ?? now() + 300);
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign(key.privateKey);
}

describe('createTokenVerifier with a remote JWKS', () => {
  let server: JwksServer;
  let rsa: SigningKey;
  let ec: SigningKey;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    rsa = await signingKey('rsa-1', 'RS256');
    ec = await signingKey('ec-1', 'ES256');
    server = await startJwksServer([rsa.jwk, ec.jwk]);
    verifier = createTokenVerifier({ jwksUrl: server.url, issuer: ISSUER, audience: AUDIENCE, clockToleranceSec: 30 });
  });

  afterAll(() => server.close());

  it('accepts a user token and returns a typed user principal', async () => {
    const principal = await verifier.verify(await token(rsa, { roles: ['admin'] }));
    expect(principal).toEqual({ kind: 'user', subject: 'user-123', tenantId: TENANT, roles: ['admin'] });
  });

  it('accepts an ES256 service token and splits its scopes', async () => {
    const jwt = await token(ec, { tid: undefined, token_use: 'service', scope: 'provider_users:read  provider_users:write' });
    expect(await verifier.verify(jwt)).toEqual({
      kind: 'service',
      subject: 'user-123',
      scopes: ['provider_users:read', 'provider_users:write'],
    });
  });

  it('serves repeated verifications from the key cache', async () => {
    const before = server.requests;
    await verifier.verify(await token(rsa));
    await verifier.verify(await token(ec));
    expect(server.requests).toBe(before);
  });

  it('refuses an expired token beyond the clock tolerance, but tolerates small skew', async () => {
    const error = await authErrorOf(verifier.verify(await token(rsa, {}, { exp: now() - 120 })));
    expect(error.message).toBe('The token has expired.');
    expect(error.headers['WWW-Authenticate']).toBe('Bearer error="invalid_token", error_description="The token has expired."');
    await expect(verifier.verify(await token(rsa, {}, { exp: now() - 10 }))).resolves.toMatchObject({ kind: 'user' });
  });

  it('refuses a token that is not valid yet', async () => {
    const error = await authErrorOf(verifier.verify(await token(rsa, {}, { nbf: now() + 600, exp: now() + 900 })));
    expect(error.message).toBe('The token is not valid yet.');
  });

  it('refuses a wrong audience and a wrong issuer', async () => {
    const audience = await authErrorOf(verifier.verify(await token(rsa, {}, { aud: 'another-api' })));
    expect(audience.message).toBe('The token is not intended for this API.');
    const issuer = await authErrorOf(verifier.verify(await token(rsa, {}, { iss: 'https://evil.test/' })));
    expect(issuer.message).toBe('The token was issued by an untrusted issuer.');
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({
      iss: ISSUER,
      aud: AUDIENCE,
      sub: 'user-123',
      tid: TENANT,
      exp: now() + 300,
    })}.`;
    const error = await authErrorOf(verifier.verify(unsigned));
    expect(error.headers['WWW-Authenticate']).toMatch(/^Bearer error="invalid_token"/);
  });

  it('refuses HS256 signed with the public key (algorithm confusion)', async () => {
    const publicPem = await exportSPKI(rsa.publicKey);
    const forged = await new SignJWT({ tid: TENANT })
      .setProtectedHeader({ alg: 'HS256', kid: rsa.kid })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('attacker')
      .setExpirationTime(now() + 300)
      .sign(new TextEncoder().encode(publicPem));
    const error = await authErrorOf(verifier.verify(forged));
    expect(error.message).toBe('The token signing algorithm is not accepted.');
  });

  it('refuses a token signed by a key outside the JWKS', async () => {
    const stranger = await signingKey('rsa-1', 'RS256');
    const error = await authErrorOf(verifier.verify(await token(stranger)));
    expect(error.message).toBe('The token signature is invalid.');
  });

  it('refuses a user token without a tenant and a token of unknown use, without echoing claims', async () => {
    const noTenant = await authErrorOf(verifier.verify(await token(rsa, { tid: 'not-a-uuid' })));
    expect(noTenant.message).toBe('The token has no valid "tid" (tenant) claim.');
    expect(noTenant.message).not.toContain('not-a-uuid');
    const odd = await authErrorOf(verifier.verify(await token(rsa, { token_use: 'refresh' })));
    expect(odd.message).toBe('The token has an invalid "token_use" claim.');
  });

  it('refuses garbage and oversized input as malformed', async () => {
    const garbage = await authErrorOf(verifier.verify('abc.def'));
    expect(garbage.message).toBe('The token is malformed.');
    const huge = await authErrorOf(verifier.verify('a'.repeat(9000)));
    expect(huge.message).toBe('The token is malformed.');
  });

  it('answers service_unavailable, not 401, when the JWKS endpoint fails', async () => {
    const broken = createTokenVerifier({ jwksUrl: server.brokenUrl, issuer: ISSUER, audience: AUDIENCE });
    const error = await authErrorOf(broken.verify(await token(rsa)), 'service_unavailable');
    expect(error.headers).toEqual({});
  });
});

describe('unknown kid refetch', () => {
  it('refetches the JWKS for an unknown kid, but not more often than the cooldown', async () => {
    const first = await signingKey('first', 'RS256');
    const rotated = await signingKey('rotated', 'RS256');
    const server = await startJwksServer([first.jwk]);
    try {
      const verifier = createTokenVerifier({
        jwksUrl: server.url,
        issuer: ISSUER,
        audience: AUDIENCE,
        jwksCooldownMs: 400,
      });
      await verifier.verify(await token(first));
      expect(server.requests).toBe(1);

      // The provider rotates keys; a token with the new kid arrives within the cooldown.
      server.keys = [first.jwk, rotated.jwk];
      const early = await authErrorOf(verifier.verify(await token(rotated)));
      expect(early.message).toBe('The token was signed with an unknown key.');
      expect(server.requests).toBe(1);

      await new Promise((resolve) => setTimeout(resolve, 450));
      await expect(verifier.verify(await token(rotated))).resolves.toMatchObject({ kind: 'user' });
      expect(server.requests).toBe(2);
    } finally {
      await server.close();
    }
  });
});
