import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for WorkOS built from WorkOS's API reference (User Management users create,
 * get, update with PUT, list; organizations get; errors; pagination), not from this
 * project's code nor from WorkOS's emulator, which differs from live WorkOS where it
 * matters here:
 *
 * - a taken email is 400 `user_creation_error` with an `email_not_available` entry on
 *   create, and 400 `email_not_available` with no `errors` on update (the emulator: 409,
 *   and it ignores email changes);
 * - listing users by an organisation that does not exist is 422 "Organization not found"
 *   (the emulator: an empty list);
 * - `metadata` given on update replaces the user's metadata (no merge is documented);
 * - a POST with an `Idempotency-Key` is answered, for 24 hours, with the response of the first
 *   request that carried that key ("each subsequent request matching a previous one's
 *   idempotency key will return the same response", WorkOS API reference, Idempotency);
 * - any user WorkOS can hold can be seeded, including what other tools write (long names,
 *   control characters, internationalised emails), and `list_metadata` can be answered in
 *   each shape seen from WorkOS (`documented`, or both cursors `set` or `null` at the ends).
 */
export interface WireUser {
  object: 'user';
  id: string;
  email: string;
  email_verified: boolean;
  first_name: string | null;
  last_name: string | null;
  profile_picture_url: string | null;
  last_sign_in_at: string | null;
  external_id: string | null;
  locale: string | null;
  metadata: Record<string, string>;
  created_at: string;
  updated_at: string;
}

export type ListMetadataStyle = 'documented' | 'both-set' | 'both-null';

export interface WorkOSDouble {
  port: number;
  apiKey: string;
  /** How `list_metadata` is answered from now on. */
  listMetadataStyle: ListMetadataStyle;
  /** Stores a user as if another tool had written it, bypassing every rule of the API. */
  seedUser(fields: Partial<WireUser> & { email: string }): WireUser;
  user(id: string): WireUser | undefined;
  /** Every user held with this email (case-insensitively). */
  usersWithEmail(email: string): WireUser[];
  addOrganization(): string;
  addMember(organizationId: string, userId: string): void;
  close(): Promise<void>;
}

const API_KEY = 'sk_test_documented_double';

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body['message']));
  }
}

/** WorkOS ids: a prefix and a ULID (26 Crockford base32 characters: 48-bit time, then 80 bits), sorting in creation order. */
function idGenerator() {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const encode = (value: bigint, length: number) =>
    Array.from({ length }, (_, i) => alphabet[Number((value >> BigInt(5 * (length - 1 - i))) & 31n)]).join('');
  let sequence = 0n;
  return (prefix: string) => `${prefix}_${encode(BigInt(Date.now()), 10)}${encode(sequence++, 16)}`;
}

/** Metadata as WorkOS documents it: at most 50 keys of at most 40 characters, string values of at most 600. */
function checkMetadata(metadata: unknown): Record<string, string> {
  const invalid = () => new Refusal(400, { code: 'invalid_metadata', message: 'Metadata is invalid.' });
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) throw invalid();
  const entries = Object.entries(metadata as Record<string, unknown>);
  if (entries.length > 50) throw invalid();
  const strings = entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  if (strings.length !== entries.length || strings.some(([key, value]) => key.length > 40 || value.length > 600)) throw invalid();
  return Object.fromEntries(strings);
}

export async function startWorkOSDouble(): Promise<WorkOSDouble> {
  const newId = idGenerator();
  const users = new Map<string, WireUser>();
  const order: string[] = [];
  const organizations = new Map<string, { id: string; name: string }>();
  const memberships: Array<{ organizationId: string; userId: string }> = [];
  const now = () => new Date().toISOString();

  const emailTaken = (email: string, except?: string) =>
    [...users.values()].some((u) => u.id !== except && u.email.toLowerCase() === email.toLowerCase());

  const insert = (fields: Partial<WireUser> & { email: string }): WireUser => {
    const at = now();
    const user: WireUser = {
      object: 'user',
      id: newId('user'),
      email_verified: false,
      first_name: null,
      last_name: null,
      profile_picture_url: null,
      last_sign_in_at: null,
      external_id: null,
      locale: null,
      metadata: {},
      created_at: at,
      updated_at: at,
      ...fields,
    };
    users.set(user.id, user);
    order.push(user.id);
    return user;
  };

  const double = {
    port: 0,
    apiKey: API_KEY,
    listMetadataStyle: 'documented' as ListMetadataStyle,
    seedUser: insert,
    user: (id: string) => users.get(id),
    usersWithEmail: (email: string) => [...users.values()].filter((u) => u.email.toLowerCase() === email.toLowerCase()),
    addOrganization() {
      const id = newId('org');
      organizations.set(id, { id, name: 'Acme' });
      return id;
    },
    addMember(organizationId: string, userId: string) {
      memberships.push({ organizationId, userId });
    },
    close: async () => undefined as void,
  };

  function createUser(body: Record<string, unknown>): [number, unknown] {
    if (typeof body['email'] !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(body['email'])) {
      throw new Refusal(422, {
        code: 'invalid_request_parameters',
        message: 'Validation failed.',
        errors: [{ field: 'email', code: 'invalid_email' }],
      });
    }
    if (emailTaken(body['email'])) {
      throw new Refusal(400, {
        code: 'user_creation_error',
        message: 'Could not create user.',
        errors: [{ code: 'email_not_available', message: 'This email is not available.' }],
      });
    }
    const metadata = body['metadata'] === undefined || body['metadata'] === null ? {} : checkMetadata(body['metadata']);
    return [
      201,
      insert({
        email: body['email'],
        email_verified: body['email_verified'] === true,
        first_name: typeof body['first_name'] === 'string' ? body['first_name'] : null,
        last_name: typeof body['last_name'] === 'string' ? body['last_name'] : null,
        metadata,
      }),
    ];
  }

  function updateUser(id: string, body: Record<string, unknown>): [number, unknown] {
    const user = users.get(id);
    if (!user) throw new Refusal(404, { message: `User not found: '${id}'.` });
    if (typeof body['email'] === 'string' && emailTaken(body['email'], id)) {
      throw new Refusal(400, { code: 'email_not_available', message: 'Request could not be processed.' });
    }
    const metadata = body['metadata'] === undefined ? undefined : body['metadata'] === null ? {} : checkMetadata(body['metadata']);
    // "The omitted properties will be left unchanged"; a given metadata object is the user's metadata.
    Object.assign(user, {
      ...(typeof body['email'] === 'string' && { email: body['email'] }),
      ...(typeof body['email_verified'] === 'boolean' && { email_verified: body['email_verified'] }),
      ...('first_name' in body && { first_name: body['first_name'] }),
      ...('last_name' in body && { last_name: body['last_name'] }),
      ...(metadata && { metadata }),
      updated_at: now(),
    });
    return [200, user];
  }

  function listUsers(query: URLSearchParams): [number, unknown] {
    const organizationId = query.get('organization_id') ?? query.get('organization');
    if (organizationId !== null && !organizations.has(organizationId)) {
      throw new Refusal(422, { message: `Organization not found: '${organizationId}'.` });
    }
    const limit = Number(query.get('limit') ?? '10');
    const direction = query.get('order') ?? 'desc';
    if (!Number.isInteger(limit) || limit < 1 || limit > 100 || !['asc', 'desc', 'normal'].includes(direction)) {
      throw new Refusal(422, { code: 'invalid_request_parameters', message: 'Validation failed.' });
    }
    const members = new Set(memberships.filter((m) => m.organizationId === organizationId).map((m) => m.userId));
    const listed = order.filter((id) => organizationId === null || members.has(id));
    if (direction !== 'asc') listed.reverse();
    // `after` and `before` take an object id and return the objects after or before it in this order.
    const after = query.get('after');
    const before = query.get('before');
    let start = 0;
    let end = listed.length;
    if (after) start = listed.indexOf(after) + 1;
    if (before) end = Math.max(0, listed.indexOf(before));
    const window = listed.slice(start, end);
    const page = before ? window.slice(Math.max(0, window.length - limit)) : window.slice(0, limit);
    const first = page[0] ?? null;
    const last = page[page.length - 1] ?? null;
    const from = first === null ? start : listed.indexOf(first);
    const to = last === null ? end : listed.indexOf(last) + 1;
    const listMetadata = {
      documented: { before: from > 0 ? first : null, after: to < listed.length ? last : null },
      'both-set': { before: first, after: last },
      'both-null': { before: null, after: null },
    }[double.listMetadataStyle];
    return [200, { object: 'list', data: page.map((id) => users.get(id)), list_metadata: listMetadata }];
  }

  function route(method: string, url: URL, body: Record<string, unknown>): [number, unknown] {
    const userPath = /^\/user_management\/users\/([^/]+)$/.exec(url.pathname);
    const organizationPath = /^\/organizations\/([^/]+)$/.exec(url.pathname);
    if (url.pathname === '/user_management/users' && method === 'POST') return createUser(body);
    if (url.pathname === '/user_management/users' && method === 'GET') return listUsers(url.searchParams);
    if (userPath && method === 'GET') {
      const user = users.get(decodeURIComponent(userPath[1] ?? ''));
      if (!user) throw new Refusal(404, { message: `User not found: '${userPath[1]}'.` });
      return [200, user];
    }
    if (userPath && method === 'PUT') return updateUser(decodeURIComponent(userPath[1] ?? ''), body);
    if (organizationPath && method === 'GET') {
      const organization = organizations.get(decodeURIComponent(organizationPath[1] ?? ''));
      if (!organization) throw new Refusal(404, { message: `Organization not found: '${organizationPath[1]}'.` });
      const at = now();
      return [
        200,
        { object: 'organization', ...organization, domains: [], metadata: {}, external_id: null, created_at: at, updated_at: at },
      ];
    }
    throw new Refusal(404, { message: `The requested path '${url.pathname}' could not be found.` });
  }

  /** Responses by Idempotency-Key, with when they were first given (WorkOS keeps them 24 hours). */
  const idempotent = new Map<string, { at: number; status: number; payload: unknown }>();
  const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let status: number;
      let payload: unknown;
      const key = req.method === 'POST' ? req.headers['idempotency-key'] : undefined;
      const earlier = typeof key === 'string' ? idempotent.get(key) : undefined;
      if (earlier && Date.now() - earlier.at < IDEMPOTENCY_TTL_MS) {
        res.writeHead(earlier.status, { 'content-type': 'application/json', 'x-request-id': `req_${Math.random().toString(36).slice(2)}` });
        res.end(JSON.stringify(earlier.payload));
        return;
      }
      try {
        if (req.headers.authorization !== `Bearer ${API_KEY}`) throw new Refusal(401, { code: 'unauthorized', message: 'Unauthorized' });
        const text = Buffer.concat(chunks).toString('utf8');
        let body: Record<string, unknown> = {};
        try {
          body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
        } catch {
          throw new Refusal(400, { code: 'invalid_request_body', message: 'Problems parsing JSON' });
        }
        [status, payload] = route(req.method ?? 'GET', new URL(req.url ?? '/', 'http://workos'), body);
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        [status, payload] = [error.status, error.body];
      }
      if (typeof key === 'string') idempotent.set(key, { at: Date.now(), status, payload });
      res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_${Math.random().toString(36).slice(2)}` });
      res.end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  double.port = (server.address() as AddressInfo).port;
  double.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return double;
}
