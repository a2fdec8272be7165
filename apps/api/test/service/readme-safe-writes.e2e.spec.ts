import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type RunningApp, type TestTenant } from '../support/start-test-app';

const ROOT = path.resolve(__dirname, '../../../..');

/** The README's "Safe retries and conditional updates" block, run with bash and curl as a newcomer would paste it. */
describe('README: safe retries and conditional updates', () => {
  let running: RunningApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    running = await startTestApp();
    tenant = await running.createTenant();
  });
  afterAll(() => running.close());

  it('works as written', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- readme:safe-writes[^>]*-->\n```sh\n([\s\S]*?)```\n<!-- \/readme:safe-writes -->/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', block ?? ''], {
      env: {
        PATH: `${path.dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
        API: running.baseUrl,
        TOKEN: tenant.ownerToken,
        TENANT: tenant.tenantId,
      },
    });
    const answers = stdout.replace(/\r/g, '').split(/(?=HTTP\/1\.1 \d)|(?=\{"code")/);

    // The create and its retry: one 201 and its replay, byte for byte the same body and headers that matter.
    const [created, replayed] = answers.filter((a) => a.startsWith('HTTP/1.1 201'));
    const header = (answer: string | undefined, name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(answer ?? '')?.[1];
    const body = (answer: string | undefined) => answer?.split('\n\n')[1]?.split('\n')[0];
    expect(header(created, 'idempotency-replayed')).toBeUndefined();
    expect(header(replayed, 'idempotency-replayed')).toBe('true');
    for (const name of ['location', 'etag']) expect(header(replayed, name)).toBe(header(created, name));
    expect(body(replayed)).toBe(body(created));
    expect(await running.prisma.tenantUser.count({ where: { tenantId: tenant.tenantId, email: 'robin@example.com' } })).toBe(1);
    expect(await running.prisma.tenantUser.count({ where: { tenantId: tenant.tenantId, email: 'kim@example.com' } })).toBe(0);

    expect(stdout).toContain('"code":"idempotency_key_reused"');
    const updated = answers.find((a) => a.startsWith('HTTP/1.1 200'));
    expect(header(updated, 'etag')).toBe('"2"');
    expect(stdout).toContain('"code":"precondition_failed"');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('304');
    const robin = await running.prisma.tenantUser.findFirstOrThrow({ where: { tenantId: tenant.tenantId, email: 'robin@example.com' } });
    expect(robin.name).toBe('Robin J. Park');
  });
});
