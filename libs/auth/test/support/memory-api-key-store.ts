import type { ApiKeyStore, StoredApiKey } from '../../src';

/** The ApiKeyStore contract in memory, for unit tests only (the app implements it with Prisma). */
export class MemoryApiKeyStore implements ApiKeyStore {
  readonly keys = new Map<string, StoredApiKey>();
  readonly touches: Array<{ id: string; at: Date }> = [];
  lookups = 0;
  failTouches = false;

  add(key: StoredApiKey): void {
    this.keys.set(key.prefix, key);
  }

  async findByPrefix(prefix: string): Promise<StoredApiKey | null> {
    this.lookups += 1;
    return this.keys.get(prefix) ?? null;
  }

  async touch(id: string, at: Date): Promise<void> {
    if (this.failTouches) throw new Error('database unavailable');
    this.touches.push({ id, at });
    for (const [prefix, key] of this.keys) if (key.id === id) this.keys.set(prefix, { ...key, lastUsedAt: at });
  }
}
