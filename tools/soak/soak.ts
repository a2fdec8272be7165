/**
 * A bounded soak of the production build: builds the API (tools/build/build-api.mjs), runs
 * it with plain node against its own PostgreSQL (embedded, in a temporary directory), and
 * sends SOAK_REQUESTS (200,000 by default) mixed requests over loopback with autocannon:
 * valid reads and writes, and invalid ones (malformed JSON, unknown fields, bad ids, forged
 * cursors, missing credentials, unknown routes, wrong methods). It samples the process's
 * resident memory every few seconds and reports it over time, the answers by status, and
 * whether the process is alive and serving at the end. It stops by itself.
 *
 *   npm run soak                 (SOAK_REQUESTS=200000 SOAK_CONNECTIONS=16 by default)
 */
import autocannon from 'autocannon';
import { freePort, openWorkbench, residentKb } from '../bench/support/production-service';
import { median } from '../bench/support/statistics';

const REQUESTS = Number(process.env['SOAK_REQUESTS'] ?? 200_000);
const CONNECTIONS = Number(process.env['SOAK_CONNECTIONS'] ?? 16);
const SAMPLE_MS = 2_000;

const mb = (kb: number) => (kb / 1024).toFixed(1);

/** Upper bounds of the p50 and p99 of all requests, from the service's own latency histogram. */
function latencyQuantiles(metrics: string): { p50: string; p99: string } {
  const byBound = new Map<string, number>();
  for (const match of metrics.matchAll(/^http_request_duration_seconds_bucket\{le="([^"]+)"[^}]*\} (\d+)$/gm)) {
    byBound.set(match[1] ?? '', (byBound.get(match[1] ?? '') ?? 0) + Number(match[2]));
  }
  const total = byBound.get('+Inf') ?? 0;
  const bound = (q: number) => {
    const hit = [...byBound.entries()].find(([, count]) => count >= q * total)?.[0] ?? '+Inf';
    return hit === '+Inf' ? 'more than 10 s' : `${Number(hit) * 1000} ms`;
  };
  return { p50: bound(0.5), p99: bound(0.99) };
}

async function main(): Promise<void> {
  const bench = await openWorkbench('soak');
  try {
    const tenant = await bench.createTenant('Soak', 'owner@soak.example.com');
    const metricsPort = await freePort();
    const api = await bench.startApi({ logLevel: process.env['SOAK_LOG_LEVEL'] ?? 'info', metricsPort });
    const { baseUrl, child } = api;
    const token = tenant.ownerToken;

    const auth = { authorization: `Bearer ${token}`, 'x-tenant-id': tenant.tenantId };
    const json = { ...auth, 'content-type': 'application/json' };
    let created = 0;
    const requests: autocannon.Request[] = [
      { method: 'GET', path: '/v1/users?limit=20', headers: auth },
      { method: 'GET', path: `/v1/users/${tenant.ownerId}`, headers: auth },
      {
        method: 'POST',
        path: '/v1/users',
        headers: json,
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ email: `soak-${created++}@example.com`, name: 'Soak', auth_provider: 'oidc', roles: ['member'] }),
        }),
      },
      { method: 'GET', path: '/readyz' },
      { method: 'GET', path: '/healthz' },
      {
        method: 'POST',
        path: '/v1/users',
        headers: json,
        body: '{"email":"x@example.com","name":"X","auth_provider":"oidc","admin":true}',
      },
      { method: 'GET', path: '/v1/users/not-a-uuid', headers: auth },
      { method: 'GET', path: '/v1/users?after=forged-cursor', headers: auth },
      { method: 'GET', path: '/v1/users?email=someone%40example.com', headers: auth },
      { method: 'GET', path: '/v1/users', headers: { 'x-tenant-id': tenant.tenantId } },
      { method: 'GET', path: '/v1/nothing-here', headers: auth },
      { method: 'PUT', path: '/v1/users', headers: json, body: '{}' },
    ];

    const samples: Array<{ atSec: number; rssKb: number }> = [];
    const started = Date.now();
    const sampler = setInterval(() => samples.push({ atSec: (Date.now() - started) / 1000, rssKb: residentKb(child.pid ?? 0) }), SAMPLE_MS);
    samples.push({ atSec: 0, rssKb: residentKb(child.pid ?? 0) });
    // Malformed JSON goes on its own: the service (Fastify) closes the connection after a body it
    // could not parse, and autocannon would lose the request it had queued on that connection.
    const malformedShare = Math.ceil(REQUESTS / (requests.length + 1));
    const malformed = new Map<number, number>();
    const sendMalformed = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const response = await fetch(`${baseUrl}/v1/users`, { method: 'POST', headers: json, body: '{"email": "broken' });
        await response.arrayBuffer();
        malformed.set(response.status, (malformed.get(response.status) ?? 0) + 1);
      }
    };
    const [result] = await Promise.all([
      autocannon({ url: baseUrl, connections: CONNECTIONS, amount: REQUESTS - malformedShare, requests, timeout: 10 }),
      sendMalformed(Math.floor(malformedShare / 2)),
      sendMalformed(Math.ceil(malformedShare / 2)),
    ]);
    clearInterval(sampler);
    samples.push({ atSec: (Date.now() - started) / 1000, rssKb: residentKb(child.pid ?? 0) });

    const serverSide = latencyQuantiles(await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text());
    const alive = child.exitCode === null && (await fetch(`${baseUrl}/healthz`)).status === 200;
    const byStatus = new Map<string, number>(
      Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count ?? 0]),
    );
    for (const [status, count] of malformed) byStatus.set(String(status), (byStatus.get(String(status)) ?? 0) + count);
    const answered = [...byStatus.values()].reduce((sum, count) => sum + count, 0);
    const statuses = [...byStatus.entries()].map(([status, count]) => `${status}: ${count}`).join(', ');
    console.log(
      `\nSoak of the production build: ${answered} requests answered (${malformedShare} of them malformed JSON) over ${CONNECTIONS + 2} connections in ${result.duration.toFixed(1)} s`,
    );
    console.log(`  answers by status: ${statuses}; errors ${result.errors}, timeouts ${result.timeouts}`);
    console.log(
      `  throughput: ${Math.round(answered / result.duration)} req/s on average; latency seen by autocannon p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    );
    console.log(
      `  as the service measured it (its http_request_duration_seconds histogram): p50 ≤ ${serverSide.p50}, p99 ≤ ${serverSide.p99}`,
    );
    console.log(`  log lines on stdout: ${api.logLines()}`);
    console.log('\n  resident memory over time:');
    const step = Math.max(1, Math.floor(samples.length / 12));
    for (const [i, sample] of samples.entries()) {
      if (i % step === 0 || i === samples.length - 1)
        console.log(`    ${sample.atSec.toFixed(0).padStart(5)} s  ${mb(sample.rssKb).padStart(7)} MB`);
    }
    const quarter = Math.max(1, Math.floor(samples.length / 4));
    const early = median(samples.slice(quarter, 2 * quarter).map((s) => s.rssKb));
    const late = median(samples.slice(-quarter).map((s) => s.rssKb));
    console.log(
      `\n  RSS median, second quarter ${mb(early)} MB → last quarter ${mb(late)} MB (${(((late - early) / early) * 100).toFixed(1)} %); peak ${mb(Math.max(...samples.map((s) => s.rssKb)))} MB`,
    );
    console.log(`  process alive and serving at the end: ${alive ? 'yes' : 'NO'}`);

    const exitCode = await api.stop();
    console.log(`  SIGTERM: exited with ${exitCode}`);
    if (!alive || exitCode !== 0 || answered < REQUESTS) process.exitCode = 1;
  } finally {
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
