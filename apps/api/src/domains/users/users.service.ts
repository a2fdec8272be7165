import { Injectable } from '@nestjs/common';
import type { CreateUserRequest, operations, UpdateUserRequest, User, UserList } from '@access/contract';
import { ApiException, type FieldError } from '@access/errors';
import { CursorCodec } from '../../platform/pagination/cursor-codec';
import { keysetPage } from '../../platform/pagination/keyset-page';
import { AVATAR_MAX_BYTES, checkAvatar } from './avatar';
import { normalizeEmail } from './email';
import { PasswordHasher } from './password-hasher';
import { passwordNotAllowed } from './password-rules';
import { toUser } from './user.mapping';
import { userNotFound } from './users.errors';
import { UsersRepository, type UserRecord, type WriteResult } from './users.repository';

export type ListUsersQuery = NonNullable<operations['listUsers']['parameters']['query']>;

// The contract validation guard has filled in the document's defaults.
type CreateUserInput = CreateUserRequest & Required<Pick<CreateUserRequest, 'roles' | 'auth_provider'>>;

/**
 * The tenant-user rules the document cannot state: passwords by auth provider, avatar
 * content, roles of the tenant, the owner's protection. Requests reaching it have
 * passed authentication, the tenant check, the contract and the Cedar policies.
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
    if (input.avatar !== undefined) assertAvatar(input.avatar);
    const local = input.auth_provider === 'local';
    // Also checked with the schema (password-rules.ts); repeated so no path stores a password for a federated user.
    if (!local && input.password !== undefined) throw ApiException.validation([passwordNotAllowed(input.auth_provider)]);
    const passwordHash = local && input.password !== undefined ? await this.passwords.hash(input.password) : null;
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

  async update(tenantId: string, id: string, body: UpdateUserRequest): Promise<User> {
    const existing = await this.users.findById(tenantId, id);
    if (!existing) throw userNotFound();
    if (body.password !== undefined && existing.authProvider !== 'local') {
      throw ApiException.validation([passwordNotAllowed(existing.authProvider)]);
    }
    if (typeof body.avatar === 'string') assertAvatar(body.avatar);
    if (existing.isOwner && body.roles !== undefined && !body.roles.includes('admin')) {
      throw new ApiException('owner_protected', {
        message: 'The tenant owner cannot lose the admin role.',
        errors: [{ detail: 'must include admin for the tenant owner', pointer: '/roles', location: 'body' }],
      });
    }
    const result = await this.users.update(tenantId, id, {
      name: body.name,
      email: body.email === undefined ? undefined : normalizeEmail(body.email),
      avatar: body.avatar,
      roles: body.roles,
      passwordHash: body.password === undefined ? undefined : await this.passwords.hash(body.password),
    });
    return toUser(userOf(result, body.roles ?? []));
  }

  async delete(tenantId: string, id: string): Promise<void> {
    const outcome = await this.users.deleteUnlessOwner(tenantId, id);
    if (outcome === 'not_found') throw userNotFound();
    if (outcome === 'owner') throw new ApiException('owner_protected', { message: 'The tenant owner cannot be deleted.' });
  }
}

/** 400 for an avatar that is not the image it claims to be, 413 for one over 256 KiB. */
function assertAvatar(avatar: string): void {
  const check = checkAvatar(avatar);
  if (check.kind === 'invalid') throw ApiException.validation([{ detail: check.detail, pointer: '/avatar', location: 'body' }]);
  if (check.kind === 'too_large') {
    throw new ApiException('avatar_too_large', {
      details: { maxBytes: AVATAR_MAX_BYTES, bytes: check.bytes },
      errors: [
        { detail: `decodes to ${check.bytes} bytes; at most ${AVATAR_MAX_BYTES} are allowed`, pointer: '/avatar', location: 'body' },
      ],
    });
  }
}

function userOf(result: WriteResult, requestedRoles: string[]): UserRecord {
  if ('user' in result) return result.user;
  switch (result.refused) {
    case 'not_found':
      throw userNotFound();
    case 'email_taken':
      throw new ApiException('user_exists', {
        errors: [{ detail: 'is already taken in this tenant', pointer: '/email', location: 'body' }],
      });
    case 'unknown_roles': {
      const errors: FieldError[] = result.names.map((name) => ({
        detail: `names no role of this tenant: ${name}`,
        pointer: `/roles/${requestedRoles.indexOf(name)}`,
        location: 'body',
      }));
      throw new ApiException('invalid_roles', { errors });
    }
  }
}
