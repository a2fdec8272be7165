/**
 * Requests per second and latency of the running service, measured from outside as a
 * client sees it: starts the API the way `npm start` does (embedded PostgreSQL in a
 * temporary directory, demo tenant, response validation off as in production), seeds
 * users through the API, then drives each scenario with autocannon on loopback and
 * prints the median latency, p99 and throughput.
 *
 *   npm run bench:http              (BENCH_SECONDS=10 BENCH_CONNECTIONS=10 by default)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const ROOT = path.resolve(__dirname, '../..');
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const USERS = 1_000;

interface Service {
  baseUrl: string;
  tenantId: string;
  ownerToken: string;
  apiKey: string;
  stop(): Promise<void>;
}

async function startService(dataDir: string): Promise<Service> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'],
      PORT: '0',
      LOG_LEVEL: 'warn',
      VALIDATE_RESPONSES: 'false',
      EMBEDDED_POSTGRES_DIR: path.join(dataDir, 'postgres'),
      EMBEDDED_POSTGRES_PORT: '55432',
      AUTH_DEV_SECRET_FILE: path.join(dataDir, 'secret'),
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let waited = 0; !output.includes('service token'); waited += 100) {
    if (waited > 60_000 || child.exitCode !== null) throw new Error(`the service did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const usersCurl = output.split('\n').find((l) => l.includes('curl') && l.includes('/v1/users')) ?? '';
  return {
    baseUrl: /curl -s (\S+)\/v1\/users/.exec(usersCurl)?.[1] ?? '',
    tenantId: /X-Tenant-ID: ([0-9a-f-]+)/.exec(usersCurl)?.[1] ?? '',
    ownerToken: /Bearer ([^']+)'/.exec(usersCurl)?.[1] ?? '',
    apiKey: /X-API-Key: ([^']+)'/.exec(output)?.[1] ?? '',
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}

async function seedUsers(service: Service): Promise<string> {
  let lastId = '';
  for (let i = 0; i < USERS; i++) {
    const response = await fetch(`${service.baseUrl}/v1/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${service.ownerToken}`, 'x-tenant-id': service.tenantId, 'content-type': 'application/json' },
      body: JSON.stringify({ email: `bench-${i}@example.com`, name: `Bench ${i}`, auth_provider: 'oidc' }),
    });
    if (response.status !== 201) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
    lastId = ((await response.json()) as { id: string }).id;
  }
  return lastId;
}

async function measure(title: string, url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS });
  const failures = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${title.padEnd(44)} ${String(Math.round(result.requests.p50)).padStart(6)} req/s (median second)   ` +
      `latency p50 ${String(result.latency.p50).padStart(3)} ms, p99 ${String(result.latency.p99).padStart(3)} ms` +
      (failures ? `   FAILURES: ${failures}` : ''),
  );
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'access-bench-'));
  const service = await startService(dir);
  try {
    const userId = await seedUsers(service);
    const asOwner = { authorization: `Bearer ${service.ownerToken}`, 'x-tenant-id': service.tenantId };
    const withKey = { 'x-api-key': service.apiKey, 'x-tenant-id': service.tenantId };
    console.log(`${USERS} users seeded; ${CONNECTIONS} connections, ${SECONDS} s per scenario, loopback\n`);
    await measure('GET /healthz (no auth, no database)', `${service.baseUrl}/healthz`, {});
    await measure('GET /v1/users/{id} (Bearer JWT)', `${service.baseUrl}/v1/users/${userId}`, asOwner);
    await measure('GET /v1/users/{id} (API key)', `${service.baseUrl}/v1/users/${userId}`, withKey);
    await measure('GET /v1/users?limit=100 (Bearer JWT)', `${service.baseUrl}/v1/users?limit=100`, asOwner);
  } finally {
    await service.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
