import type { ApiKeyKind } from '../principal';

/** What the app persists for one API key: never the plaintext. */
export interface StoredApiKey {
  readonly id: string;
  /** The non-secret lookup part, e.g. `ak_i_k7mq2xw4bd9t` (unique). */
  readonly prefix: string;
  /** Hex SHA-256 of the full plaintext key, from `generateApiKey`. */
  readonly hash: string;
  readonly tenantId: string;
  readonly keyKind: ApiKeyKind;
  readonly revokedAt: Date | null;
  readonly expiresAt?: Date | null;
  readonly lastUsedAt?: Date | null;
  /** The key's tenant is suspended, when the store reads that with the key. */
  readonly tenantSuspended?: boolean;
}

/** Storage the app implements (with Prisma); this library only reads and touches keys. */
export interface ApiKeyStore {
  findByPrefix(prefix: string): Promise<StoredApiKey | null>;
  /** Records the last use of a key; called at most once per key per interval. */
  touch(id: string, at: Date): Promise<void>;
}
