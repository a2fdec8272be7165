import { versionCondition, type VersionCondition } from '../../platform/conditional/if-match';
import { Injectable } from '@nestjs/common';
import type { CreateIdentityRequest } from '@access/contract';
import { isForeignKeyViolation, Prisma, PrismaService, violatedUniqueIndex } from '@access/db';
import { recordAuditEvent } from '../../platform/audit/audit-recorder';
import { readKeyset, type KeysetFetch, type KeysetList } from '../../platform/pagination/keyset-query';
import type { IdentityWithProvider } from './identity.mapping';
import type { LinkSource } from './link-source';

const EXTERNAL_ID_UNIQUE_INDEX = 'identities_identity_provider_id_external_id_key';
const USER_PROVIDER_UNIQUE_INDEX = 'identities_user_id_identity_provider_id_key';

const withProvider = { identityProvider: { select: { name: true, type: true } } } as const;

/** What a link found instead of succeeding; the service words the answer. */
export type LinkRefusal = 'user_not_found' | 'provider_not_found' | 'external_id_taken' | 'user_already_linked';
export type LinkOutcome = { identity: IdentityWithProvider } | { refused: LinkRefusal };

/** Identities of tenant users, always read and written inside one tenant. */
@Injectable()
export class IdentitiesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async userExists(tenantId: string, userId: string): Promise<boolean> {
    const user = await this.prisma.client.tenantUser.findUnique({ where: { tenantId_id: { tenantId, id: userId } }, select: { id: true } });
    return user !== null;
  }

  /**
   * One INSERT; the database decides everything that could race. The composite
   * foreign keys (tenant_id, user_id) and (tenant_id, identity_provider_id) refuse a
   * user or provider that is not of this tenant, and the unique indexes refuse a
   * second link, however many requests arrive at once.
   */
  async link(tenantId: string, userId: string, input: CreateIdentityRequest, source: LinkSource): Promise<LinkOutcome> {
    try {
      const identity = await this.prisma.client.$transaction(async (tx) => {
        const created = await tx.identity.create({
          data: {
            tenantId,
            userId,
            identityProviderId: input.identity_provider_id,
            externalId: input.external_id,
            externalUsername: input.external_username ?? null,
            externalEmail: input.external_email ?? null,
            externalDisplayName: input.external_display_name ?? null,
            linkedBy: source.linkedBy,
            lastSyncedAt: source.lastSyncedAt,
            createdAt: source.linkedAt,
            updatedAt: source.linkedAt,
          },
          include: withProvider,
        });
        await recordAuditEvent(tx, { type: 'identity.linked', tenantId, resource: { type: 'identity', id: created.id } });
        return created;
      });
      return { identity };
    } catch (error) {
      return { refused: await this.linkRefusal(tenantId, userId, input.identity_provider_id, error) };
    }
  }

  /**
   * Names why a link was refused. The unique indexes are global, not per tenant, so a
   * conflict can come from another tenant's provider or user: a missing user or
   * provider is therefore reported first (404, the same as an unknown id), and a 409
   * only when both are this tenant's. Those reads follow the failed write and only
   * choose the message; a row's tenant never changes, so they cannot contradict it.
   */
  private async linkRefusal(tenantId: string, userId: string, providerId: string, error: unknown): Promise<LinkRefusal> {
    const index = violatedUniqueIndex(error);
    if (index === undefined && !isForeignKeyViolation(error)) throw error;
    if (!(await this.userExists(tenantId, userId))) return 'user_not_found';
    const provider = await this.prisma.client.identityProvider.findUnique({
      where: { tenantId_id: { tenantId, id: providerId } },
      select: { id: true },
    });
    if (!provider) return 'provider_not_found';
    if (index === EXTERNAL_ID_UNIQUE_INDEX) return 'external_id_taken';
    if (index === USER_PROVIDER_UNIQUE_INDEX) return 'user_already_linked';
    throw error;
  }

  /** One page of a user's identities (keysetQuery over (user_id, created_at, id)), with their providers. */
  async list(tenantId: string, userId: string, fetch: KeysetFetch): Promise<IdentityWithProvider[]> {
    const list: KeysetList = {
      from: 'identities i',
      createdAt: 'i.created_at',
      id: 'i.id',
      idType: 'uuid',
      where: [Prisma.sql`i.user_id = ${userId}::uuid`, Prisma.sql`i.tenant_id = ${tenantId}::uuid`],
    };
    const page = await readKeyset(this.prisma.client, list, fetch, {
      rows: (keys) =>
        this.prisma.client.identity.findMany({ where: { tenantId, userId, id: { in: keys.map((k) => k.id) } }, include: withProvider }),
      rowRef: (row) => row.id,
    });
    return page.map((entry) => entry.row);
  }

  /**
   * Deletes the identity if it is the user's, in this tenant, and (If-Match) at a version
   * named: the condition is part of the DELETE. Otherwise says what it found.
   */
  async delete(
    tenantId: string,
    userId: string,
    identityId: string,
    condition?: VersionCondition,
  ): Promise<'deleted' | 'not_found' | { stale: number }> {
    const deleted = await this.prisma.client.$transaction(async (tx) => {
      const { count } = await tx.identity.deleteMany({ where: { id: identityId, userId, tenantId, ...versionCondition(condition) } });
      if (count === 1) await recordAuditEvent(tx, { type: 'identity.unlinked', tenantId, resource: { type: 'identity', id: identityId } });
      return count === 1;
    });
    if (deleted) return 'deleted';
    const found = await this.prisma.client.identity.findFirst({ where: { id: identityId, userId, tenantId }, select: { version: true } });
    return found ? { stale: found.version } : 'not_found';
  }
}
