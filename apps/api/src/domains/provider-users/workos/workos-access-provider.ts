import { WorkOS, type User } from '@workos-inc/node';
import type { CreateProviderUserRequest, ProviderUser, UpdateProviderUserRequest } from '@access/contract';
import type { ErrorLocation } from '@access/errors';
import type { ProviderConfig } from '../../../platform/config/config';
import type { AccessProvider, ProviderPageRequest, ProviderUserPage } from '../access-provider';
import { providerOrganizationNotFound, providerUserNotFound } from '../provider-users.errors';
import { providerFetch, withinDeadline, type ProviderCall } from './provider-call';
import { translateWorkOSError, type WorkOSRequest } from './workos-errors';
import { MOBILE_NUMBER_METADATA_KEY, toProviderUser } from './workos-user.mapping';

/** WorkOS's largest page. */
const WORKOS_MAX_LIMIT = 100;

const at = (location: ErrorLocation) => (pointer: string) => ({ pointer, location });
const [body, path, query] = [at('body'), at('path'), at('query')];

const WRITTEN_FIELDS = {
  email: body('/email'),
  first_name: body('/firstName'),
  last_name: body('/lastName'),
  metadata: body('/mobileNumber'),
};

/** A read names its resource by one path parameter, which is where any refusal of it points. */
const read = (operation: string, notFound: WorkOSRequest['notFound'], parameter: string): WorkOSRequest => ({
  operation,
  notFound,
  fields: { id: path(parameter) },
  unnamed: path(parameter),
});
const READ_USER = read('getUser', providerUserNotFound, '/userId');
const READ_ORGANIZATION = read('getOrganization', providerOrganizationNotFound, '/organizationId');
const CREATE_USER: WorkOSRequest = {
  operation: 'createUser',
  notFound: providerUserNotFound,
  fields: WRITTEN_FIELDS,
  unnamed: body(''),
};
const UPDATE_USER: WorkOSRequest = { ...CREATE_USER, operation: 'updateUser', fields: { ...WRITTEN_FIELDS, id: path('/userId') } };

/** Listing users: WorkOS's `after` is the caller's `after`, or their `before` when paging back. */
function listUsersRequest(cursorParameter: 'before' | 'after'): WorkOSRequest {
  return {
    operation: 'listUsers',
    notFound: providerOrganizationNotFound,
    fields: {
      organization_id: path('/organizationId'),
      organization: path('/organizationId'),
      after: query(`/${cursorParameter}`),
      limit: query('/limit'),
    },
    unnamed: path('/organizationId'),
    // Live WorkOS answers an organisation filter naming no organisation with 422 "Organization not found: 'org_…'.".
    notFoundMessage: /^organization not found/i,
  };
}

/**
 * The WorkOS User Management API through the official SDK, bounded by one deadline and
 * retry policy per operation (ProviderCall). The SDK's own retries are off: its backoff
 * does not know our deadline.
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
      maxRetries: 0,
      timeout: config.timeoutMs,
      fetchFn: providerFetch(),
    });
  }

  createUser(input: CreateProviderUserRequest): Promise<ProviderUser> {
    return this.call(async (call) => {
      const user = await this.send(call, CREATE_USER, () =>
        this.workos.userManagement.createUser({
          email: input.email,
          emailVerified: true,
          firstName: input.firstName,
          lastName: input.lastName,
          metadata: input.mobileNumber === undefined ? undefined : { [MOBILE_NUMBER_METADATA_KEY]: input.mobileNumber },
        }),
      );
      return toProviderUser(user);
    });
  }

  getUser(userId: string): Promise<ProviderUser> {
    return this.call(async (call) => toProviderUser(await this.send(call, READ_USER, () => this.workos.userManagement.getUser(userId))));
  }

  /**
   * A new mobile number is written into the user's whole metadata as read just before:
   * WorkOS documents no merge of `metadata` on update, so sending only our key could drop
   * the keys other tools keep there.
   */
  updateUser(userId: string, changes: UpdateProviderUserRequest): Promise<ProviderUser> {
    return this.call(async (call) => {
      const metadata =
        changes.mobileNumber === undefined
          ? undefined
          : {
              ...(await this.send(call, READ_USER, () => this.workos.userManagement.getUser(userId))).metadata,
              [MOBILE_NUMBER_METADATA_KEY]: changes.mobileNumber,
            };
      const user = await this.send(call, UPDATE_USER, () =>
        this.workos.userManagement.updateUser({
          userId,
          email: changes.email,
          // A directly set email is one the caller vouches for, as on create.
          emailVerified: changes.email === undefined ? undefined : true,
          firstName: changes.firstName,
          lastName: changes.lastName,
          metadata,
        }),
      );
      return toProviderUser(user);
    });
  }

  /**
   * Organisation users oldest first. A page backwards is asked for as a page *after* the
   * cursor in descending order, because `after` is the one cursor WorkOS and its emulator
   * agree on. Whether more users lie beyond a page is found out, not read from
   * `list_metadata`, whose cursors at the ends of a list WorkOS answers in more than one
   * shape (both set, both null): one user more than the page is asked for, or, for a full
   * page of WorkOS's largest size, one more request of one user. The cursors handed out are
   * the ids of the page's first and last users, which is what WorkOS's cursors are.
   */
  listOrganizationUsers(organizationId: string, page: ProviderPageRequest): Promise<ProviderUserPage> {
    const backward = page.before !== undefined;
    const cursor = page.before ?? page.after;
    const request = listUsersRequest(backward ? 'before' : 'after');
    const order = backward ? 'desc' : 'asc';
    const list = (limit: number, after: string | undefined, call: ProviderCall) =>
      this.send(call, request, async () => (await this.workos.userManagement.listUsers({ organizationId, limit, order, after })).data);

    return this.call(async (call) => {
      const asked = Math.min(page.limit + 1, WORKOS_MAX_LIMIT);
      const found = await list(asked, cursor, call);
      const users: User[] = found.slice(0, page.limit);
      const last = users[users.length - 1];
      const more =
        found.length > page.limit ||
        (found.length === asked && asked === page.limit && last !== undefined && (await list(1, last.id, call)).length > 0);
      if (users.length === 0) {
        // WorkOS's emulator filters by organisation without checking it exists: an empty page is the one answer that could hide an unknown one.
        await this.send(call, READ_ORGANIZATION, () => this.workos.organizations.getOrganization(organizationId));
        return { users: [], nextCursor: null, previousCursor: null };
      }
      if (backward) users.reverse();
      const [first, newest] = [users[0], users[users.length - 1]] as [User, User];
      return {
        users: users.map(toProviderUser),
        nextCursor: backward || more ? newest.id : null,
        previousCursor: backward ? (more ? first.id : null) : cursor !== undefined ? first.id : null,
      };
    });
  }

  private call<T>(operation: (call: ProviderCall) => Promise<T>): Promise<T> {
    return withinDeadline(this.config, operation);
  }

  private send<T>(call: ProviderCall, request: WorkOSRequest, run: () => Promise<T>): Promise<T> {
    return call.send(run, (error, answer) => translateWorkOSError(error, answer, request));
  }
}
