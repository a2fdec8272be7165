/**
 * The API against its floor (tools/bench/floor/floor-server.ts, a bare node:http + pg server
 * doing the same work), in one run, on one database: the production build of the API with
 * plain node, APP_ENV=production and LOG_LEVEL=info as deployed; the floor beside it. For each
 * scenario, BENCH_ROUNDS rounds of BENCH_SECONDS each, API and floor taking turns, and the
 * medians of the rounds: req/s, p50 and p99 (autocannon, BENCH_CONNECTIONS connections over
 * loopback). Then the tail: both at 80 % of the API's own maximum rate, p99 against p99.
 *
 *   npm run bench            (BENCH_ROUNDS=3 BENCH_SECONDS=8 BENCH_CONNECTIONS=10 by default)
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, openWorkbench, ROOT, watch, type RunningProcess, type Tenant } from './support/production-service';
import { median } from './support/statistics';
import { argon2idThroughput } from './argon2-throughput';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 8);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const USERS = 1_000;

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  unexpected: number;
}

interface Scenario {
  title: string;
  goal: string;
  /** The request, built for each target (so created users never collide). */
  request(target: 'api' | 'floor', round: number): autocannon.Request;
  expected: number;
  /** What the API is measured against: the floor server, or raw argon2id (a local password's hashing). */
  floor: 'server' | 'argon2id';
}

async function drive(baseUrl: string, request: autocannon.Request, expected: number, rate?: number): Promise<Sample> {
  const result = await autocannon({
    url: baseUrl,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [request],
    ...(rate === undefined ? {} : { overallRate: rate }),
  });
  const answered = result.statusCodeStats?.[String(expected) as keyof typeof result.statusCodeStats]?.count ?? 0;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    unexpected: result.requests.total - answered + result.errors + result.timeouts,
  };
}

function startFloor(env: NodeJS.ProcessEnv, port: number): Promise<RunningProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'tools/bench/floor/floor-server.ts')], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), NODE_NO_WARNINGS: '1' },
  });
  return watch(child, `http://127.0.0.1:${port}`, '/readyz');
}

/** USERS users of the tenant, each holding `member` (as the API would create them), oldest first. */
async function seedUsers(databaseUrl: string, tenant: Tenant): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `WITH created AS (
         INSERT INTO tenant_users (tenant_id, email, name, auth_provider, created_at, updated_at)
         SELECT $1::uuid, 'bench-' || g || '@example.com', 'Bench ' || g, 'oidc', now() + g * interval '1 ms', now()
         FROM generate_series(1, $2::int) AS g RETURNING id)
       INSERT INTO user_roles (tenant_id, user_id, role_id)
       SELECT $1::uuid, created.id, r.id FROM created JOIN roles r ON r.tenant_id = $1::uuid AND r.name = 'member'`,
      [tenant.tenantId, USERS],
    );
    await client.query('ANALYZE');
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM tenant_users WHERE tenant_id = $1 AND NOT is_owner ORDER BY created_at DESC LIMIT 1`,
      [tenant.tenantId],
    );
    return rows[0]?.id ?? '';
  } finally {
    await client.end();
  }
}

function scenarios(tenant: Tenant, userId: string): Scenario[] {
  const bearer = { authorization: `Bearer ${tenant.ownerToken}`, 'x-tenant-id': tenant.tenantId };
  const apiKey = { 'x-api-key': tenant.integrationKey, 'x-tenant-id': tenant.tenantId };
  const create = (provider: 'oidc' | 'local') => (target: string, round: number) => {
    let sequence = 0;
    return {
      method: 'POST' as const,
      path: '/v1/users',
      headers: { ...bearer, 'content-type': 'application/json' },
      setupRequest: (request: autocannon.Request) => ({
        ...request,
        body: JSON.stringify({
          email: `${provider}-${target}-${round}-${sequence++}@example.com`,
          name: 'Bench User',
          auth_provider: provider,
          ...(provider === 'local' ? { password: 'correct horse battery staple' } : {}),
          roles: ['member'],
        }),
      }),
    };
  };
  return [
    {
      title: 'getUser, Bearer token',
      goal: '≥ 0.60',
      expected: 200,
      floor: 'server',
      request: () => ({ method: 'GET', path: `/v1/users/${userId}`, headers: bearer }),
    },
    {
      title: 'getUser, API key',
      goal: '≥ 0.60',
      expected: 200,
      floor: 'server',
      request: () => ({ method: 'GET', path: `/v1/users/${userId}`, headers: apiKey }),
    },
    {
      title: 'listUsers?limit=100, Bearer token',
      goal: '≥ 0.50',
      expected: 200,
      floor: 'server',
      request: () => ({ method: 'GET', path: '/v1/users?limit=100', headers: bearer }),
    },
    { title: 'createUser oidc, Bearer token', goal: '≥ 0.50', expected: 201, floor: 'server', request: create('oidc') },
    { title: 'createUser local, Bearer token', goal: '≥ 0.90 of argon2id', expected: 201, floor: 'argon2id', request: create('local') },
  ];
}

const fixed = (n: number, digits = 0) => n.toFixed(digits);

async function main(): Promise<void> {
  const bench = await openWorkbench('bench');
  try {
    const tenant = await bench.createTenant('Bench', 'owner@bench.example.com');
    const userId = await seedUsers(bench.databaseUrl, tenant);
    const api = await bench.startApi({ logLevel: 'info' });
    const floor = await startFloor(bench.env, await freePort());
    console.log(
      `\n${USERS} users; ${ROUNDS} rounds of ${SECONDS} s per scenario and target, ${CONNECTIONS} connections, loopback; medians of the rounds\n`,
    );
    console.log(
      'scenario                               API req/s  floor req/s  ratio  goal                API p50/p99 ms  floor p50/p99 ms',
    );
    const all = scenarios(tenant, userId);
    // The tail is measured on the first scenario (getUser with a Bearer token), at 80 % of its maximum.
    const tailScenario = all[0] as Scenario;
    let tailMax = 0;
    for (const scenario of all) {
      const samples = { api: [] as Sample[], floor: [] as Sample[] };
      const local = scenario.floor === 'argon2id';
      // A short warm-up of each, so neither meets the load cold.
      await drive(api.baseUrl, scenario.request('api', -1), scenario.expected);
      if (!local) await drive(floor.baseUrl, scenario.request('floor', -1), scenario.expected);
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? (['api', 'floor'] as const) : (['floor', 'api'] as const);
        for (const target of order) {
          if (target === 'floor' && local) {
            samples.floor.push({ rps: await argon2idThroughput(CONNECTIONS, SECONDS), p50: NaN, p99: NaN, unexpected: 0 });
            continue;
          }
          const url = target === 'api' ? api.baseUrl : floor.baseUrl;
          samples[target].push(await drive(url, scenario.request(target, round), scenario.expected));
        }
      }
      const of = (list: Sample[], key: keyof Sample) => median(list.map((s) => s[key]));
      const ratio = of(samples.api, 'rps') / of(samples.floor, 'rps');
      if (scenario === tailScenario) tailMax = of(samples.api, 'rps');
      const unexpected = [...samples.api, ...samples.floor].reduce((sum, s) => sum + s.unexpected, 0);
      console.log(
        `${scenario.title.padEnd(38)} ${fixed(of(samples.api, 'rps')).padStart(9)}  ${fixed(of(samples.floor, 'rps')).padStart(11)}  ${fixed(ratio, 2).padStart(5)}  ${scenario.goal.padEnd(18)}  ` +
          `${`${of(samples.api, 'p50')}/${of(samples.api, 'p99')}`.padStart(14)}  ${(local ? 'argon2id alone' : `${of(samples.floor, 'p50')}/${of(samples.floor, 'p99')}`).padStart(16)}` +
          (unexpected > 0 ? `  (${unexpected} unexpected answers)` : ''),
      );
    }

    const rate = Math.round(tailMax * 0.8);
    const tail = { api: [] as number[], floor: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      tail.api.push((await drive(api.baseUrl, tailScenario.request('api', round), 200, rate)).p99);
      tail.floor.push((await drive(floor.baseUrl, tailScenario.request('floor', round), 200, rate)).p99);
    }
    console.log(
      `\ntail, getUser with a Bearer token at ${rate} req/s (80 % of the API's maximum): p99 API ${median(tail.api)} ms, floor ${median(tail.floor)} ms, ` +
        `${fixed(median(tail.api) / median(tail.floor), 2)}× (goal ≤ 3×)`,
    );
    console.log(`API log lines written: ${api.logLines()}`);
    await floor.stop();
    await api.stop();
  } finally {
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
