import { randomBytes } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { createTokenVerifier, extractBearerToken, signDevelopmentToken } from '../src';
import { authErrorOf, authErrorOfSync } from './support/expect-auth-error';

// Generated per run so no secret sits in the repository.
const SECRET = randomBytes(32).toString('base64url');
const ISSUER = 'access-dev';
const AUDIENCE = 'access-api';
const TENANT = '0b1e6a52-7a0e-4f38-8d8c-5f1f2a3b4c5d';

const verifier = createTokenVerifier({ hs256Secret: SECRET, issuer: ISSUER, audience: AUDIENCE, clockToleranceSec: 5 });

describe('development tokens (HS256)', () => {
  it('round-trips a user token, normalising the tenant to lowercase', async () => {
    const token = await signDevelopmentToken({
      secret: SECRET,
      issuer: ISSUER,
      audience: AUDIENCE,
      kind: 'user',
      subject: 'owner-1',
      tenantId: TENANT.toUpperCase(),
      roles: ['admin'],
    });
    expect(await verifier.verify(token)).toEqual({ kind: 'user', subject: 'owner-1', tenantId: TENANT, roles: ['admin'] });
  });

  it('round-trips a service token with scopes and no tenant', async () => {
    const token = await signDevelopmentToken({
      secret: SECRET,
      issuer: ISSUER,
      audience: AUDIENCE,
      kind: 'service',
      subject: 'billing-service',
      scopes: ['provider_users:read'],
    });
    expect(await verifier.verify(token)).toEqual({ kind: 'service', subject: 'billing-service', scopes: ['provider_users:read'] });
  });

  it('refuses a token signed with another secret', async () => {
    const token = await signDevelopmentToken({
      secret: randomBytes(32).toString('base64url'),
      issuer: ISSUER,
      audience: AUDIENCE,
      kind: 'service',
      subject: 'x',
      scopes: [],
    });
    expect((await authErrorOf(verifier.verify(token))).message).toBe('The token signature is invalid.');
  });

  it('refuses expired and not-yet-valid development tokens', async () => {
    const base = { secret: SECRET, issuer: ISSUER, audience: AUDIENCE, kind: 'service', subject: 'x', scopes: [] } as const;
    const expired = await signDevelopmentToken({ ...base, issuedAt: new Date(Date.now() - 7_200_000), expiresInSec: 60 });
    expect((await authErrorOf(verifier.verify(expired))).message).toBe('The token has expired.');
    const future = await signDevelopmentToken({ ...base, issuedAt: new Date(Date.now() + 600_000) });
    expect((await authErrorOf(verifier.verify(future))).message).toBe('The token is not valid yet.');
  });

  it('refuses an RS256 token when configured for HS256', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ tid: TENANT })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('u')
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await authErrorOf(verifier.verify(token))).message).toBe('The token signing algorithm is not accepted.');
  });

  it('requires exp', async () => {
    const token = await new SignJWT({ tid: TENANT })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('u')
      .sign(new TextEncoder().encode(SECRET));
    expect((await authErrorOf(verifier.verify(token))).message).toBe('The token lacks the required "exp" claim.');
  });

  it('refuses weak or ambiguous configuration', () => {
    expect(() => createTokenVerifier({ hs256Secret: 'short', issuer: ISSUER, audience: AUDIENCE })).toThrow(/at least 32 bytes/);
    expect(() =>
      createTokenVerifier({ hs256Secret: SECRET, jwksUrl: 'https://idp.test/jwks', issuer: ISSUER, audience: AUDIENCE }),
    ).toThrow(/exactly one/);
    expect(() => createTokenVerifier({ hs256Secret: SECRET, issuer: '', audience: AUDIENCE })).toThrow(/issuer/);
    expect(() => createTokenVerifier({ hs256Secret: SECRET, issuer: ISSUER, audience: [] })).toThrow(/audience/);
    expect(() => createTokenVerifier({ hs256Secret: SECRET, issuer: ISSUER, audience: AUDIENCE, clockToleranceSec: 3600 })).toThrow(
      /clockToleranceSec/,
    );
    expect(() => createTokenVerifier({ jwksUrl: 'file:///etc/jwks.json', issuer: ISSUER, audience: AUDIENCE })).toThrow(/http/);
  });

  it('refuses to sign with a short secret', async () => {
    await expect(
      signDevelopmentToken({ secret: 'short', issuer: ISSUER, audience: AUDIENCE, kind: 'service', subject: 'x', scopes: [] }),
    ).rejects.toThrow(/at least 32 bytes/);
  });
});

describe('extractBearerToken', () => {
  it('returns the token of a well-formed header, whatever the scheme case', () => {
    expect(extractBearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(extractBearerToken('bearer abc.def.ghi')).toBe('abc.def.ghi');
  });

  it('challenges a missing credential without an error code', () => {
    const error = authErrorOfSync(() => extractBearerToken(undefined), 'unauthenticated');
    expect(error.headers['WWW-Authenticate']).toBe('Bearer');
  });

  it('answers invalid_request for other schemes and malformed values', () => {
    for (const value of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b', ['Bearer a', 'Bearer b']]) {
      const error = authErrorOfSync(() => extractBearerToken(value), 'unauthenticated');
      expect(error.headers['WWW-Authenticate']).toMatch(/^Bearer error="invalid_request"/);
    }
  });
});
