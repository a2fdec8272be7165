import { randomBytes } from 'node:crypto';
import { createTokenVerifier, signDevelopmentToken, type TokenPrincipal } from '../src';
import { VerifiedTokens } from '../src/lib/tokens/verified-tokens';
import { authErrorOf } from './support/expect-auth-error';

const PRINCIPAL: TokenPrincipal = { kind: 'service', subject: 'billing', scopes: [] };

describe('verified tokens', () => {
  let now = Date.UTC(2026, 10, 24, 12);
  const memo = (options: Partial<ConstructorParameters<typeof VerifiedTokens>[0]> = {}) =>
    new VerifiedTokens({ clockToleranceSec: 5, maxAgeMs: 60_000, maxEntries: 3, now: () => now, ...options });
  const inSeconds = (seconds: number) => Math.floor(now / 1_000) + seconds;

  beforeEach(() => {
    now = Date.UTC(2026, 10, 24, 12);
  });

  it('are taken at their word until they expire (with the clock tolerance), then verified again', () => {
    const tokens = memo();
    tokens.set('t', PRINCIPAL, { exp: inSeconds(30) });
    expect(tokens.get('t')).toEqual(PRINCIPAL);
    now += 34_000;
    expect(tokens.get('t')).toEqual(PRINCIPAL);
    now += 1_000; // exp + 5 s tolerance
    expect(tokens.get('t')).toBeUndefined();
  });

  it('are verified again after the longest time they are remembered, however late they expire', () => {
    const tokens = memo({ maxAgeMs: 10_000 });
    tokens.set('t', PRINCIPAL, { exp: inSeconds(3_600) });
    now += 9_999;
    expect(tokens.get('t')).toEqual(PRINCIPAL);
    now += 1;
    expect(tokens.get('t')).toBeUndefined();
  });

  it('are not taken before their nbf', () => {
    const tokens = memo();
    tokens.set('t', PRINCIPAL, { exp: inSeconds(3_600), nbf: inSeconds(20) });
    expect(tokens.get('t')).toBeUndefined();
  });

  it('keep a bounded number, dropping the oldest first; a token without exp is never remembered', () => {
    const tokens = memo();
    tokens.set('no-exp', PRINCIPAL, {});
    for (const token of ['a', 'b', 'c', 'd']) tokens.set(token, PRINCIPAL, { exp: inSeconds(60) });
    expect(['no-exp', 'a', 'b', 'c', 'd'].map((token) => tokens.get(token) !== undefined)).toEqual([false, false, true, true, true]);
  });

  it('never let the verifier accept a token once it has expired, though it accepted it before', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'], now: Date.UTC(2026, 10, 24, 12) });
    try {
      const secret = randomBytes(32).toString('base64url');
      const verifier = createTokenVerifier({ hs256Secret: secret, issuer: 'iss', audience: 'aud', clockToleranceSec: 5 });
      const token = await signDevelopmentToken({
        secret,
        issuer: 'iss',
        audience: 'aud',
        kind: 'service',
        subject: 'billing',
        scopes: [],
        expiresInSec: 10,
      });
      expect(await verifier.verify(token)).toMatchObject({ subject: 'billing' });
      jest.setSystemTime(Date.UTC(2026, 10, 24, 12) + 14_000);
      expect(await verifier.verify(token)).toMatchObject({ subject: 'billing' });
      jest.setSystemTime(Date.UTC(2026, 10, 24, 12) + 16_000);
      await authErrorOf(verifier.verify(token), 'unauthenticated');
    } finally {
      jest.useRealTimers();
    }
  });
});
