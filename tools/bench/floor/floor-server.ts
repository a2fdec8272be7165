/**
 * The floor of the throughput benchmark: what a hand-written server needs to do the work of the
 * benchmarked operations, and nothing else. node:http and pg, no framework, no schema
 * validation, no policy engine, no logging; on the API's own database and with the API's
 * credentials, so both answer the same requests with the same JSON:
 *
 * - getUser: verify the HS256 token (jose, the key imported once) or look the API key up by
 *   its prefix and compare its SHA-256; check X-Tenant-ID against the credential; read the
 *   caller's roles, owner flag and the tenant's suspension in one statement; read the user with
 *   its role names in another; write the JSON with its ETag.
 * - listUsers?limit=N: the same credential work, then one keyset page (limit + 1 rows of the
 *   (tenant_id, created_at, id) index, each with its role names) and the signed next cursor.
 * - createUser: the credential work, the body's checks, then in one transaction the user, its
 *   roles and its audit event; argon2id at the API's parameters for `local`.
 *
 * It runs straight from this file on Node 24 (type stripping), without the workspace's build:
 *   DATABASE_URL=… AUTH_JWT_SECRET=… AUTH_JWT_ISSUER=… AUTH_JWT_AUDIENCE=… \
 *   PAGINATION_CURSOR_SECRET=… PORT=… node tools/bench/floor/floor-server.ts
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { Algorithm, hash } from '@node-rs/argon2';
import { jwtVerify } from 'jose';
import pg from 'pg';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const pool = new pg.Pool({ connectionString: env('DATABASE_URL'), max: Number(process.env['DATABASE_POOL_MAX'] ?? 10) });
const jwtKey = crypto.subtle.importKey('raw', Buffer.from(env('AUTH_JWT_SECRET')), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
const jwtOptions = {
  issuer: env('AUTH_JWT_ISSUER'),
  audience: env('AUTH_JWT_AUDIENCE'),
  algorithms: ['HS256'],
  requiredClaims: ['exp', 'sub'],
};
const cursorSecret = env('PAGINATION_CURSOR_SECRET');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const API_KEY = /^(ak_[is]_[a-z2-7]{12})_[A-Za-z0-9_-]{43}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Caller {
  tenantId: string;
  /** The person's roles and owner flag; null for an API key. */
  roles: string[] | null;
  isOwner: boolean;
}

// Plain fields, not parameter properties: Node strips types but does not compile TypeScript.
class Refusal extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string) {
    super(code);
    this.status = status;
    this.code = code;
  }
}

async function authenticate(request: http.IncomingMessage): Promise<Caller> {
  const tenantHeader = request.headers['x-tenant-id'];
  if (typeof tenantHeader !== 'string' || !UUID.test(tenantHeader)) throw new Refusal(400, 'validation_failed');
  const tenantId = tenantHeader.toLowerCase();
  const apiKey = request.headers['x-api-key'];
  const authorization = request.headers['authorization'];
  if (apiKey !== undefined && authorization !== undefined) throw new Refusal(400, 'conflicting_credentials');

  if (typeof apiKey === 'string') {
    const prefix = API_KEY.exec(apiKey)?.[1];
    if (prefix === undefined) throw new Refusal(401, 'unauthenticated');
    const { rows } = await pool.query<{ hash: string; tenant_id: string; usable: boolean; suspended: boolean }>(
      `SELECT k.key_hash AS hash, k.tenant_id, (k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())) AS usable,
              t.suspended_at IS NOT NULL AS suspended
       FROM api_keys k JOIN tenants t ON t.id = k.tenant_id WHERE k.lookup_prefix = $1`,
      [prefix],
    );
    const key = rows[0];
    const presented = createHash('sha256').update(apiKey).digest();
    if (!key || !key.usable || !timingSafeEqual(presented, Buffer.from(key.hash, 'hex'))) throw new Refusal(401, 'unauthenticated');
    if (key.tenant_id !== tenantId) throw new Refusal(403, 'tenant_mismatch');
    if (key.suspended) throw new Refusal(403, 'tenant_suspended');
    return { tenantId, roles: null, isOwner: false };
  }

  if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) throw new Refusal(401, 'unauthenticated');
  let claims;
  try {
    ({ payload: claims } = await jwtVerify(authorization.slice(7), await jwtKey, jwtOptions));
  } catch {
    throw new Refusal(401, 'unauthenticated');
  }
  if (claims['token_use'] !== undefined && claims['token_use'] !== 'user') throw new Refusal(403, 'tenant_mismatch');
  const tokenTenant = claims['tid'];
  if (typeof tokenTenant !== 'string' || tokenTenant.toLowerCase() !== tenantId) throw new Refusal(403, 'tenant_mismatch');
  if (typeof claims.sub !== 'string' || !UUID.test(claims.sub)) throw new Refusal(401, 'unauthenticated');
  const { rows } = await pool.query<{ is_owner: boolean; suspended: boolean; roles: string[] }>(
    `SELECT u.is_owner, t.suspended_at IS NOT NULL AS suspended,
            ARRAY(SELECT r.name FROM user_roles ur JOIN roles r ON r.tenant_id = ur.tenant_id AND r.id = ur.role_id
                  WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id) AS roles
     FROM tenant_users u JOIN tenants t ON t.id = u.tenant_id WHERE u.tenant_id = $1 AND u.id = $2`,
    [tenantId, claims.sub],
  );
  const caller = rows[0];
  if (!caller) throw new Refusal(401, 'unauthenticated');
  if (caller.suspended) throw new Refusal(403, 'tenant_suspended');
  return { tenantId, roles: caller.roles, isOwner: caller.is_owner };
}

/** The rules of tenant-users.cedar the benchmarked operations meet: members read, admins and the owner write. */
function mayRead(caller: Caller): boolean {
  return caller.roles === null || caller.isOwner || caller.roles.includes('admin') || caller.roles.includes('member');
}
function mayWrite(caller: Caller): boolean {
  return caller.roles === null || caller.isOwner || caller.roles.includes('admin');
}

interface UserRow {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  auth_provider: string;
  is_owner: boolean;
  avatar: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  roles: string[];
}

const USER_COLUMNS = `u.id, u.tenant_id, u.email, u.name, u.auth_provider::text AS auth_provider, u.is_owner, u.avatar,
  u.created_at, u.updated_at, u.version,
  ARRAY(SELECT r.name FROM user_roles ur JOIN roles r ON r.tenant_id = ur.tenant_id AND r.id = ur.role_id
        WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id ORDER BY r.name) AS roles`;

const toUser = (row: UserRow) => ({
  id: row.id,
  tenant_id: row.tenant_id,
  email: row.email,
  name: row.name,
  roles: row.roles,
  auth_provider: row.auth_provider,
  is_owner: row.is_owner,
  avatar: row.avatar,
  created_at: row.created_at.toISOString(),
  updated_at: row.updated_at.toISOString(),
});

function cursor(scope: string, row: UserRow): string {
  const body = Buffer.from(JSON.stringify({ t: row.created_at.toISOString(), i: row.id })).toString('base64url');
  return `${body}.${createHmac('sha256', cursorSecret).update(scope).update('\0').update(body).digest('base64url')}`;
}

async function getUser(caller: Caller, id: string): Promise<[number, unknown, Record<string, string>?]> {
  if (!mayRead(caller)) throw new Refusal(403, 'forbidden');
  if (!UUID.test(id)) throw new Refusal(400, 'validation_failed');
  const { rows } = await pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM tenant_users u WHERE u.tenant_id = $1 AND u.id = $2`, [
    caller.tenantId,
    id,
  ]);
  const row = rows[0];
  if (!row) throw new Refusal(404, 'user_not_found');
  return [200, toUser(row), { etag: `"${row.version}"` }];
}

async function listUsers(caller: Caller, query: URLSearchParams): Promise<[number, unknown]> {
  if (!mayRead(caller)) throw new Refusal(403, 'forbidden');
  const limit = Number(query.get('limit') ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new Refusal(400, 'validation_failed');
  const { rows } = await pool.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM tenant_users u WHERE u.tenant_id = $1 ORDER BY u.created_at, u.id LIMIT $2`,
    [caller.tenantId, limit + 1],
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next = rows.length > limit && last ? cursor(`users:${JSON.stringify([caller.tenantId, null, null])}`, last) : null;
  return [
    200,
    { data: page.map(toUser), pagination: { hasNextPage: next !== null, hasPreviousPage: false, nextCursor: next, previousCursor: null } },
  ];
}

async function createUser(caller: Caller, body: unknown): Promise<[number, unknown, Record<string, string>?]> {
  const fields = body as { email?: unknown; name?: unknown; auth_provider?: unknown; password?: unknown; roles?: unknown };
  const roles = fields.roles ?? [];
  if (
    typeof fields.email !== 'string' ||
    !EMAIL.test(fields.email) ||
    typeof fields.name !== 'string' ||
    (fields.auth_provider !== 'oidc' && fields.auth_provider !== 'local') ||
    (fields.auth_provider === 'local') !== (typeof fields.password === 'string') ||
    !Array.isArray(roles)
  ) {
    throw new Refusal(400, 'validation_failed');
  }
  if (!mayWrite(caller)) throw new Refusal(403, 'forbidden');
  const passwordHash =
    typeof fields.password === 'string'
      ? await hash(fields.password, { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 })
      : null;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO tenant_users (tenant_id, email, name, auth_provider, password_hash, updated_at)
       VALUES ($1, $2, $3, $4::auth_provider, $5, now()) RETURNING id`,
      [caller.tenantId, fields.email.toLowerCase(), fields.name, fields.auth_provider, passwordHash],
    );
    const id = rows[0]?.id ?? '';
    const granted = await client.query(
      `INSERT INTO user_roles (tenant_id, user_id, role_id)
       SELECT $1, $2, r.id FROM roles r WHERE r.tenant_id = $1 AND r.name = ANY($3::text[])`,
      [caller.tenantId, id, roles],
    );
    if (granted.rowCount !== roles.length) throw new Refusal(422, 'unknown_roles');
    await client.query(
      `INSERT INTO audit_events (tenant_id, type, actor_kind, actor_id, resource_type, resource_id, changes)
       VALUES ($1, 'user.created', 'user', $2, 'user', $3, '[]')`,
      [caller.tenantId, caller.roles === null ? 'api-key' : 'caller', id],
    );
    const created = await client.query<UserRow>(`SELECT ${USER_COLUMNS} FROM tenant_users u WHERE u.tenant_id = $1 AND u.id = $2`, [
      caller.tenantId,
      id,
    ]);
    await client.query('COMMIT');
    const row = created.rows[0] as UserRow;
    return [201, toUser(row), { location: `/v1/users/${row.id}`, etag: `"${row.version}"` }];
  } catch (error) {
    await client.query('ROLLBACK');
    if ((error as { code?: string }).code === '23505') throw new Refusal(409, 'user_exists');
    throw error;
  } finally {
    client.release();
  }
}

function readBody(request: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new Refusal(400, 'malformed_json'));
      }
    });
    request.on('error', reject);
  });
}

async function answer(request: http.IncomingMessage): Promise<[number, unknown, Record<string, string>?]> {
  const url = new URL(request.url ?? '/', 'http://floor');
  if (url.pathname === '/readyz') return [200, { status: 'ready' }];
  if (url.pathname === '/v1/users' && request.method === 'POST') {
    const body = await readBody(request);
    return createUser(await authenticate(request), body);
  }
  if (request.method !== 'GET') throw new Refusal(405, 'method_not_allowed');
  if (url.pathname === '/v1/users') return listUsers(await authenticate(request), url.searchParams);
  if (url.pathname.startsWith('/v1/users/')) return getUser(await authenticate(request), url.pathname.slice('/v1/users/'.length));
  throw new Refusal(404, 'route_not_found');
}

const server = http.createServer((request, response) => {
  const requestId = randomUUID();
  answer(request).then(
    ([status, body, headers]) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestId, ...headers });
      response.end(JSON.stringify(body));
    },
    (error: unknown) => {
      const status = error instanceof Refusal ? error.status : 500;
      if (status === 500) console.error(error);
      const code = error instanceof Refusal ? error.code : 'internal_error';
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestId });
      response.end(JSON.stringify({ error: { code, message: code, request_id: requestId } }));
    },
  );
});

server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1');
// Nothing to drain: the benchmark stops the floor when it is done with it.
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
