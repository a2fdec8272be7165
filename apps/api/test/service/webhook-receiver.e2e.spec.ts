import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { WORKSPACE_ROOT } from '../support/api-process';
import { eventually } from '../support/eventually';
import { startTestApp, type RunningApp } from '../support/start-test-app';

/** The README's walk-through: register an endpoint on `npm run webhook:receiver`, make a change, see the signed delivery. */
describe('npm run webhook:receiver', () => {
  let running: RunningApp;
  let receiver: ChildProcessWithoutNullStreams | undefined;
  let output = '';

  beforeAll(async () => {
    running = await startTestApp({ JOBS_POLL_INTERVAL_MS: '100' });
  });
  afterAll(async () => {
    receiver?.kill('SIGTERM');
    await running.close();
  });

  it('verifies and prints the delivery of a change, and refuses without a secret', async () => {
    const tenant = await running.createTenant();
    const owner = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
    // The script as the README runs it (npm run webhook:receiver = this command), on a free port.
    const start = (env: Record<string, string>) =>
      spawn(process.execPath, ['-r', '@swc-node/register', 'tools/webhook-receiver/receiver.ts'], {
        cwd: WORKSPACE_ROOT,
        env: { PATH: process.env['PATH'], RECEIVER_PORT: '0', ...env },
      });
    const refused = start({});
    expect(await new Promise((resolve) => refused.once('exit', resolve))).toBe(64);

    const registered = await owner.POST('/v1/webhook-endpoints', {
      body: { url: 'http://127.0.0.1:9/placeholder', event_types: ['user.created'] },
    });
    const secret = registered.data?.secret ?? '';
    receiver = start({ WEBHOOK_SECRET: secret });
    receiver.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const listening = await eventually(
      async () => /Listening on (http:\/\/127\.0\.0\.1:\d+\/webhooks)/.exec(output)?.[1],
      (url) => url !== undefined,
      20_000,
    );
    await owner.PATCH('/v1/webhook-endpoints/{id}', { params: { path: { id: registered.data?.id ?? '' } }, body: { url: listening! } });

    const user = await owner.POST('/v1/users', {
      body: { email: `r-${randomUUID()}@example.com`, name: 'Robin', roles: ['member'], auth_provider: 'oidc' },
    });
    const event = await running.prisma.auditEvent.findFirstOrThrow({ where: { resourceId: user.data?.id } });
    await eventually(
      async () => output,
      (text) => text.includes(`verified delivery ${event.id} (user.created)`),
      15_000,
    );
    expect(output).toContain(`"id": "${user.data?.id}"`);
    expect(output).not.toContain(secret.slice(6));
  }, 60_000);
});
