import { isRecordNotFound, Prisma, type PrismaService, violatedUniqueIndex } from '@access/db';
import { providerUserChanges } from '../provider-user-audit';
import { recordAuditEvent } from '../../../platform/audit/audit-recorder';
import { readKeyset, type KeysetFetch, type KeysetList, type KeysetRow } from '../../../platform/pagination/keyset-query';

export interface ProviderUserRow {
  id: string;
  email: string;
  mobileNumber: string | null;
  firstName: string | null;
  lastName: string | null;
  createdAt: Date;
}

export interface NewProviderUser {
  id: string;
  email: string;
  mobileNumber: string | null;
  firstName: string | null;
  lastName: string | null;
}

export interface ProviderUserChanges {
  email?: string;
  mobileNumber?: string;
  firstName?: string;
  lastName?: string;
}

/** What a write found instead of succeeding; the provider words the answer. */
export type ProviderUserWrite = { user: ProviderUserRow } | { refused: 'email_taken' } | { refused: 'not_found' };

/** A member of an organisation at its place in the list: the membership's position, the user's row. */
export type OrganizationMember = KeysetRow & { userId: string; row: ProviderUserRow };

/** The local provider's users, organisations and memberships in the service's own PostgreSQL. */
export class LocalProviderRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The unique index on email decides, never a read before the write. */
  async create(user: NewProviderUser): Promise<ProviderUserWrite> {
    try {
      // As the WorkOS provider does: the caller vouches for the address.
      return await this.prisma.client.$transaction(async (tx) => {
        const created = await tx.providerUser.create({ data: { ...user, emailVerified: true } });
        await recordAuditEvent(tx, { type: 'provider_user.created', tenantId: null, resource: { type: 'provider_user', id: created.id } });
        return { user: created };
      });
    } catch (error) {
      return refusalOf(error);
    }
  }

  find(id: string): Promise<ProviderUserRow | null> {
    return this.prisma.client.providerUser.findUnique({ where: { id } });
  }

  async update(id: string, changes: ProviderUserChanges): Promise<ProviderUserWrite> {
    try {
      const data = { ...changes, ...(changes.email !== undefined && { emailVerified: true }) };
      return await this.prisma.client.$transaction(async (tx): Promise<ProviderUserWrite> => {
        const before = await tx.providerUser.findUnique({ where: { id } });
        if (!before) return { refused: 'not_found' };
        const user = await tx.providerUser.update({ where: { id }, data });
        const changes = providerUserChanges(before, user);
        await recordAuditEvent(tx, { type: 'provider_user.updated', tenantId: null, resource: { type: 'provider_user', id }, changes });
        return { user };
      });
    } catch (error) {
      return refusalOf(error);
    }
  }

  async organizationExists(id: string): Promise<boolean> {
    return (await this.prisma.client.providerOrganization.findUnique({ where: { id }, select: { id: true } })) !== null;
  }

  /**
   * One page of an organisation's members (keysetQuery over the memberships' (organization_id,
   * created_at, id) index: members in the order they joined), with their users.
   */
  members(organizationId: string, fetch: KeysetFetch): Promise<OrganizationMember[]> {
    const list: KeysetList = {
      from: 'provider_memberships m',
      createdAt: 'm.created_at',
      id: 'm.id',
      idType: 'text',
      columns: ['m.user_id AS "userId"'],
      where: [Prisma.sql`m.organization_id = ${organizationId}`],
    };
    return readKeyset<ProviderUserRow, KeysetRow & { userId: string }>(this.prisma.client, list, fetch, {
      rows: (keys) => this.prisma.client.providerUser.findMany({ where: { id: { in: keys.map((k) => k.userId) } } }),
      rowRef: (row) => row.id,
      keyRef: (key) => key.userId,
    });
  }
}

function refusalOf(error: unknown): ProviderUserWrite {
  if (violatedUniqueIndex(error)) return { refused: 'email_taken' };
  if (isRecordNotFound(error)) return { refused: 'not_found' };
  throw error;
}
