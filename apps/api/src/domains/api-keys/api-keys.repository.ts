import { Injectable } from '@nestjs/common';
import type { ApiKeyKind, GeneratedApiKey } from '@access/auth';
import { Prisma, PrismaService, type ApiKey } from '@access/db';
import { recordAuditEvent } from '../../platform/audit/audit-recorder';
import { readKeyset, type KeysetFetch, type KeysetList } from '../../platform/pagination/keyset-query';

/** A key to store: what it is, and its prefix and hash (never its plaintext). */
export interface NewApiKey {
  kind: ApiKeyKind;
  name: string;
  key: Pick<GeneratedApiKey, 'prefix' | 'hash'>;
  expiresAt?: Date | null;
  /** The person who issued it; null for an operator. */
  createdByUserId?: string | null;
}

/** The columns of a new key's row, for this repository and for a tenant's first keys. */
export const apiKeyRow = (tenantId: string, input: NewApiKey) => ({
  tenantId,
  kind: input.kind,
  name: input.name,
  lookupPrefix: input.key.prefix,
  keyHash: input.key.hash,
  expiresAt: input.expiresAt ?? null,
  createdByUserId: input.createdByUserId ?? null,
});

/** API keys, always read and written inside one tenant. Verification reads them through PrismaApiKeyStore. */
@Injectable()
export class ApiKeysRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(tenantId: string, input: NewApiKey): Promise<ApiKey> {
    return this.prisma.client.$transaction(async (tx) => {
      const key = await tx.apiKey.create({ data: apiKeyRow(tenantId, input) });
      await recordAuditEvent(tx, { type: 'api_key.created', tenantId, resource: { type: 'api_key', id: key.id } });
      return key;
    });
  }

  find(tenantId: string, id: string): Promise<ApiKey | null> {
    return this.prisma.client.apiKey.findFirst({ where: { tenantId, id } });
  }

  /** One page of the tenant's keys, revoked ones too (keysetQuery over (tenant_id, created_at, id)). */
  async list(tenantId: string, fetch: KeysetFetch): Promise<ApiKey[]> {
    const list: KeysetList = {
      from: 'api_keys k',
      createdAt: 'k.created_at',
      id: 'k.id',
      idType: 'uuid',
      where: [Prisma.sql`k.tenant_id = ${tenantId}::uuid`],
    };
    const page = await readKeyset(this.prisma.client, list, fetch, {
      rows: (keys) => this.prisma.client.apiKey.findMany({ where: { tenantId, id: { in: keys.map((k) => k.id) } } }),
      rowRef: (row) => row.id,
    });
    return page.map((entry) => entry.row);
  }

  /**
   * Revokes a key in one statement; revoking a revoked key keeps its first revocation time.
   * Returns false when the tenant has no such key. Every request reads the key afresh, so
   * the next one is refused on every instance.
   */
  async revoke(tenantId: string, id: string): Promise<boolean> {
    return this.prisma.client.$transaction(async (tx) => {
      // The row as it was (locked), so only a key that was active records its revocation.
      const revoked = await tx.$queryRaw<Array<{ id: string; wasActive: boolean }>>`
        UPDATE api_keys k SET revoked_at = COALESCE(k.revoked_at, now()), updated_at = now()
        FROM (SELECT id, revoked_at FROM api_keys WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE) before
        WHERE k.id = before.id
        RETURNING k.id, before.revoked_at IS NULL AS "wasActive"`;
      const key = revoked[0];
      if (key?.wasActive) await recordAuditEvent(tx, { type: 'api_key.revoked', tenantId, resource: { type: 'api_key', id: key.id } });
      return key !== undefined;
    });
  }

  /** Revokes a key by its prefix (the operator command); false when no active key has it. */
  async revokeByPrefix(prefix: string): Promise<boolean> {
    return this.prisma.client.$transaction(async (tx) => {
      const revoked = await tx.apiKey.updateManyAndReturn({
        where: { lookupPrefix: prefix, revokedAt: null },
        data: { revokedAt: new Date() },
        select: { id: true, tenantId: true },
      });
      for (const key of revoked) {
        await recordAuditEvent(tx, { type: 'api_key.revoked', tenantId: key.tenantId, resource: { type: 'api_key', id: key.id } });
      }
      return revoked.length > 0;
    });
  }
}
