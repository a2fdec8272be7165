/**
 * Every list of the API at scale, through the production build over HTTP: a throwaway
 * embedded PostgreSQL is seeded (set-based SQL) with 1,000,000 users in tenant A and
 * 1,000,000 in tenant B, every one holding `member` and one in ten also `auditor`; 1,000,000
 * audit events in tenant A (100,000 in B), each delivered to one webhook endpoint (1,000,000
 * deliveries, one attempt each); an access-provider organisation of 1,000,000 members; and,
 * as a large tenant has them, 1,000 roles, 1,000 identity providers, 1,000 webhook endpoints,
 * 10,000 API keys (years of rotation), 10,000 tenants and one user linked at all 1,000
 * providers (besides 100,000 users with one identity each). The service runs as an operator runs it
 * (tools/build/build-api.mjs, plain node, APP_ENV=production). For every list operation and
 * filter it times, one request after another on one connection, the first page (limit=100)
 * and the page after a genuine cursor 999,900 rows deep (or as deep as the list goes: its
 * last full page), in rounds, and prints p50 and p99 of each (medians of the rounds), the
 * ratio of their medians, and what PostgreSQL does for each read (EXPLAIN ANALYZE of the
 * repository's own SQL: time and pages touched).
 *
 *   npm run bench:scale
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { signDevelopmentToken } from '@access/auth';
import { createPooledPrisma, deployMigrations, startEmbeddedPostgres, type PrismaService, type RunningPostgres } from '@access/db';
// The API's own reads and cursors: the SQL explained here is the SQL the service runs.
import { ApiKeysRepository } from '../src/domains/api-keys/api-keys.repository';
import { AuditEventsRepository, type AuditEventFilters } from '../src/domains/audit-events/audit-events.repository';
import { IdentitiesRepository } from '../src/domains/identities/identities.repository';
import { IdentityProvidersRepository } from '../src/domains/identity-providers/identity-providers.repository';
import { LocalProviderRepository } from '../src/domains/provider-users/local/local-provider.repository';
import { RolesRepository } from '../src/domains/roles/roles.repository';
import { TenantsRepository } from '../src/domains/tenants/tenants.repository';
import { UsersRepository } from '../src/domains/users/users.repository';
import { WebhookEndpointsRepository } from '../src/domains/webhooks/webhook-endpoints.repository';
import { CursorCodec } from '../src/platform/pagination/cursor-codec';
import { plainCursors, signedCursors } from '../src/platform/pagination/keyset-page';
import type { KeysetFetch, KeysetPosition } from '../src/platform/pagination/keyset-query';
import { median, percentile } from './statistics';

const ROOT = path.resolve(__dirname, '../../..');
const OUT = 'dist/scale-api';
const USERS = 1_000_000;
const EVENTS = 1_000_000;
const MEMBERS = 1_000_000;
const PAGE = 100;
const DEEP = 999_900;
const WARMUP = 20;
const REQUESTS = 200;
const ROUNDS = 3;
/** Made up for the run, never real. */
const AUTH = { secret: 'scale-bench-secret-scale-bench-secret-0123', issuer: 'https://issuer.scale.example', audience: 'access-api' };
const CURSOR_SECRET = 'scale-bench-cursor-secret-scale-bench-cursor';
/** The audit trail spans 116 days ending an hour ago (inside the 400 days the retention job keeps). */
const EVENTS_START = new Date(Date.now() - 3_600_000 - EVENTS * 10_000);
const at = (event: number) => new Date(EVENTS_START.getTime() + event * 10_000).toISOString();

interface Ids {
  a: string;
  b: string;
  owner: string;
  hubUser: string;
  endpoint: string;
}

/** One list as the bench reads it: its request, its read through the API's own repository, its cursors. */
interface Scenario {
  label: string;
  path: string;
  query?: Record<string, string>;
  auth: 'owner' | 'service';
  /** The repository read the service runs for this request: its keyset SQL is what the bench explains and pages through. */
  read(db: PrismaService, fetch: KeysetFetch): Promise<unknown>;
  /** Cursors as the service signs them for this list. */
  cursor(position: KeysetPosition): string;
}

function scenarios(ids: Ids, codec: CursorCodec): Scenario[] {
  const signed = (scope: string) => (p: KeysetPosition) => signedCursors(codec, scope).encode(p);
  const users = (label: string, filters: { email?: string; role?: string }): Scenario => ({
    label,
    path: '/v1/users',
    query: filters,
    auth: 'owner',
    read: (db, fetch) => new UsersRepository(db).page(ids.a, filters, fetch),
    cursor: signed(`users:${JSON.stringify([ids.a, filters.email?.toLowerCase() ?? null, filters.role ?? null])}`),
  });
  const audit = (label: string, query: Record<string, string>): Scenario => {
    // The filters as AuditEventsService builds them from the query (their JSON is part of the cursor's scope).
    const filters: AuditEventFilters = {
      type: query['type'],
      actorId: query['actor_id'],
      resourceType: query['resource_type'],
      resourceId: query['resource_id'],
      occurredAfter: query['occurred_after'] === undefined ? undefined : new Date(query['occurred_after']),
      occurredBefore: query['occurred_before'] === undefined ? undefined : new Date(query['occurred_before']),
    };
    return {
      label,
      path: '/v1/audit-events',
      query,
      auth: 'owner',
      read: (db, fetch) => new AuditEventsRepository(db).page(ids.a, filters, fetch),
      cursor: signed(`audit-events:${JSON.stringify([ids.a, filters])}`),
    };
  };
  const tenantList = (label: string, path: string, scope: string, read: Scenario['read']): Scenario => ({
    label,
    path,
    auth: 'owner',
    read,
    cursor: signed(scope),
  });
  return [
    users('listUsers', {}),
    users('listUsers email=', { email: 'user500000@a.example' }),
    users('listUsers role=member', { role: 'member' }),
    users('listUsers role=auditor', { role: 'auditor' }),
    tenantList('listUserIdentities', `/v1/users/${ids.hubUser}/identities`, `identities:${ids.a}:${ids.hubUser}`, (db, fetch) =>
      new IdentitiesRepository(db).list(ids.a, ids.hubUser, fetch),
    ),
    tenantList('listIdentityProviders', '/v1/identity-providers', `identity-providers:${ids.a}`, (db, fetch) =>
      new IdentityProvidersRepository(db).list(ids.a, fetch),
    ),
    tenantList('listRoles', '/v1/roles', `roles:${ids.a}`, (db, fetch) => new RolesRepository(db).list(ids.a, fetch)),
    tenantList('listApiKeys', '/v1/api-keys', `api-keys:${ids.a}`, (db, fetch) => new ApiKeysRepository(db).list(ids.a, fetch)),
    {
      label: 'listTenants',
      path: '/v1/tenants',
      auth: 'service',
      read: (db, fetch) => new TenantsRepository(db).list(fetch),
      cursor: signed('tenants'),
    },
    audit('listAuditEvents', {}),
    audit('listAuditEvents type=', { type: 'user.updated' }),
    audit('listAuditEvents actor_id=', { actor_id: 'actor-7' }),
    audit('listAuditEvents resource_type=', { resource_type: 'role' }),
    audit('listAuditEvents resource_type=&resource_id=', { resource_type: 'user', resource_id: 'user-42' }),
    audit('listAuditEvents occurred_after=', { occurred_after: at(250_000) }),
    audit('listAuditEvents occurred_before=', { occurred_before: at(750_000) }),
    audit('listAuditEvents occurred_after=&before=', { occurred_after: at(250_000), occurred_before: at(750_000) }),
    tenantList('listWebhookEndpoints', '/v1/webhook-endpoints', `webhook-endpoints:${ids.a}`, (db, fetch) =>
      new WebhookEndpointsRepository(db).list(ids.a, fetch),
    ),
    tenantList(
      'listWebhookDeliveries',
      `/v1/webhook-endpoints/${ids.endpoint}/deliveries`,
      `webhook-deliveries:${ids.a}:${ids.endpoint}`,
      (db, fetch) => new WebhookEndpointsRepository(db).deliveries(ids.a, ids.endpoint, fetch),
    ),
    {
      label: 'listProviderOrganizationUsers',
      path: '/v1/provider/organizations/org_scale/users',
      auth: 'service',
      read: (db, fetch) => new LocalProviderRepository(db).members('org_scale', fetch),
      // The local provider's own cursor, wrapped and signed by the API for `after`.
      cursor: (p) => codec.encode('provider-users:local:org_scale', { c: plainCursors(() => true).encode(p), d: 'next' }),
    },
  ];
}

async function seed(db: Client, ownerEmail: string): Promise<Ids> {
  const one = async <T>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0] as T;
  // Seeding only: skip triggers and foreign-key checks (the rows are consistent by construction,
  // and user_roles.user_created_at is set here to what its trigger would copy).
  await db.query(`SET session_replication_role = replica; SET synchronous_commit = off; SET maintenance_work_mem = '256MB'`);
  const { a } = await one<{ a: string }>(`INSERT INTO tenants (name) VALUES ('Tenant A') RETURNING id AS a`);
  const { b } = await one<{ b: string }>(`INSERT INTO tenants (name) VALUES ('Tenant B') RETURNING id AS b`);
  await db.query(
    `INSERT INTO tenants (name, created_at) SELECT 'Tenant ' || g, now() - g * interval '1 minute' FROM generate_series(1, 9998) g`,
  );
  for (const [tenant, domain] of [
    [a, 'a.example'],
    [b, 'b.example'],
  ] as const) {
    await db.query(
      `INSERT INTO tenant_users (tenant_id, email, name, auth_provider, created_at, updated_at)
       SELECT $1::uuid, 'user' || g || '@${domain}', 'User ' || g, 'oidc', timestamptz '2024-01-01' + g * interval '1 minute', now()
       FROM generate_series(1, ${USERS}) g`,
      [tenant],
    );
    await db.query(
      `INSERT INTO roles (tenant_id, name, created_at) SELECT $1::uuid, name, timestamptz '2024-01-01' + n * interval '1 hour'
       FROM unnest(ARRAY['admin', 'member', 'auditor']) WITH ORDINALITY AS r(name, n)`,
      [tenant],
    );
    await db.query(
      `INSERT INTO user_roles (tenant_id, user_id, role_id, user_created_at)
       SELECT u.tenant_id, u.id, r.id, u.created_at FROM tenant_users u JOIN roles r ON r.tenant_id = u.tenant_id
       WHERE u.tenant_id = $1::uuid AND (r.name = 'member' OR (r.name = 'auditor' AND u.email LIKE '%7@%'))`,
      [tenant],
    );
  }
  // Tenant A's owner: the newest user, holding admin.
  const { owner } = await one<{ owner: string }>(
    `INSERT INTO tenant_users (tenant_id, email, name, auth_provider, is_owner) VALUES ($1, $2, 'Owner', 'oidc', true) RETURNING id AS owner`,
    [a, ownerEmail],
  );
  await db.query(
    `INSERT INTO user_roles (tenant_id, user_id, role_id, user_created_at)
     SELECT $1::uuid, $2::uuid, r.id, now() FROM roles r WHERE r.tenant_id = $1::uuid AND r.name = 'admin'`,
    [a, owner],
  );
  await db.query(
    `INSERT INTO roles (tenant_id, name, created_at) SELECT $1::uuid, 'team-' || g, timestamptz '2024-02-01' + g * interval '1 hour'
     FROM generate_series(1, 997) g`,
    [a],
  );
  await db.query(
    `INSERT INTO identity_providers (tenant_id, name, type, created_at) SELECT $1::uuid, 'Directory ' || g, 'oidc', timestamptz '2024-01-01' + g * interval '1 hour'
     FROM generate_series(1, 1000) g`,
    [a],
  );
  const { hubUser } = await one<{ hubUser: string }>(
    `SELECT id AS "hubUser" FROM tenant_users WHERE tenant_id = $1 AND email = 'user1@a.example'`,
    [a],
  );
  await db.query(
    `INSERT INTO identities (tenant_id, user_id, identity_provider_id, external_id, linked_by, created_at)
     SELECT $1::uuid, $2::uuid, p.id, 'hub-' || p.name, 'scim', p.created_at FROM identity_providers p WHERE p.tenant_id = $1::uuid`,
    [a, hubUser],
  );
  await db.query(
    `WITH p AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM identity_providers WHERE tenant_id = $1::uuid)
     INSERT INTO identities (tenant_id, user_id, identity_provider_id, external_id, linked_by, created_at)
     SELECT u.tenant_id, u.id, p.id, 'ext-' || u.email, 'auto', u.created_at
     FROM tenant_users u JOIN p ON p.n = (hashtext(u.email) & 1023) % 1000
     WHERE u.tenant_id = $1::uuid AND u.email LIKE '%3@a.example'`,
    [a],
  );
  await db.query(
    `INSERT INTO api_keys (tenant_id, kind, name, lookup_prefix, key_hash, created_at, revoked_at)
     SELECT $1::uuid, 'integration', 'Key ' || g, 'ak_i_scale' || g, md5(g::text), timestamptz '2024-01-01' + g * interval '1 hour',
            CASE WHEN g <= 9990 THEN timestamptz '2024-01-01' + (g + 24) * interval '1 hour' END
     FROM generate_series(1, 10000) g`,
    [a],
  );
  await db.query(
    `INSERT INTO webhook_endpoints (tenant_id, url, event_types, secret, enabled, created_at)
     SELECT $1::uuid, 'https://customer' || g || '.example.com/hooks', '{}', 'whsec_' || md5(g::text), g = 1, timestamptz '2024-01-01' + g * interval '1 hour'
     FROM generate_series(1, 1000) g`,
    [a],
  );
  const { endpoint } = await one<{ endpoint: string }>(
    `SELECT id AS endpoint FROM webhook_endpoints WHERE tenant_id = $1 AND url = 'https://customer1.example.com/hooks'`,
    [a],
  );
  for (const [tenant, events] of [
    [a, EVENTS],
    [b, EVENTS / 10],
  ] as const) {
    await db.query(
      `INSERT INTO audit_events (tenant_id, type, occurred_at, actor_kind, actor_id, request_id, resource_type, resource_id, changes)
       SELECT $1::uuid, (ARRAY['user.created', 'user.updated', 'user.deleted', 'identity.linked', 'role.updated', 'api_key.created'])[1 + g % 6],
              $2::timestamptz + g * interval '10 seconds', 'user', 'actor-' || (g % 50), 'req-' || g,
              CASE WHEN g % 10 < 7 THEN 'user' ELSE (ARRAY['identity', 'api_key', 'role'])[g % 10 - 6] END, 'user-' || (g % 1000), '[]'::jsonb
       FROM generate_series(0, ${events - 1}) g`,
      [tenant, EVENTS_START.toISOString()],
    );
  }
  await db.query(
    `INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_id, status, attempts, last_status, created_at, updated_at)
     SELECT e.tenant_id, $2::uuid, e.id, 'succeeded', 1, 200, e.occurred_at, e.occurred_at FROM audit_events e WHERE e.tenant_id = $1::uuid`,
    [a, endpoint],
  );
  await db.query(
    `INSERT INTO webhook_attempts (tenant_id, delivery_id, response_status, duration_ms, created_at)
     SELECT d.tenant_id, d.id, 200, 40, d.created_at FROM webhook_deliveries d`,
  );
  await db.query(
    `INSERT INTO provider_users (id, email, created_at, updated_at)
     SELECT 'user_' || lpad(g::text, 26, '0'), 'member' || g || '@provider.example', timestamptz '2024-01-01' + g * interval '1 minute', now()
     FROM generate_series(1, ${MEMBERS}) g`,
  );
  await db.query(`INSERT INTO provider_organizations (id, name, updated_at) VALUES ('org_scale', 'Scale', now())`);
  await db.query(
    `INSERT INTO provider_memberships (id, organization_id, user_id, created_at, updated_at)
     SELECT 'om_' || lpad(g::text, 26, '0'), 'org_scale', 'user_' || lpad(g::text, 26, '0'), timestamptz '2024-01-01' + g * interval '1 minute', now()
     FROM generate_series(1, ${MEMBERS}) g`,
  );
  await db.query('SET session_replication_role = DEFAULT');
  // As autovacuum leaves tables in service: statistics and the visibility map current.
  await db.query('VACUUM ANALYZE');
  return { a, b, owner, hubUser, endpoint };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

/** One keep-alive connection: every request of the run goes over it, one after another. */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function get(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

interface Timing {
  p50: number;
  p99: number;
}

const timing = (times: number[]): Timing => ({ p50: median(times), p99: percentile(times, 0.99) });

interface Page {
  url: string;
  /** The id the page's first row must have (a membership's list shows its user). */
  firstId?: string;
  rows: number;
}

/**
 * The first page and the deep page, one request of each in turn on the one connection, so
 * both see the same machine (other work on it slows both alike). Returns each page's times.
 */
async function timeBoth(
  first: Page,
  deep: Page | undefined,
  headers: Record<string, string>,
  requests: number,
): Promise<[number[], number[]]> {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < requests; i++) {
    for (const [k, page] of [first, deep].entries()) {
      if (!page) continue;
      const start = performance.now();
      const response = await get(page.url, headers);
      times[k]!.push(performance.now() - start);
      if (response.status !== 200) throw new Error(`${page.url}: ${response.status} ${response.body.slice(0, 300)}`);
      if (i === 0) {
        const { data } = JSON.parse(response.body) as { data: Array<{ id: string }> };
        if (data.length !== page.rows || (page.firstId !== undefined && data[0]?.id !== page.firstId)) {
          throw new Error(`${page.url}: ${data.length} rows starting with ${data[0]?.id}, not ${page.rows} starting with ${page.firstId}`);
        }
      }
    }
  }
  return times;
}

interface PlanNode {
  'Node Type': string;
  'Actual Rows': number;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: PlanNode[];
}
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/**
 * What PostgreSQL does for one keyset read: its execution time, the pages it touched, and
 * whether it scanned a table or sorted more than one row (an email filter's unique lookup
 * may order its one row).
 */
interface Explained {
  ms: number;
  blocks: number;
  seqOrSort: boolean;
}

async function explain(db: Client, sql: string, params: unknown[]): Promise<Explained> {
  const { rows } = await db.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode; 'Execution Time': number }> }>(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`,
    params,
  );
  const [explained] = rows[0]!['QUERY PLAN'];
  const root = explained!.Plan;
  return {
    ms: explained!['Execution Time'],
    blocks: root['Shared Hit Blocks'] + root['Shared Read Blocks'],
    seqOrSort: nodesOf(root).some((n) => n['Node Type'] === 'Seq Scan' || (n['Node Type'] === 'Sort' && n['Actual Rows'] > 1)),
  };
}

interface Recorder {
  db: PrismaService;
  /** The SQL and parameters of the first statement `read` runs: the list's keyset read. */
  keysetOf(read: Scenario['read'], fetch: KeysetFetch): Promise<{ sql: string; params: unknown[] }>;
}

function recorder(url: string): Recorder & { close(): Promise<void> } {
  const queries: Array<{ sql: string; params: string }> = [];
  const { client, pool } = createPooledPrisma({ url, poolMax: 1, onQuery: (query) => queries.push(query) });
  // Lists read on the pool under Prisma (readKeysetRows) are recorded as Prisma's are.
  const recordingPool = {
    query: (text: string, values: unknown[] = []) => {
      queries.push({ sql: text, params: JSON.stringify(values) });
      return pool.query(text, values);
    },
  };
  const db = { client, pool: recordingPool } as unknown as PrismaService;
  return {
    db,
    async keysetOf(read, fetch) {
      queries.length = 0;
      await read(db, fetch);
      const [keyset] = queries;
      if (!keyset) throw new Error('the read ran no query');
      return { sql: keyset.sql, params: JSON.parse(keyset.params) as unknown[] };
    },
    close: () => client.$disconnect(),
  };
}

/** A list made ready to time: its size, its first and deep pages (with a genuine cursor), and the plans of both reads. */
async function prepare(db: Client, recording: Recorder, baseUrl: string, scenario: Scenario) {
  // The list's own keyset SQL with a limit past its end: its rows in order, counted and indexed by SQL.
  const whole = await recording.keysetOf(scenario.read, { direction: 'forward', take: 1 });
  const everything = [...whole.params.slice(0, -1), 10_000_000];
  const { rows: counted } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM (${whole.sql}) list`, everything);
  const rows = Number(counted[0]?.n ?? 0);
  const query = new URLSearchParams({ ...scenario.query, limit: String(PAGE) });
  const first: Page = { url: `${baseUrl}${scenario.path}?${query}`, rows: Math.min(PAGE, rows) };
  const firstSql = await recording.keysetOf(scenario.read, { direction: 'forward', take: PAGE + 1 });
  const plans: [Explained, Explained | undefined] = [await explain(db, firstSql.sql, firstSql.params), undefined];
  // The cursor of the row `depth` rows in: the page after it is the list's last full page, at most 999,900 rows deep.
  const depth = Math.min(DEEP, rows - PAGE);
  let deep: Page | undefined;
  if (depth > 0) {
    const { rows: around } = await db.query<KeysetPosition & { userId?: string }>(
      `SELECT * FROM (${whole.sql}) list ORDER BY "createdAt", id OFFSET ${depth - 1} LIMIT 2`,
      everything,
    );
    const [cursorRow, expected] = around;
    if (!cursorRow || !expected) throw new Error(`${scenario.label}: no row ${depth}`);
    const from = { createdAt: cursorRow.createdAt, id: cursorRow.id };
    const after = new URLSearchParams(query);
    after.set('after', scenario.cursor(from));
    deep = { url: `${baseUrl}${scenario.path}?${after}`, rows: PAGE, firstId: expected.userId ?? expected.id };
    const deepSql = await recording.keysetOf(scenario.read, { from, direction: 'forward', take: PAGE + 1 });
    plans[1] = await explain(db, deepSql.sql, deepSql.params);
  }
  return { scenario, rows, depth, first, deep, plans };
}

async function startService(databaseUrl: string, children: Set<ChildProcess>): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, OUT, 'apps/api/src/main.js')], {
    cwd: path.join(ROOT, OUT),
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env['PATH'],
      APP_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      AUTH_JWT_SECRET: AUTH.secret,
      AUTH_JWT_ISSUER: AUTH.issuer,
      AUTH_JWT_AUDIENCE: AUTH.audience,
      PAGINATION_CURSOR_SECRET: CURSOR_SECRET,
      ACCESS_PROVIDER: 'local',
    },
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 200) {
    if (waited > 60_000 || child.exitCode !== null) throw new Error('the service did not start');
    if ((await fetch(`${baseUrl}/readyz`).catch(() => undefined))?.status === 200) return baseUrl;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const ms = (value: number) => value.toFixed(2).padStart(7);

async function main(): Promise<void> {
  const began = performance.now();
  const dir = await mkdtemp(path.join(tmpdir(), 'list-scale-'));
  const children = new Set<ChildProcess>();
  const killChildren = () => children.forEach((child) => child.kill('SIGKILL'));
  process.once('exit', killChildren);
  let postgres: RunningPostgres | undefined;
  const db: { client?: Client } = {};
  let recording: ReturnType<typeof recorder> | undefined;
  let built: Promise<void> | undefined;
  let cleaning: Promise<void> | undefined;
  /** Stops the service and PostgreSQL and removes what the run made: once, on success, failure or Ctrl+C. */
  const cleanUp = () =>
    (cleaning ??= (async () => {
      agent.destroy();
      await Promise.all(
        [...children].map(
          (child) =>
            new Promise((resolve) => {
              child.once('exit', resolve);
              child.kill('SIGTERM');
            }),
        ),
      );
      await recording?.close().catch(() => undefined);
      await db.client?.end().catch(() => undefined);
      await postgres?.stop().catch((error: unknown) => console.error(error));
      await built?.catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
      await rm(path.join(ROOT, OUT), { recursive: true, force: true });
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`${signal}: cleaning up`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  try {
    built = run(process.execPath, ['tools/build/build-api.mjs', '--out', OUT]);
    postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: 0 });
    await deployMigrations(postgres.url);
    db.client = new Client({ connectionString: postgres.url });
    await db.client.connect();
    const ownerEmail = 'owner@a.example';
    const ids = await seed(db.client, ownerEmail);
    const seeded = performance.now();
    console.log(`seeded in ${((seeded - began) / 1000).toFixed(0)} s (build alongside)`);
    await built;
    const baseUrl = await startService(postgres.url, children);

    const ownerToken = await signDevelopmentToken({ ...AUTH, subject: ids.owner, kind: 'user', tenantId: ids.a, expiresInSec: 3_600 });
    const serviceToken = await signDevelopmentToken({
      ...AUTH,
      subject: 'scale-bench',
      kind: 'service',
      scopes: ['tenants:read', 'provider_users:read'],
      expiresInSec: 3_600,
    });
    const headers = {
      owner: { authorization: `Bearer ${ownerToken}`, 'x-tenant-id': ids.a },
      service: { authorization: `Bearer ${serviceToken}` },
    };
    const codec = new CursorCodec(CURSOR_SECRET);
    // Other work on the machine shows in p99 first: say how busy it was.
    const loadBefore = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    recording = recorder(postgres.url);
    console.log(
      `\n${USERS.toLocaleString('en')} users in tenant A and in tenant B; pages of ${PAGE}; ${ROUNDS} rounds of ${REQUESTS} sequential requests per page (after ${WARMUP} of warm-up), first and deep page in turn, one connection; medians of the rounds' p50 and p99\n`,
    );
    console.log(
      `${'list'.padEnd(44)} ${'rows'.padStart(9)} ${'deep at'.padStart(9)} | HTTP ms: p50 1st  p99 1st p50 deep p99 deep deep/1st | SQL ms 1st / deep, blocks 1st / deep`,
    );
    const misses: string[] = [];
    const lists = [];
    for (const scenario of scenarios(ids, codec)) lists.push(await prepare(db.client, recording, baseUrl, scenario));
    // Every list once before any is timed: the service's code paths are compiled for all of them.
    for (const list of lists) await timeBoth(list.first, list.deep, headers[list.scenario.auth], WARMUP);
    const rounds = lists.map((): [Timing[], Timing[]] => [[], []]);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, list] of lists.entries()) {
        const [first, deep] = await timeBoth(list.first, list.deep, headers[list.scenario.auth], REQUESTS);
        rounds[i]![0].push(timing(first));
        if (list.deep) rounds[i]![1].push(timing(deep));
      }
    }
    for (const [i, { scenario, rows, depth, deep: deepPage, plans }] of lists.entries()) {
      // Medians over the rounds of each round's p50 and p99.
      const over = (timings: Timing[]): Timing => ({ p50: median(timings.map((t) => t.p50)), p99: median(timings.map((t) => t.p99)) });
      const first = over(rounds[i]![0]);
      const deep = deepPage ? over(rounds[i]![1]) : undefined;
      const ratio = deep ? deep.p50 / first.p50 : Number.NaN;
      const [firstPlan, deepPlan] = plans;
      const cells = [
        scenario.label.padEnd(44),
        rows.toLocaleString('en').padStart(9),
        (deep ? depth.toLocaleString('en') : '-').padStart(9),
        '|        ',
        ms(first.p50),
        ms(first.p99),
        deep ? ms(deep.p50) : '      -',
        deep ? ms(deep.p99) : '      -',
        (deep ? ratio.toFixed(2) : '-').padStart(8),
        '|',
        `${firstPlan.ms.toFixed(2)} / ${deepPlan ? deepPlan.ms.toFixed(2) : '-'},`,
        `${firstPlan.blocks} / ${deepPlan ? deepPlan.blocks : '-'}`,
      ];
      console.log(cells.join(' '));
      if (first.p99 > 20 || (deep && deep.p99 > 20)) misses.push(`${scenario.label}: p99 over 20 ms`);
      if (deep && ratio > 1.1) misses.push(`${scenario.label}: deep page ${((ratio - 1) * 100).toFixed(0)} % slower than page 1`);
      if (firstPlan.seqOrSort || deepPlan?.seqOrSort) misses.push(`${scenario.label}: a Seq Scan or Sort in its keyset read`);
    }
    console.log(`\ngoals: p99 <= 20 ms for a page of ${PAGE}; deep page within 10 % of page 1 (ratio of medians <= 1.10)`);
    console.log(misses.length === 0 ? 'every list meets both' : `missed:\n  ${misses.join('\n  ')}`);
    console.log(
      `\ntotal ${((performance.now() - began) / 1000).toFixed(0)} s; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (before the requests: ${loadBefore})`,
    );
  } finally {
    await cleanUp();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
