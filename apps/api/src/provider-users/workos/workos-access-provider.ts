import { WorkOS, type User } from '@workos-inc/node';
import type { CreateProviderUserRequest, ProviderUser, UpdateProviderUserRequest } from '@access/contract';
import type { ProviderConfig } from '../../config/config';
import type { AccessProvider, ProviderPageRequest, ProviderUserPage } from '../access-provider';
import { deadlineAwareFetch, withDeadline } from './provider-deadline';
import { translateWorkOSError, type WorkOSCall } from './workos-errors';

/** The WorkOS user metadata key that holds the mobile number (WorkOS users have no such field). */
export const MOBILE_NUMBER_METADATA_KEY = 'mobile_number';

const E164 = /^\+[1-9]\d{1,14}$/;

/** Only values our contract can carry: WorkOS may hold empty names or numbers set by other tools. */
function toProviderUser(user: User): ProviderUser {
  const mobileNumber = user.metadata?.[MOBILE_NUMBER_METADATA_KEY];
  return {
    id: user.id,
    email: user.email,
    ...(typeof mobileNumber === 'string' && E164.test(mobileNumber) && { mobileNumber }),
    ...(user.firstName && { firstName: user.firstName }),
    ...(user.lastName && { lastName: user.lastName }),
  };
}

/**
 * The WorkOS User Management API through the official SDK. Organisation users are
 * listed oldest first; a page backwards is asked for as a page *after* the cursor in
 * descending order, because `after` is the one cursor WorkOS and its emulator agree on.
 */
export class WorkOSAccessProvider implements AccessProvider {
  readonly kind = 'workos' as const;
  private readonly workos: WorkOS;

  constructor(private readonly config: ProviderConfig & { workos: NonNullable<ProviderConfig['workos']> }) {
    const { apiKey, hostname, port, https } = config.workos;
    this.workos = new WorkOS(apiKey, {
      apiHostname: hostname,
      port,
      https,
      // Retries of 429/5xx stay few, and each attempt is bounded too.
      maxRetries: config.maxRetries,
      timeout: config.timeoutMs,
      fetchFn: deadlineAwareFetch(),
    });
  }

  createUser(input: CreateProviderUserRequest): Promise<ProviderUser> {
    return this.call({ operation: 'createUser', notFound: 'provider_user_not_found' }, async () =>
      toProviderUser(
        await this.workos.userManagement.createUser({
          email: input.email,
          emailVerified: true,
          firstName: input.firstName,
          lastName: input.lastName,
          metadata: input.mobileNumber === undefined ? undefined : { [MOBILE_NUMBER_METADATA_KEY]: input.mobileNumber },
        }),
      ),
    );
  }

  getUser(userId: string): Promise<ProviderUser> {
    return this.call({ operation: 'getUser', notFound: 'provider_user_not_found' }, async () =>
      toProviderUser(await this.workos.userManagement.getUser(userId)),
    );
  }

  updateUser(userId: string, changes: UpdateProviderUserRequest): Promise<ProviderUser> {
    return this.call({ operation: 'updateUser', notFound: 'provider_user_not_found' }, async () =>
      toProviderUser(
        await this.workos.userManagement.updateUser({
          userId,
          email: changes.email,
          // A directly set email is one the caller vouches for, as on create.
          emailVerified: changes.email === undefined ? undefined : true,
          firstName: changes.firstName,
          lastName: changes.lastName,
          // WorkOS merges metadata keys on update, so other keys are left alone.
          metadata: changes.mobileNumber === undefined ? undefined : { [MOBILE_NUMBER_METADATA_KEY]: changes.mobileNumber },
        }),
      ),
    );
  }

  listOrganizationUsers(organizationId: string, page: ProviderPageRequest): Promise<ProviderUserPage> {
    return this.call({ operation: 'listUsers', notFound: 'provider_organization_not_found' }, async () => {
      const backward = page.before !== undefined;
      const list = await this.workos.userManagement.listUsers({
        organizationId,
        limit: page.limit,
        order: backward ? 'desc' : 'asc',
        after: page.before ?? page.after,
      });
      const users = list.data.map(toProviderUser);
      // WorkOS filters by organisation without checking it exists: an empty page is the
      // one answer that could hide an unknown organisation.
      if (users.length === 0) {
        await this.workos.organizations.getOrganization(organizationId);
        return { users, nextCursor: null, previousCursor: null };
      }
      // list_metadata.after points onwards in the order asked for, .before back to where
      // the request started. Backwards (descending) the two swap roles.
      const onwards = list.listMetadata.after ?? null;
      const back = list.listMetadata.before ?? null;
      return backward
        ? { users: users.reverse(), nextCursor: back, previousCursor: onwards }
        : { users, nextCursor: onwards, previousCursor: back };
    });
  }

  private call<T>(call: WorkOSCall, run: () => Promise<T>): Promise<T> {
    return withDeadline(this.config.timeoutMs, run, (error, observed) => translateWorkOSError(error, call, observed));
  }
}
