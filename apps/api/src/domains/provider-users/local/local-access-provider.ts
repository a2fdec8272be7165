import type { CreateProviderUserRequest, ProviderUser, UpdateProviderUserRequest } from '@access/contract';
import type { PrismaService } from '@access/db';
import { plainCursors, readKeysetPage } from '../../../platform/pagination/keyset-page';
import type { AccessProvider, ProviderPageRequest, ProviderUserPage } from '../access-provider';
import { providerId } from '../provider-user-id';
import { providerOrganizationNotFound, providerUserExists, providerUserNotFound } from '../provider-users.errors';
import { LocalProviderRepository, type ProviderUserRow, type ProviderUserWrite } from './local-provider.repository';

function toProviderUser(row: ProviderUserRow): ProviderUser {
  return {
    id: row.id,
    email: row.email,
    ...(row.mobileNumber !== null && { mobileNumber: row.mobileNumber }),
    ...(row.firstName !== null && { firstName: row.firstName }),
    ...(row.lastName !== null && { lastName: row.lastName }),
  };
}

function userOf(result: ProviderUserWrite): ProviderUser {
  if ('user' in result) return toProviderUser(result.user);
  switch (result.refused) {
    case 'email_taken':
      throw providerUserExists();
    case 'not_found':
      throw providerUserNotFound();
  }
}

/**
 * The local provider's own cursors: a membership's position, which the API wraps and signs
 * like any provider's cursor (ProviderCursors). Membership ids are text (`om_…`).
 */
const MEMBER_CURSORS = plainCursors((id) => id.length > 0 && id.length <= 255);

/**
 * The built-in access provider: provider users, organisations and memberships in the
 * service's own PostgreSQL, with WorkOS's id shapes, semantics and errors, so that
 * development and tests without WorkOS behave as production with it.
 */
export class LocalAccessProvider implements AccessProvider {
  readonly kind = 'local' as const;
  private readonly repository: LocalProviderRepository;

  constructor(prisma: PrismaService) {
    this.repository = new LocalProviderRepository(prisma);
  }

  async createUser(input: CreateProviderUserRequest): Promise<ProviderUser> {
    return userOf(
      await this.repository.create({
        id: providerId('user'),
        email: input.email,
        mobileNumber: input.mobileNumber ?? null,
        firstName: input.firstName ?? null,
        lastName: input.lastName ?? null,
      }),
    );
  }

  async getUser(userId: string): Promise<ProviderUser> {
    const row = await this.repository.find(userId);
    if (!row) throw providerUserNotFound();
    return toProviderUser(row);
  }

  async updateUser(userId: string, changes: UpdateProviderUserRequest): Promise<ProviderUser> {
    const { email, mobileNumber, firstName, lastName } = changes;
    return userOf(await this.repository.update(userId, { email, mobileNumber, firstName, lastName }));
  }

  /** The same answer WorkOS gives: a cursor towards the direction of travel when more rows follow, and one back. */
  async listOrganizationUsers(organizationId: string, request: ProviderPageRequest): Promise<ProviderUserPage> {
    if (!(await this.repository.organizationExists(organizationId))) throw providerOrganizationNotFound();
    const page = await readKeysetPage(MEMBER_CURSORS, request, (fetch) => this.repository.members(organizationId, fetch));
    return {
      users: page.rows.map((member) => toProviderUser(member.row)),
      nextCursor: page.nextCursor,
      previousCursor: page.previousCursor,
    };
  }
}
