import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, violatedUniqueIndex, isRecordNotFound, type AuthProvider } from '@access/db';
import { versionCondition, type VersionCondition } from '../../platform/conditional/if-match';
import { auditEventCtes, diffFields, recordAuditEvent, redactedChange } from '../../platform/audit/audit-recorder';
import { inKeysetOrder, readKeysetRows, type KeysetFetch, type KeysetList, type KeysetRow } from '../../platform/pagination/keyset-query';

// Everything a User shows, and never the password hash.
const USER_SELECT = {
  id: true,
  tenantId: true,
  email: true,
  name: true,
  authProvider: true,
  isOwner: true,
  avatar: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  userRoles: { select: { role: { select: { name: true } } } },
} satisfies Prisma.TenantUserSelect;

export type UserRecord = Prisma.TenantUserGetPayload<{ select: typeof USER_SELECT }>;

export interface UserFilters {
  /** Exact email, compared case-insensitively (citext). */
  email?: string;
  /** Name of a role the users must hold. */
  role?: string;
}

// A user's role names, for one row `u` of tenant_users.
const ROLE_NAMES = `ARRAY(SELECT r.name FROM user_roles ur JOIN roles r ON r.tenant_id = ur.tenant_id AND r.id = ur.role_id
  WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id)`;

// A user's own fields besides its position (id, created_at), as UserRow names them.
const USER_FIELDS = [
  'u.tenant_id AS tenant_id',
  'u.email AS email',
  'u.name AS name',
  'u.auth_provider::text AS auth_provider',
  'u.is_owner AS is_owner',
  'u.avatar AS avatar',
  'u.updated_at AS updated_at',
  'u.version AS version',
];

// Everything a User shows besides its position, with its role names.
const USER_COLUMNS = [...USER_FIELDS, `${ROLE_NAMES} AS roles`];

/**
 * A tenant's users, filtered, in (created_at, id) order, each row whole with its role names. Unfiltered or by email, over
 * tenant_users' (tenant_id, created_at, id) and (tenant_id, email) indexes; by role, over the
 * role's grants, which carry their holder's created_at: a range scan of (tenant_id, role_id,
 * user_created_at, user_id) whether a million users hold the role or three do.
 */
export function usersList(tenantId: string, filters: UserFilters): KeysetList {
  if (filters.role !== undefined) {
    const where = [
      Prisma.sql`ur.tenant_id = ${tenantId}::uuid`,
      Prisma.sql`ur.role_id = (SELECT r.id FROM roles r WHERE r.tenant_id = ${tenantId}::uuid AND r.name = ${filters.role})`,
    ];
    if (filters.email !== undefined) {
      where.push(
        Prisma.sql`ur.user_id = (SELECT u.id FROM tenant_users u WHERE u.tenant_id = ${tenantId}::uuid AND u.email = ${filters.email}::citext)`,
      );
    }
    // Positions only: joined to tenant_users here, the plan of a page would hang on the planner's
    // guess of how many users hold the role; the rows are read by id after (UsersRepository.page).
    return { from: 'user_roles ur', createdAt: 'ur.user_created_at', id: 'ur.user_id', idType: 'uuid', where };
  }
  const where = [Prisma.sql`u.tenant_id = ${tenantId}::uuid`];
  if (filters.email !== undefined) where.push(Prisma.sql`u.email = ${filters.email}::citext`);
  return { from: 'tenant_users u', createdAt: 'u.created_at', id: 'u.id', idType: 'uuid', columns: USER_COLUMNS, where };
}

interface UserRow {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  auth_provider: AuthProvider;
  is_owner: boolean;
  avatar: string | null;
  /** Named as keyset reads name the position. */
  createdAt: Date;
  updated_at: Date;
  version: number;
  roles: string[];
}

// What USER_SELECT reads, in one statement on the pool under Prisma: getUser's read (and every
// update's first one), where Prisma Client would cost three times the CPU of node-postgres.
const USER_ROWS = `SELECT u.id, u.created_at AS "createdAt", ${USER_COLUMNS.join(', ')} FROM tenant_users u WHERE u.tenant_id = $1::uuid`;
const USER_BY_ID = `${USER_ROWS} AND u.id = $2::uuid`;
const USERS_BY_IDS = `${USER_ROWS} AND u.id = ANY ($2::uuid[])`;

function userRecordOf(row: UserRow): UserRecord {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    email: row.email,
    name: row.name,
    authProvider: row.auth_provider,
    isOwner: row.is_owner,
    avatar: row.avatar,
    createdAt: row.createdAt,
    updatedAt: row.updated_at,
    version: row.version,
    userRoles: row.roles.map((name) => ({ role: { name } })),
  };
}

const EMAIL_INDEX = 'tenant_users_tenant_id_email_key';
const ONE_OWNER_INDEX = 'tenant_users_one_owner_per_tenant_key';

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string | null;
  authProvider: AuthProvider;
  avatar: string | null;
  roles: string[];
}

export interface UserChanges {
  email?: string;
  name?: string;
  passwordHash?: string;
  /** `null` removes the avatar. */
  avatar?: string | null;
  /** Replaces all of the user's roles. */
  roles?: string[];
}

/** A user's fields as its audit events compare them (never the password hash). */
function auditedFields(user: UserRecord) {
  return { email: user.email, name: user.name, avatar: user.avatar, roles: user.userRoles.map((r) => r.role.name).sort() };
}

/** What a write found instead of succeeding; the service words the answer. */
export type WriteRefusal =
  | { refused: 'email_taken' }
  | { refused: 'unknown_roles'; names: string[] }
  | { refused: 'not_found' }
  | { refused: 'stale'; version: number };
export type WriteResult = { user: UserRecord } | WriteRefusal;

/** A refusal found inside a transaction: thrown to roll it back, caught below. */
class Refused extends Error {
  constructor(readonly refusal: WriteRefusal) {
    super(refusal.refused);
  }
}

/**
 * Every database access of tenant users; each method is confined to one tenant by its
 * first argument, so no query can reach another tenant's rows.
 */
@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findById(tenantId: string, id: string): Promise<UserRecord | null> {
    const { rows } = await this.prisma.pool.query<UserRow>(USER_BY_ID, [tenantId, id]);
    const row = rows[0];
    return row ? userRecordOf(row) : null;
  }

  /**
   * Creates the user and their roles in one transaction. The email's uniqueness is the
   * unique index's decision, so concurrent creates cannot both succeed. The tenant's
   * first user becomes its owner; the one-owner index settles a race for that too.
   */
  async create(tenantId: string, user: NewUser): Promise<WriteResult> {
    try {
      return { user: await this.insert(tenantId, user, 'if_first') };
    } catch (error) {
      // Another create made the tenant's first user at the same moment: this one is not the owner.
      if (violatedUniqueIndex(error) === ONE_OWNER_INDEX) return this.createNotOwner(tenantId, user);
      return this.refusalOf(error);
    }
  }

  private async createNotOwner(tenantId: string, user: NewUser): Promise<WriteResult> {
    try {
      return { user: await this.insert(tenantId, user, 'never') };
    } catch (error) {
      return this.refusalOf(error);
    }
  }

  /**
   * One statement, so one atomic write without a transaction to hold open: the user (the owner
   * when `if_first` and the tenant has none), their roles and the user.created event with its
   * webhook deliveries; or nothing, when a role is unknown.
   */
  private async insert(tenantId: string, user: NewUser, owner: 'if_first' | 'never'): Promise<UserRecord> {
    const roles = [...new Set(user.roles)];
    const created = Prisma.sql`
      WITH wanted AS (
        SELECT r.id, r.name FROM roles r WHERE r.tenant_id = ${tenantId}::uuid AND r.name = ANY (${roles}::text[])
      ), known AS (
        SELECT (SELECT count(*) FROM wanted) = ${roles.length} AS all_known
      ), created AS (
        INSERT INTO tenant_users (tenant_id, email, name, password_hash, auth_provider, avatar, is_owner)
        SELECT ${tenantId}::uuid, ${user.email}, ${user.name}, ${user.passwordHash}, ${user.authProvider}::auth_provider, ${user.avatar},
               ${owner === 'if_first'} AND NOT EXISTS (SELECT 1 FROM tenant_users o WHERE o.tenant_id = ${tenantId}::uuid AND o.is_owner)
        FROM known WHERE known.all_known
        RETURNING *
      ), granted AS (
        INSERT INTO user_roles (tenant_id, user_id, role_id) SELECT created.tenant_id, created.id, wanted.id FROM created, wanted
      ), ${auditEventCtes({ type: 'user.created', tenantId, resource: { type: 'user', id: Prisma.sql`created.id::text` } }, Prisma.sql`created`)}
      SELECT u.id, u.created_at AS "createdAt", ${Prisma.raw(USER_FIELDS.join(', '))},
             -- The grants of this statement are not visible to it yet: the roles are those it grants.
             ARRAY(SELECT name FROM wanted) AS roles, (SELECT count(*) FROM jobs) AS queued
      FROM created u`;
    const { rows } = await this.prisma.pool.query<UserRow>(created.text, created.values);
    const row = rows[0];
    if (row) return userRecordOf(row);
    // A role was unknown: roleIds names the ones unknown now (none, if one was created meanwhile).
    await this.roleIds(this.prisma.client, tenantId, roles);
    throw new Refused({ refused: 'unknown_roles', names: [] });
  }

  /**
   * Applies the changes in one transaction; roles, when given, replace the user's roles. The
   * If-Match condition is part of the UPDATE's WHERE, and the version moves with every write.
   */
  async update(tenantId: string, id: string, changes: UserChanges, condition?: VersionCondition): Promise<WriteResult> {
    try {
      const user = await this.prisma.client.$transaction(async (tx) => {
        const { roles, ...fields } = changes;
        const writtenAt = await this.lockForWrite(tx, tenantId, id);
        if (!writtenAt) throw new Refused({ refused: 'not_found' });
        const before = await tx.tenantUser.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } }, select: USER_SELECT });
        // updated_at and the version move even when only the roles change.
        const { count } = await tx.tenantUser.updateMany({
          where: { tenantId, id, ...versionCondition(condition) },
          data: { ...fields, updatedAt: writtenAt, version: { increment: 1 } },
        });
        if (count === 0) throw new Refused({ refused: 'stale', version: await this.versionOf(tx, tenantId, id) });
        if (roles !== undefined) {
          const roleIds = await this.roleIds(tx, tenantId, roles);
          await tx.userRole.deleteMany({ where: { tenantId, userId: id } });
          await tx.userRole.createMany({ data: roleIds.map((roleId) => ({ tenantId, userId: id, roleId })) });
        }
        const after = await tx.tenantUser.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } }, select: USER_SELECT });
        const diff = diffFields(auditedFields(before), auditedFields(after), ['email', 'name', 'avatar', 'roles']);
        if (fields.passwordHash !== undefined) diff.push(redactedChange('password'));
        await recordAuditEvent(tx, { type: 'user.updated', tenantId, resource: { type: 'user', id }, changes: diff });
        return after;
      });
      return { user };
    } catch (error) {
      if (isRecordNotFound(error)) return { refused: 'not_found' };
      return this.refusalOf(error);
    }
  }

  /**
   * Deletes a user who is not the owner (roles and identities go with them: the foreign
   * keys cascade). The owner condition is part of the delete itself.
   */
  async deleteUnlessOwner(
    tenantId: string,
    id: string,
    condition?: VersionCondition,
  ): Promise<'deleted' | 'owner' | 'not_found' | { stale: number }> {
    const deleted = await this.prisma.client.$transaction(async (tx) => {
      const { count } = await tx.tenantUser.deleteMany({ where: { tenantId, id, isOwner: false, ...versionCondition(condition) } });
      if (count === 1) await recordAuditEvent(tx, { type: 'user.deleted', tenantId, resource: { type: 'user', id } });
      return count === 1;
    });
    if (deleted) return 'deleted';
    const exists = await this.prisma.client.tenantUser.findUnique({
      where: { tenantId_id: { tenantId, id } },
      select: { isOwner: true, version: true },
    });
    if (!exists) return 'not_found';
    return exists.isOwner ? 'owner' : { stale: exists.version };
  }

  /** One page of a tenant's users (keysetQuery), loaded with their roles. */
  async page(tenantId: string, filters: UserFilters, fetch: KeysetFetch): Promise<UserRecord[]> {
    const list = usersList(tenantId, filters);
    if (filters.role === undefined) return (await readKeysetRows<UserRow>(this.prisma.pool, list, fetch)).map(userRecordOf);
    const keys = await readKeysetRows<KeysetRow>(this.prisma.pool, list, fetch);
    if (keys.length === 0) return [];
    const { rows } = await this.prisma.pool.query<UserRow>(USERS_BY_IDS, [tenantId, keys.map((key) => key.id)]);
    return inKeysetOrder(keys, rows, (row) => row.id).map((entry) => userRecordOf(entry.row));
  }

  /**
   * Locks the user's row for the rest of the transaction and returns the database's clock
   * once the lock is held: the time of this write. Taken before the lock (or from this
   * process's clock), concurrent updates could commit in one order and carry their times in
   * another, so an answer could show an updated_at later than the one stored. Null when the
   * user is not in the tenant.
   */
  private async lockForWrite(tx: Prisma.TransactionClient, tenantId: string, id: string): Promise<Date | null> {
    // The outer clock_timestamp() is evaluated per row the CTE yields, so after FOR UPDATE got the lock.
    const rows = await tx.$queryRaw<Array<{ at: Date }>>`
      WITH locked AS (SELECT id FROM tenant_users WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE)
      SELECT date_trunc('milliseconds', clock_timestamp()) AS at FROM locked`;
    return rows[0]?.at ?? null;
  }

  private async versionOf(tx: Prisma.TransactionClient, tenantId: string, id: string): Promise<number> {
    const row = await tx.tenantUser.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } }, select: { version: true } });
    return row.version;
  }

  /** The ids of the named roles of the tenant; refuses (rolling back) naming the unknown ones. */
  private async roleIds(tx: Prisma.TransactionClient, tenantId: string, names: string[]): Promise<string[]> {
    const roles = await tx.role.findMany({ where: { tenantId, name: { in: names } }, select: { id: true, name: true } });
    const known = new Map(roles.map((role) => [role.name, role.id]));
    const unknown = names.filter((name) => !known.has(name));
    if (unknown.length > 0) throw new Refused({ refused: 'unknown_roles', names: unknown });
    return names.map((name) => known.get(name) as string);
  }

  private refusalOf(error: unknown): WriteRefusal {
    if (error instanceof Refused) return error.refusal;
    if (violatedUniqueIndex(error) === EMAIL_INDEX) return { refused: 'email_taken' };
    throw error;
  }
}
