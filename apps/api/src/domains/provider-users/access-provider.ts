import type { CreateProviderUserRequest, ProviderUser, UpdateProviderUserRequest } from '@access/contract';
import type { AccessProviderKind } from '../../platform/config/config';

/** Where a page starts: after or before a position the provider itself handed out. */
export interface ProviderPageRequest {
  limit: number;
  after?: string;
  before?: string;
}

/**
 * One page of an organisation's users, oldest first (WorkOS: by when the user was created; the
 * local provider: by when they joined the organisation, the order its index keeps), with the provider's own cursors
 * for the pages on either side (null when there is none). Every provider answers a
 * page the same way, so the API's pagination does not depend on which one runs.
 */
export interface ProviderUserPage {
  users: ProviderUser[];
  nextCursor: string | null;
  previousCursor: string | null;
}

/**
 * The one interface the API talks to, whichever access provider is configured. Every
 * failure is an ApiException of the provider catalogue (404, 409, 422, 429, 503).
 */
export interface AccessProvider {
  readonly kind: AccessProviderKind;
  createUser(input: CreateProviderUserRequest): Promise<ProviderUser>;
  getUser(userId: string): Promise<ProviderUser>;
  updateUser(userId: string, changes: UpdateProviderUserRequest): Promise<ProviderUser>;
  listOrganizationUsers(organizationId: string, page: ProviderPageRequest): Promise<ProviderUserPage>;
}

export const ACCESS_PROVIDER = Symbol('ACCESS_PROVIDER');
