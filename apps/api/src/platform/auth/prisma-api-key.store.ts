import { Injectable } from '@nestjs/common';
import type { ApiKeyStore, StoredApiKey } from '@access/auth';
import { PrismaService } from '@access/db';

/**
 * API keys as @access/auth needs them, read from the api_keys table on every request: no
 * cache, so a revocation or expiry refuses the key from the next request on, on every instance.
 */
@Injectable()
export class PrismaApiKeyStore implements ApiKeyStore {
  constructor(private readonly prisma: PrismaService) {}

  async findByPrefix(prefix: string): Promise<StoredApiKey | null> {
    const row = await this.prisma.client.apiKey.findUnique({ where: { lookupPrefix: prefix } });
    if (!row) return null;
    return {
      id: row.id,
      prefix: row.lookupPrefix,
      hash: row.keyHash,
      tenantId: row.tenantId,
      keyKind: row.kind,
      revokedAt: row.revokedAt,
      expiresAt: row.expiresAt,
      lastUsedAt: row.lastUsedAt,
    };
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.prisma.client.apiKey.update({ where: { id }, data: { lastUsedAt: at } });
  }
}
