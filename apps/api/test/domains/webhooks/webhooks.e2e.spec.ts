import { randomUUID } from 'node:crypto';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';
import { eventually } from '../../support/eventually';
import { expectError } from '../../support/expect-error';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver';

/** Fast retries, so a test sees a whole retry schedule in a second or two. */
const FAST = { WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_MAX_ATTEMPTS: '3', JOBS_POLL_INTERVAL_MS: '100' };

describe('webhooks', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let other: TestTenant;
  let owner: ReturnType<RunningApp['client']>;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    running = await startTestApp(FAST);
    [tenant, other] = [await running.createTenant(), await running.createTenant()];
    owner = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
  });
  beforeEach(async () => {
    receiver = await startWebhookReceiver();
  });
  afterEach(async () => {
    await receiver.close();
  });
  afterAll(async () => {
    await running.close();
  });

  async function register(eventTypes: string[] = ['user.created', 'user.updated']) {
    const created = await owner.POST('/v1/webhook-endpoints', {
      body: { url: receiver.url, event_types: eventTypes as ['user.created'] },
    });
    expect(created.response.status).toBe(201);
    receiver.secret = created.data?.secret;
    return created.data!;
  }

  const createUser = (client = owner) =>
    client.POST('/v1/users', { body: { email: `w-${randomUUID()}@example.com`, name: 'Wes', roles: ['member'], auth_provider: 'oidc' } });

  const deliveriesOf = async (endpointId: string) =>
    (await owner.GET('/v1/webhook-endpoints/{id}/deliveries', { params: { path: { id: endpointId } } })).data?.data ?? [];

  it('shows the signing secret once, and delivers a signed event the official library verifies', async () => {
    const endpoint = await register();
    expect(endpoint.secret).toMatch(/^whsec_/);
    const got = await owner.GET('/v1/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } } });
    expect(got.data).not.toHaveProperty('secret');
    const listed = await owner.GET('/v1/webhook-endpoints');
    expect(JSON.stringify(listed.data)).not.toContain(endpoint.secret);

    const user = await createUser();
    const [delivery] = await eventually(
      async () => receiver.received,
      (r) => r.length >= 1,
    );
    expect(delivery?.answered).toBe(200);
    const event = await running.prisma.auditEvent.findFirstOrThrow({ where: { resourceId: user.data?.id } });
    expect(delivery?.headers['webhook-id']).toBe(event.id);
    expect(delivery?.verified).toEqual({
      type: 'user.created',
      timestamp: expect.any(String),
      data: expect.objectContaining({ id: event.id, type: 'user.created', resource: { type: 'user', id: user.data?.id } }),
    });

    const [recorded] = await eventually(
      () => deliveriesOf(endpoint.id),
      (d) => d[0]?.status === 'succeeded',
    );
    expect(recorded).toMatchObject({ event_id: event.id, event_type: 'user.created', status: 'succeeded', next_attempt_at: null });
    expect(recorded?.attempts).toEqual([
      { attempted_at: expect.any(String), response_status: 200, error: null, duration_ms: expect.any(Number) },
    ]);

    // The secret is in no event and no delivery body.
    expect(JSON.stringify(await running.prisma.auditEvent.findMany())).not.toContain(endpoint.secret.slice(6));
    expect(receiver.received.map((r) => r.body).join('')).not.toContain(endpoint.secret.slice(6));
    await owner.DELETE('/v1/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } } });
  });

  it('retries a receiver that answered 500, records every attempt, and redelivers on request', async () => {
    const endpoint = await register();
    receiver.answers = [500];
    await createUser();
    const [delivery] = await eventually(
      () => deliveriesOf(endpoint.id),
      (d) => d[0]?.status === 'succeeded',
    );
    expect(delivery?.attempts.map((a) => a.response_status)).toEqual([500, 200]);
    expect(receiver.received.map((r) => r.answered)).toEqual([500, 200]);

    const again = await owner.POST('/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/redeliver', {
      params: { path: { id: endpoint.id, deliveryId: delivery?.id ?? '' } },
    });
    expect(again.response.status).toBe(202);
    expect(again.data).toMatchObject({ event_id: delivery?.event_id, status: 'pending', attempts: [] });
    await eventually(
      async () => receiver.received.length,
      (n) => n === 3,
    );
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    await owner.DELETE('/v1/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } } });
  });

  it('disables an endpoint whose delivery failed past the last retry, and records that', async () => {
    const endpoint = await register();
    receiver.answers = [500, 503, 500];
    await createUser();
    const disabled = await eventually(
      async () => (await owner.GET('/v1/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } } })).data,
      (e) => e?.enabled === false,
    );
    expect(disabled?.disabled_reason).toBe('a delivery failed 3 times; last: HTTP 500');
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery?.status).toBe('failed');
    expect(delivery?.attempts.map((a) => a.response_status)).toEqual([500, 503, 500]);
    const events = await owner.GET('/v1/audit-events', {
      params: { query: { resource_type: 'webhook_endpoint', resource_id: endpoint.id, type: 'webhook_endpoint.disabled' } },
    });
    expect(events.data?.data).toEqual([
      expect.objectContaining({
        actor: { kind: 'system', id: 'webhook-dispatcher' },
        changes: [{ field: 'enabled', before: true, after: false }],
      }),
    ]);
    expectError(
      await owner.POST('/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/redeliver', {
        params: { path: { id: endpoint.id, deliveryId: delivery?.id ?? '' } },
      }),
      'webhook_endpoint_disabled',
    );
    // Enabling it again is an update whose diff says exactly that.
    const enabled = await owner.PATCH('/v1/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } }, body: { enabled: true } });
    expect(enabled.data).toMatchObject({ enabled: true, disabled_reason: null });
    const updates = await owner.GET('/v1/audit-events', {
      params: { query: { resource_type: 'webhook_endpoint', resource_id: endpoint.id, type: 'webhook_endpoint.updated' } },
    });
    expect(updates.data?.data.map((e) => e.changes)).toEqual([[{ field: 'enabled', before: false, after: true }]]);
    await owner.DELETE('/v1/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } } });
  });

  it("delivers only the endpoint's event types, and never another tenant's events", async () => {
    const endpoint = await register(['user.deleted']);
    const otherOwner = running.client({ bearerToken: other.ownerToken, tenantId: other.tenantId });
    await createUser(otherOwner);
    const mine = await createUser();
    await owner.DELETE('/v1/users/{id}', { params: { path: { id: mine.data?.id ?? '' } } });
    await eventually(
      async () => receiver.received.length,
      (n) => n >= 1,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.received.map((r) => (r.verified as { type: string; data: { tenant_id: string } }).data.tenant_id)).toEqual([
      tenant.tenantId,
    ]);
    expect((receiver.received[0]?.verified as { type: string }).type).toBe('user.deleted');
    expectError(
      await otherOwner.GET('/v1/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } } }),
      'webhook_endpoint_not_found',
    );
    expectError(
      await otherOwner.GET('/v1/webhook-endpoints/{id}/deliveries', { params: { path: { id: endpoint.id } } }),
      'webhook_endpoint_not_found',
    );
    await owner.DELETE('/v1/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } } });
  });

  it('lets only owners and admins manage endpoints', async () => {
    const memberId = await running.addUser(tenant.tenantId, ['member']);
    const member = running.client({ bearerToken: await running.userToken(tenant.tenantId, memberId), tenantId: tenant.tenantId });
    expectError(await member.POST('/v1/webhook-endpoints', { body: { url: receiver.url, event_types: ['*'] } }), 'forbidden');
    const key = running.client({ apiKey: tenant.integrationApiKey, tenantId: tenant.tenantId });
    expectError(await key.GET('/v1/webhook-endpoints'), 'forbidden');
  });
});

describe('webhook URLs in production settings (SSRF)', () => {
  let running: RunningApp;
  let owner: ReturnType<RunningApp['client']>;

  beforeAll(async () => {
    running = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_URLS: 'false' });
    const tenant = await running.createTenant();
    owner = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
  });
  afterAll(async () => {
    await running.close();
  });

  it.each([
    'http://127.0.0.1:9/hooks',
    'http://localhost/hooks',
    'http://10.1.2.3/x',
    'http://169.254.169.254/latest',
    'http://[::1]/x',
    'http://[::ffff:192.168.0.1]/x',
  ])('refuses %s with 422 webhook_url_not_allowed and records nothing', async (url) => {
    const before = await running.prisma.auditEvent.count();
    const refused = await owner.POST('/v1/webhook-endpoints', { body: { url, event_types: ['*'] } });
    expect(expectError(refused, 'webhook_url_not_allowed').errors).toEqual([
      { detail: 'resolves to a loopback, private or link-local address', pointer: '/url', location: 'body' },
    ]);
    expect(await running.prisma.auditEvent.count()).toBe(before);
    expect(await running.prisma.webhookEndpoint.count()).toBe(0);
  });
});
