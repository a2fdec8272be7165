import { Injectable } from '@nestjs/common';
import type { CreateUserRequest, operations, UpdateUserRequest, User, UserList } from '@access/contract';
import type { VersionCondition } from '../../platform/conditional/if-match';
import { preconditionFailed } from '../../platform/conditional/preconditions';
import { CursorCodec } from '../../platform/pagination/cursor-codec';
import { keysetPage } from '../../platform/pagination/keyset-page';
import { normalizeEmail } from './email';
import { PasswordHasher } from './password-hasher';
import { toUser } from './user.mapping';
import { AVATAR_MAX_BYTES, avatarBytes, mayHavePassword, ownerKeepsAdmin } from './user-rules';
import {
  avatarTooLarge,
  invalidRoles,
  ownerCannotBeDeleted,
  ownerMustKeepAdmin,
  passwordNotAllowedFor,
  userExists,
  userNotFound,
} from './users.errors';
import { UsersRepository, type UserRecord, type WriteResult } from './users.repository';

export type ListUsersQuery = NonNullable<operations['listUsers']['parameters']['query']>;

// The contract validation guard has filled in the document's defaults.
type CreateUserInput = CreateUserRequest & Required<Pick<CreateUserRequest, 'roles' | 'auth_provider'>>;

/**
 * Tenant users. Requests reaching it have passed authentication, the tenant check, the
 * contract with the body rules of user-rules.ts, and the Cedar policies; what is left are the
 * rules that need stored data (user-rules.ts too): the owner's protection, the tenant's roles,
 * a stored user's auth provider, and the avatar's size.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly cursors: CursorCodec,
  ) {}

  async create(tenantId: string, body: CreateUserRequest): Promise<User> {
    const input = body as CreateUserInput;
    if (input.avatar !== undefined) assertAvatarSize(input.avatar);
    // Only a local user's password is ever hashed and stored (@BodyRules refused one for the others).
    const passwordHash =
      mayHavePassword(input.auth_provider) && input.password !== undefined ? await this.passwords.hash(input.password) : null;
    const result = await this.users.create(tenantId, {
      email: normalizeEmail(input.email),
      name: input.name,
      passwordHash,
      authProvider: input.auth_provider,
      avatar: input.avatar ?? null,
      roles: input.roles,
    });
    return toUser(userOf(result, input.roles));
  }

  async list(tenantId: string, query: ListUsersQuery): Promise<UserList> {
    const filters = { email: query.email === undefined ? undefined : normalizeEmail(query.email), role: query.role };
    // A cursor is good only for the list it came from: this tenant, these filters (emails compare case-insensitively).
    const scope = `users:${JSON.stringify([tenantId, filters.email?.toLowerCase() ?? null, filters.role ?? null])}`;
    const page = await keysetPage(this.cursors, scope, query, (fetch) => this.users.page(tenantId, filters, fetch));
    return { data: page.data.map(toUser), pagination: page.pagination };
  }

  async get(tenantId: string, id: string): Promise<User> {
    const user = await this.users.findById(tenantId, id);
    if (!user) throw userNotFound();
    return toUser(user);
  }

  async update(tenantId: string, id: string, body: UpdateUserRequest, condition?: VersionCondition): Promise<User> {
    const existing = await this.users.findById(tenantId, id);
    if (!existing) throw userNotFound();
    if (body.password !== undefined && !mayHavePassword(existing.authProvider)) throw passwordNotAllowedFor(existing.authProvider);
    if (typeof body.avatar === 'string') assertAvatarSize(body.avatar);
    if (!ownerKeepsAdmin(existing.isOwner, body.roles)) throw ownerMustKeepAdmin();
    const result = await this.users.update(
      tenantId,
      id,
      {
        name: body.name,
        email: body.email === undefined ? undefined : normalizeEmail(body.email),
        avatar: body.avatar,
        roles: body.roles,
        passwordHash: body.password === undefined ? undefined : await this.passwords.hash(body.password),
      },
      condition,
    );
    return toUser(userOf(result, body.roles ?? []));
  }

  async delete(tenantId: string, id: string, condition?: VersionCondition): Promise<void> {
    const outcome = await this.users.deleteUnlessOwner(tenantId, id, condition);
    if (outcome === 'not_found') throw userNotFound();
    if (outcome === 'owner') throw ownerCannotBeDeleted();
    if (typeof outcome === 'object') throw preconditionFailed(outcome.stale);
  }
}

/** 413 for an avatar (already found to be an image) over 256 KiB. */
function assertAvatarSize(avatar: string): void {
  const bytes = avatarBytes(avatar);
  if (bytes > AVATAR_MAX_BYTES) throw avatarTooLarge(bytes);
}

function userOf(result: WriteResult, requestedRoles: string[]): UserRecord {
  if ('user' in result) return result.user;
  switch (result.refused) {
    case 'not_found':
      throw userNotFound();
    case 'email_taken':
      throw userExists();
    case 'unknown_roles':
      throw invalidRoles(result.names, requestedRoles);
    case 'stale':
      throw preconditionFailed(result.version);
  }
}
