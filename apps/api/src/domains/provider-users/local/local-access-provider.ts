import type { CreateProviderUserRequest, ProviderUser, UpdateProviderUserRequest } from '@access/contract';
import { isRecordNotFound, type PrismaService, violatedUniqueIndex } from '@access/db';
import { ApiException } from '@access/errors';
import type { AccessProvider, ProviderPageRequest, ProviderUserPage } from '../access-provider';
import { providerId } from '../provider-user-id';
import { decodePosition, encodePosition, type Position } from './position';

interface ProviderUserRow {
  id: string;
  email: string;
  mobileNumber: string | null;
  firstName: string | null;
  lastName: string | null;
  createdAt: Date;
}

function toProviderUser(row: ProviderUserRow): ProviderUser {
  return {
    id: row.id,
    email: row.email,
    ...(row.mobileNumber !== null && { mobileNumber: row.mobileNumber }),
    ...(row.firstName !== null && { firstName: row.firstName }),
    ...(row.lastName !== null && { lastName: row.lastName }),
  };
}

function translateWriteError(error: unknown): never {
  // The unique index on email decides, never a read before the write.
  if (violatedUniqueIndex(error)) {
    throw new ApiException('provider_user_exists', {
      errors: [{ detail: 'is already taken', pointer: '/email', location: 'body' }],
      cause: error,
    });
  }
  if (isRecordNotFound(error)) throw new ApiException('provider_user_not_found', { cause: error });
  throw error;
}

/**
 * The built-in access provider: provider users, organisations and memberships in the
 * service's own PostgreSQL, with WorkOS's id shapes, semantics and errors, so that
 * development and tests without WorkOS behave as production with it.
 */
export class LocalAccessProvider implements AccessProvider {
  readonly kind = 'local' as const;

  constructor(private readonly prisma: PrismaService) {}

  async createUser(input: CreateProviderUserRequest): Promise<ProviderUser> {
    try {
      const row = await this.prisma.client.providerUser.create({
        data: {
          id: providerId('user'),
          email: input.email,
          mobileNumber: input.mobileNumber ?? null,
          firstName: input.firstName ?? null,
          lastName: input.lastName ?? null,
          // As the WorkOS provider does: the caller vouches for the address.
          emailVerified: true,
        },
      });
      return toProviderUser(row);
    } catch (error) {
      translateWriteError(error);
    }
  }

  async getUser(userId: string): Promise<ProviderUser> {
    const row = await this.prisma.client.providerUser.findUnique({ where: { id: userId } });
    if (!row) throw new ApiException('provider_user_not_found');
    return toProviderUser(row);
  }

  async updateUser(userId: string, changes: UpdateProviderUserRequest): Promise<ProviderUser> {
    try {
      const row = await this.prisma.client.providerUser.update({
        where: { id: userId },
        data: {
          ...(changes.email !== undefined && { email: changes.email, emailVerified: true }),
          ...(changes.mobileNumber !== undefined && { mobileNumber: changes.mobileNumber }),
          ...(changes.firstName !== undefined && { firstName: changes.firstName }),
          ...(changes.lastName !== undefined && { lastName: changes.lastName }),
        },
      });
      return toProviderUser(row);
    } catch (error) {
      translateWriteError(error);
    }
  }

  async listOrganizationUsers(organizationId: string, page: ProviderPageRequest): Promise<ProviderUserPage> {
    const organization = await this.prisma.client.providerOrganization.findUnique({ where: { id: organizationId }, select: { id: true } });
    if (!organization) throw new ApiException('provider_organization_not_found');

    const backward = page.before !== undefined;
    const cursor = page.before ?? page.after;
    const from = cursor === undefined ? undefined : decodePosition(cursor, backward ? 'before' : 'after');
    const rows = await this.fetch(organizationId, from, backward, page.limit + 1);
    const more = rows.length > page.limit;
    const users = rows.slice(0, page.limit);
    if (backward) users.reverse();
    const [head, tail] = [users[0], users[users.length - 1]];
    if (head === undefined || tail === undefined) return { users: [], nextCursor: null, previousCursor: null };

    // The same answer WorkOS gives: a cursor towards the direction of travel when more
    // rows follow, and one back towards where the request started from.
    const first = encodePosition(head);
    const last = encodePosition(tail);
    return {
      users: users.map(toProviderUser),
      nextCursor: backward || more ? last : null,
      previousCursor: backward ? (more ? first : null) : from ? first : null,
    };
  }

  /** Users of the organisation strictly after (or before) a position in (created_at, id) order. */
  private fetch(organizationId: string, from: Position | undefined, backward: boolean, take: number): Promise<ProviderUserRow[]> {
    const beyond = <T>(value: T) => (backward ? { lt: value } : { gt: value });
    return this.prisma.client.providerUser.findMany({
      where: {
        memberships: { some: { organizationId } },
        ...(from && {
          OR: [{ createdAt: beyond(from.createdAt) }, { createdAt: from.createdAt, id: beyond(from.id) }],
        }),
      },
      orderBy: backward ? [{ createdAt: 'desc' }, { id: 'desc' }] : [{ createdAt: 'asc' }, { id: 'asc' }],
      take,
    });
  }
}
