import type { ApiKeyStore } from './api-key-store';

export interface LastUsedRecorderOptions {
  /** At most one write per key per interval (default 60 000 ms). */
  readonly intervalMs?: number;
  /** Clock in ms, for tests. */
  readonly now?: () => number;
  /** Receives failed writes (the app logs them); a failure never fails the request. */
  readonly onError?: (error: unknown, keyId: string) => void;
  /** Bound on remembered keys; older entries are dropped first (default 10 000). */
  readonly maxEntries?: number;
}

/**
 * Records "last used" without a database write on every request: in memory, each
 * process writes a key's timestamp at most once per interval. The stored `lastUsedAt`
 * read during verification also counts, so other instances' recent writes are skipped
 * too and the timestamp is accurate to about one interval.
 */
export class LastUsedRecorder {
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly onError: (error: unknown, keyId: string) => void;
  private readonly maxEntries: number;
  private readonly lastWrites = new Map<string, number>();

  constructor(
    private readonly store: Pick<ApiKeyStore, 'touch'>,
    options: LastUsedRecorderOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 60_000;
    this.now = options.now ?? Date.now;
    this.onError = options.onError ?? (() => undefined);
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  /**
   * Notes a use of the key; resolves to true when a write was made. Never rejects, so
   * callers may leave the promise unawaited.
   */
  async record(key: { readonly id: string; readonly lastUsedAt?: Date | null }): Promise<boolean> {
    const now = this.now();
    const last = Math.max(this.lastWrites.get(key.id) ?? -Infinity, key.lastUsedAt?.getTime() ?? -Infinity);
    if (now - last < this.intervalMs) return false;

    this.remember(key.id, now);
    try {
      await this.store.touch(key.id, new Date(now));
      return true;
    } catch (error) {
      // Forget the attempt so the next request retries instead of waiting a full interval.
      if (this.lastWrites.get(key.id) === now) this.lastWrites.delete(key.id);
      this.onError(error, key.id);
      return false;
    }
  }

  private remember(id: string, at: number): void {
    this.lastWrites.delete(id);
    this.lastWrites.set(id, at);
    if (this.lastWrites.size > this.maxEntries) {
      // Maps iterate in insertion order and remember() re-inserts, so the first key is the stalest.
      const oldest = this.lastWrites.keys().next().value;
      if (oldest !== undefined) this.lastWrites.delete(oldest);
    }
  }
}
