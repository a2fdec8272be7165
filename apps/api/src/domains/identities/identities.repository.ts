import { Injectable } from '@nestjs/common';
import type { CreateIdentityRequest } from '@access/contract';
import { isForeignKeyViolation, Prisma, PrismaService, violatedUniqueIndex } from '@access/db';
import { ApiException } from '@access/errors';
import { readKeyset, type KeysetFetch, type KeysetList } from '../../platform/pagination/keyset-query';
import { userNotFound } from '../users/users.errors';
import type { IdentityWithProvider } from './identity.mapping';
import type { LinkSource } from './link-source';

const EXTERNAL_ID_UNIQUE_INDEX = 'identities_identity_provider_id_external_id_key';
const USER_PROVIDER_UNIQUE_INDEX = 'identities_user_id_identity_provider_id_key';

const withProvider = { identityProvider: { select: { name: true, type: true } } } as const;

const providerNotFound = () =>
  new ApiException('identity_provider_not_found', {
    errors: [{ detail: 'is not an identity provider of this tenant', pointer: '/identity_provider_id', location: 'body' }],
  });

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
  async link(tenantId: string, userId: string, input: CreateIdentityRequest, source: LinkSource): Promise<IdentityWithProvider> {
    try {
      return await this.prisma.client.identity.create({
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
    } catch (error) {
      throw await this.linkFailure(tenantId, userId, input.identity_provider_id, error);
    }
  }

  /**
   * Names why a link was refused. The unique indexes are global, not per tenant, so a
   * conflict can come from another tenant's provider or user: a missing user or
   * provider is therefore reported first (404, the same as an unknown id), and a 409
   * only when both are this tenant's. Those reads follow the failed write and only
   * choose the message; a row's tenant never changes, so they cannot contradict it.
   */
  private async linkFailure(tenantId: string, userId: string, providerId: string, error: unknown): Promise<unknown> {
    const index = violatedUniqueIndex(error);
    if (index === undefined && !isForeignKeyViolation(error)) return error;
    if (!(await this.userExists(tenantId, userId))) return userNotFound();
    const provider = await this.prisma.client.identityProvider.findUnique({
      where: { tenantId_id: { tenantId, id: providerId } },
      select: { id: true },
    });
    if (!provider) return providerNotFound();
    if (index === EXTERNAL_ID_UNIQUE_INDEX) {
      return new ApiException('identity_already_linked', {
        errors: [{ detail: 'is already linked at this identity provider', pointer: '/external_id', location: 'body' }],
      });
    }
    if (index === USER_PROVIDER_UNIQUE_INDEX) {
      return new ApiException('user_already_linked_to_provider', {
        errors: [{ detail: 'already has an identity of this user', pointer: '/identity_provider_id', location: 'body' }],
      });
    }
    return error;
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

  /** True when the identity was the user's, in this tenant, and is now gone. */
  async delete(tenantId: string, userId: string, identityId: string): Promise<boolean> {
    const { count } = await this.prisma.client.identity.deleteMany({ where: { id: identityId, userId, tenantId } });
    return count === 1;
  }
}
