import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, type TestDatabase } from '@access/db/testing';
import { provisionTenant } from '../../../src/domains/tenants/tenant-provisioning';
import { startWorkOSEmulator, type RunningEmulator } from '../../domains/provider-users/support/workos-emulator';
import { startApiProcess, tokenSettings, type ApiProcess } from '../../support/api-process';

/** A span as OTLP/HTTP's JSON encoding carries it (opentelemetry-proto, trace/v1). */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: Array<{ key: string; value: { stringValue?: string; intValue?: string | number } }>;
}
interface OtlpExport {
  resourceSpans: Array<{ resource?: { attributes?: OtlpSpan['attributes'] }; scopeSpans: Array<{ spans: OtlpSpan[] }> }>;
}

const SPAN_KIND_SERVER = 2;
const SPAN_KIND_CLIENT = 3;
const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes?.find((a) => a.key === key)?.value;
  return value?.stringValue ?? value?.intValue;
};

/** A local OTLP/HTTP collector: takes POST /v1/traces (JSON) and keeps what it received. */
async function startCollector(): Promise<{ url: string; exports: OtlpExport[]; server: Server }> {
  const exports: OtlpExport[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/v1/traces' && request.headers['content-type']?.startsWith('application/json')) {
        exports.push(JSON.parse(body) as OtlpExport);
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      } else {
        response.writeHead(404).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, exports, server };
}

describe('logs, metrics and traces of the API process', () => {
  let db: TestDatabase;
  let emulator: RunningEmulator;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    [db, emulator, collector] = await Promise.all([createTestDatabase(), startWorkOSEmulator(), startCollector()]);
  });
  afterAll(async () => {
    await api?.stop('SIGKILL');
    await Promise.all([db.drop(), emulator.close(), new Promise((resolve) => collector.server.close(resolve))]);
  });

  it('logs JSON with redacted emails and error codes, serves metrics on their own port, and exports spans over OTLP', async () => {
    const tenant = await provisionTenant(db.prisma, { name: 'Observed', ownerEmail: 'owner@observed.example.com' });
    const tokens = tokenSettings();
    api = await startApiProcess({
      APP_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: db.url,
      ACCESS_PROVIDER: 'workos',
      WORKOS_API_KEY: emulator.apiKey,
      WORKOS_API_HOSTNAME: '127.0.0.1',
      WORKOS_API_PORT: String(emulator.port),
      WORKOS_API_HTTPS: 'false',
      METRICS_PORT: '0',
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      ...tokens.env,
    });
    const owner = { authorization: `Bearer ${await tokens.userToken(tenant.tenantId, tenant.ownerId)}`, 'x-tenant-id': tenant.tenantId };

    const listed = await fetch(`${api.baseUrl}/v1/users?email=alex%40example.com`, {
      headers: { ...owner, 'x-request-id': 'trace-users-1' },
    });
    expect(listed.status).toBe(200);
    const roles = await fetch(`${api.baseUrl}/v1/roles`, { headers: { ...owner, 'x-request-id': 'trace-roles-1' } });
    expect(roles.status).toBe(200);
    const refused = await fetch(`${api.baseUrl}/v1/users?limit=abc`, { headers: { ...owner, 'x-request-id': 'refused-1' } });
    expect(refused.status).toBe(400);
    const created = await fetch(`${api.baseUrl}/v1/provider/users`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await tokens.serviceToken(['provider_users:write'])}`,
        'content-type': 'application/json',
        'x-request-id': 'trace-workos-1',
      },
      body: JSON.stringify({ email: 'jordan@observed.example.com' }),
    });
    expect(created.status).toBe(201);

    // Metrics: on their own listener, not on the API's port.
    expect((await fetch(`${api.baseUrl}/metrics`)).status).toBe(404);
    const listening = api.logLines().find((line) => String(line['msg']).startsWith('Listening on'));
    const metricsUrl = String(listening?.['metricsUrl']);
    expect(new URL(metricsUrl).port).not.toBe(new URL(api.baseUrl).port);
    const metrics = await (await fetch(metricsUrl)).text();
    expect(metrics).toContain('http_requests_total{operation="listUsers",method="GET",status="200"} 1');
    expect(metrics).toContain('http_requests_total{operation="listUsers",method="GET",status="400"} 1');
    expect(metrics).toMatch(/http_request_duration_seconds_bucket\{le="0\.005",operation="listUsers",method="GET",status="200"\}/);
    expect(metrics).toContain('access_provider_calls_total{provider="workos",call="createUser",outcome="ok"} 1');
    expect(metrics).toMatch(/access_provider_call_duration_seconds_count\{provider="workos",call="createUser",outcome="ok"\} 1/);
    expect(metrics).toMatch(/db_pool_connections\{state="in_use"\} \d+/);
    expect(metrics).toMatch(/db_pool_connections\{state="idle"\} [1-9]/);
    expect(metrics).toMatch(/db_pool_waiting_requests \d+/);
    expect(metrics).toContain('db_up 1');
    expect(metrics).toMatch(/process_resident_memory_bytes \d+/);
    expect(metrics).toMatch(/nodejs_eventloop_lag_seconds \d/);

    expect(await api.stop('SIGTERM')).toBe(0); // flushes the spans still buffered

    // Logs: every stdout line is JSON; the email filter is redacted; a refusal names its code.
    const lines = api.logLines();
    expect(api.stdout()).not.toContain('alex@example.com');
    const listLine = lines.find((l) => (l['req'] as { id?: string } | undefined)?.id === 'trace-users-1' && l['res']);
    expect((listLine?.['req'] as { url: string }).url).toBe('/v1/users?email=[redacted]');
    const refusedLine = lines.find((l) => (l['req'] as { id?: string } | undefined)?.id === 'refused-1' && l['res']);
    expect(refusedLine).toMatchObject({ res: { statusCode: 400 }, error: { code: 'validation_failed', errorCode: '40000001' } });

    // Traces: the request's server span carries its id; pg (under Prisma, or alone on the hottest
    // reads), Prisma and the WorkOS call are in its trace.
    const spans = collector.exports.flatMap((e) => e.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)));
    const serviceNames = collector.exports.flatMap((e) =>
      e.resourceSpans.map((r) => r.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue),
    );
    expect(new Set(serviceNames)).toEqual(new Set(['access-management-api']));
    const serverSpan = (requestId: string) =>
      spans.find((s) => s.kind === SPAN_KIND_SERVER && attribute(s, 'http.request.id') === requestId);
    const usersSpan = serverSpan('trace-users-1');
    expect(usersSpan).toBeDefined();
    const isPostgres = (s: (typeof spans)[number]) =>
      attribute(s, 'db.system.name') === 'postgresql' || attribute(s, 'db.system') === 'postgresql';
    const usersTrace = spans.filter((s) => s.traceId === usersSpan?.traceId);
    expect(usersTrace.some(isPostgres)).toBe(true);
    const rolesTrace = spans.filter((s) => s.traceId === serverSpan('trace-roles-1')?.traceId);
    expect(rolesTrace.some((s) => s.name.startsWith('prisma:'))).toBe(true);
    expect(rolesTrace.some(isPostgres)).toBe(true);
    const workosSpan = serverSpan('trace-workos-1');
    expect(workosSpan).toBeDefined();
    const outgoing = spans.filter((s) => s.traceId === workosSpan?.traceId && s.kind === SPAN_KIND_CLIENT);
    expect(
      outgoing.some((s) => String(attribute(s, 'url.full')).startsWith(`http://127.0.0.1:${emulator.port}/user_management/users`)),
    ).toBe(true);
    api = undefined;
  }, 90_000);
});
