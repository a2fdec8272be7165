import { generateApiKey, LastUsedRecorder, verifyApiKey, type ApiKeyKind, type StoredApiKey } from '../src';
import { apiKeyHashMatches, hashApiKey } from '../src/lib/api-keys/api-key-hash';
import { authErrorOf } from './support/expect-auth-error';
import { MemoryApiKeyStore } from './support/memory-api-key-store';

const TENANT = '6d2f8c1a-3b4e-4f5a-9c8d-7e6f5a4b3c2d';

function issue(store: MemoryApiKeyStore, kind: ApiKeyKind, extra: Partial<StoredApiKey> = {}) {
  const key = generateApiKey(kind);
  store.add({
    id: `key-${store.keys.size + 1}`,
    prefix: key.prefix,
    hash: key.hash,
    tenantId: TENANT,
    keyKind: kind,
    revokedAt: null,
    ...extra,
  });
  return key;
}

/** Changes one character in the middle of the secret part, keeping the key well-formed. */
function tamper(plaintext: string): string {
  const at = plaintext.length - 20;
  return plaintext.slice(0, at) + (plaintext[at] === 'A' ? 'B' : 'A') + plaintext.slice(at + 1);
}

describe('generateApiKey', () => {
  it('produces the documented layout with a 256-bit secret and a non-secret prefix', () => {
    const key = generateApiKey('integration');
    expect(key.plaintext).toMatch(/^ak_i_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/);
    expect(key.plaintext.startsWith(`${key.prefix}_`)).toBe(true);
    expect(key.prefix).toMatch(/^ak_i_[a-z2-7]{12}$/);
    expect(Buffer.from(key.plaintext.slice(key.prefix.length + 1), 'base64url')).toHaveLength(32);
    expect(key.hash).toBe(hashApiKey(key.plaintext));
    expect(key.hash).not.toContain(key.plaintext.slice(key.prefix.length + 1));
    expect(generateApiKey('scim').prefix).toMatch(/^ak_s_/);
  });

  it('never repeats a key or prefix', () => {
    const keys = Array.from({ length: 200 }, () => generateApiKey('scim'));
    expect(new Set(keys.map((key) => key.plaintext)).size).toBe(200);
    expect(new Set(keys.map((key) => key.prefix)).size).toBe(200);
  });
});

describe('verifyApiKey', () => {
  it('returns the principal of a stored key', async () => {
    const store = new MemoryApiKeyStore();
    const key = issue(store, 'scim');
    expect(await verifyApiKey(key.plaintext, store)).toEqual({ kind: 'api_key', keyId: 'key-1', tenantId: TENANT, keyKind: 'scim' });
  });

  it('refuses a tampered secret with the generic message', async () => {
    const store = new MemoryApiKeyStore();
    const key = issue(store, 'integration');
    const error = await authErrorOf(verifyApiKey(tamper(key.plaintext), store));
    expect(error.message).toBe('The API key is not valid.');
  });

  it('refuses a key whose kind letter was changed, even with the right secret', async () => {
    const store = new MemoryApiKeyStore();
    const key = issue(store, 'integration');
    const relabelled = key.plaintext.replace(/^ak_i_/, 'ak_s_');
    store.add({ ...store.keys.get(key.prefix)!, prefix: relabelled.slice(0, key.prefix.length) });
    await authErrorOf(verifyApiKey(relabelled, store));
  });

  it('refuses unknown and malformed keys without revealing which', async () => {
    const store = new MemoryApiKeyStore();
    const unknown = await authErrorOf(verifyApiKey(generateApiKey('integration').plaintext, store));
    expect(store.lookups).toBe(1);
    const messages = [unknown.message];
    for (const bad of [undefined, '', ['a', 'b'], 'ak_i_short_x', 'sk_live_123', `${generateApiKey('scim').plaintext}x`]) {
      messages.push((await authErrorOf(verifyApiKey(bad, store))).message);
    }
    expect(new Set(messages)).toEqual(new Set(['The API key is not valid.']));
    expect(store.lookups).toBe(1);
  });

  it('refuses revoked and expired keys', async () => {
    const store = new MemoryApiKeyStore();
    const revoked = issue(store, 'integration', { revokedAt: new Date(Date.now() - 1000) });
    expect((await authErrorOf(verifyApiKey(revoked.plaintext, store))).message).toBe('The API key has been revoked.');
    const expired = issue(store, 'integration', { expiresAt: new Date(Date.now() - 1000) });
    expect((await authErrorOf(verifyApiKey(expired.plaintext, store))).message).toBe('The API key has expired.');
  });

  it('records the use through the recorder', async () => {
    const store = new MemoryApiKeyStore();
    const key = issue(store, 'integration');
    const recorder = new LastUsedRecorder(store);
    await verifyApiKey(key.plaintext, store, { lastUsed: recorder });
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.touches.map((touch) => touch.id)).toEqual(['key-1']);
  });
});

describe('apiKeyHashMatches', () => {
  it('compares in constant time and refuses missing or malformed stored hashes', () => {
    const hash = hashApiKey('ak_i_aaaaaaaaaaaa_secret');
    expect(apiKeyHashMatches(hash, hash)).toBe(true);
    expect(apiKeyHashMatches(hash, hashApiKey('ak_i_aaaaaaaaaaaa_other'))).toBe(false);
    expect(apiKeyHashMatches(hash, null)).toBe(false);
    expect(apiKeyHashMatches(hash, hash.slice(0, 10))).toBe(false);
    expect(apiKeyHashMatches(hash, 'zz')).toBe(false);
  });

  it('takes the constant-time comparison on every path', () => {
    const crypto = jest.requireActual<typeof import('node:crypto')>('node:crypto');
    const spy = jest.spyOn(crypto, 'timingSafeEqual');
    const hash = hashApiKey('ak_i_aaaaaaaaaaaa_secret');
    apiKeyHashMatches(hash, hash);
    apiKeyHashMatches(hash, null);
    apiKeyHashMatches(hash, 'abcd');
    expect(spy).toHaveBeenCalledTimes(3);
    spy.mockRestore();
  });
});
