import { versionCondition, type VersionCondition } from '../../platform/conditional/if-match';
import { Injectable } from '@nestjs/common';
import type { CreateIdentityProviderRequest } from '@access/contract';
import { Prisma, PrismaService, violatedUniqueIndex, type IdentityProvider } from '@access/db';
import { recordAuditEvent } from '../../platform/audit/audit-recorder';
import { readKeyset, type KeysetFetch, type KeysetList } from '../../platform/pagination/keyset-query';

const NAME_UNIQUE_INDEX = 'identity_providers_tenant_id_name_key';

export type CreateOutcome = { provider: IdentityProvider } | { refused: 'name_taken' };
export type DeleteOutcome = 'deleted' | 'not_found' | 'in_use' | { stale: number };

/** Identity providers, always read and written inside one tenant. */
@Injectable()
export class IdentityProvidersRepository {
  constructor(private readonly prisma: PrismaService) {}

  async create(tenantId: string, input: CreateIdentityProviderRequest): Promise<CreateOutcome> {
    try {
      const provider = await this.prisma.client.$transaction(async (tx) => {
        const created = await tx.identityProvider.create({ data: { tenantId, name: input.name, type: input.type } });
        await recordAuditEvent(tx, {
          type: 'identity_provider.created',
          tenantId,
          resource: { type: 'identity_provider', id: created.id },
        });
        return created;
      });
      return { provider };
    } catch (error) {
      // The unique index decides, so two concurrent creates of one name cannot both win.
      if (violatedUniqueIndex(error) === NAME_UNIQUE_INDEX) return { refused: 'name_taken' };
      throw error;
    }
  }

  find(tenantId: string, id: string): Promise<IdentityProvider | null> {
    return this.prisma.client.identityProvider.findUnique({ where: { tenantId_id: { tenantId, id } } });
  }

  /** One page of the tenant's identity providers (keysetQuery over (tenant_id, created_at, id)). */
  async list(tenantId: string, fetch: KeysetFetch): Promise<IdentityProvider[]> {
    const list: KeysetList = {
      from: 'identity_providers p',
      createdAt: 'p.created_at',
      id: 'p.id',
      idType: 'uuid',
      where: [Prisma.sql`p.tenant_id = ${tenantId}::uuid`],
    };
    const page = await readKeyset(this.prisma.client, list, fetch, {
      rows: (keys) => this.prisma.client.identityProvider.findMany({ where: { tenantId, id: { in: keys.map((k) => k.id) } } }),
      rowRef: (row) => row.id,
    });
    return page.map((entry) => entry.row);
  }

  /**
   * Deletes a provider that has no linked identities. The schema cascades identities
   * on a provider's deletion, so "in use" is decided here, and must hold against a
   * link being made at the same moment:
   * - The row is locked FOR UPDATE first. Inserting an identity takes FOR KEY SHARE on
   *   its provider row (the foreign key check), which conflicts with FOR UPDATE: a link
   *   in flight makes this wait until it commits or rolls back, and a link that starts
   *   after the lock waits for this transaction (and then fails its foreign key → 404).
   * - The identities are counted by a later statement, which under READ COMMITTED
   *   takes a fresh snapshot, so it sees a link that committed while we waited.
   * One `DELETE … WHERE NOT EXISTS (…)` statement would not do: its subquery keeps the
   * statement's snapshot taken before the wait, so it would delete the provider and
   * cascade away a link that had just been answered 201.
   */
  delete(tenantId: string, id: string, condition?: VersionCondition): Promise<DeleteOutcome> {
    return this.prisma.client.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM identity_providers WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
      if (locked.length === 0) return 'not_found';
      const linked = await tx.identity.findFirst({ where: { tenantId, identityProviderId: id }, select: { id: true } });
      if (linked) return 'in_use';
      // If-Match is a condition of the DELETE itself; the row is locked, so none of it found the row gone.
      const { count } = await tx.identityProvider.deleteMany({ where: { tenantId, id, ...versionCondition(condition) } });
      if (count === 1) {
        await recordAuditEvent(tx, { type: 'identity_provider.deleted', tenantId, resource: { type: 'identity_provider', id } });
        return 'deleted';
      }
      const row = await tx.identityProvider.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } }, select: { version: true } });
      return { stale: row.version };
    });
  }
}
