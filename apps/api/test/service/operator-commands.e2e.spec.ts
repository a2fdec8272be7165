import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type RunningApp } from '../support/start-test-app';

const ROOT = path.resolve(__dirname, '../../../..');
const run = promisify(execFile);

/** The operator commands, run as `npm run tenant:create` / `npm run api-key` run them, against the test database. */
describe('operator commands', () => {
  let running: RunningApp;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    running = await startTestApp();
    env = {
      PATH: process.env['PATH'],
      DATABASE_URL: running.config.database.url,
      AUTH_JWT_SECRET: running.config.auth.hs256Secret,
      AUTH_JWT_ISSUER: running.config.auth.issuer,
      AUTH_JWT_AUDIENCE: running.config.auth.audience,
    };
  });
  afterAll(async () => {
    await running.close();
  });

  const cli = (script: string, args: string[]) =>
    run(process.execPath, ['-r', '@swc-node/register', `apps/api/src/cli/${script}`, ...args], { cwd: ROOT, env });

  it('creates a tenant whose printed credentials work, and revokes a key', async () => {
    const { stdout } = await cli('create-tenant.ts', ['--name', 'Initech', '--owner-email', 'Owner@Initech.example']);
    const tenantId = /X-Tenant-ID\): (\S+)/.exec(stdout)?.[1] as string;
    const apiKey = /integration API key: +(\S+)/.exec(stdout)?.[1] as string;
    const token = /owner token \(development, 7 days\): (\S+)/.exec(stdout)?.[1] as string;
    expect([tenantId, apiKey, token].every(Boolean)).toBe(true);

    const asOwner = await fetch(`${running.baseUrl}/v1/users`, { headers: { authorization: `Bearer ${token}`, 'x-tenant-id': tenantId } });
    expect(asOwner.status).toBe(200);
    const withKey = () => fetch(`${running.baseUrl}/v1/users`, { headers: { 'x-api-key': apiKey, 'x-tenant-id': tenantId } });
    expect((await withKey()).status).toBe(200);

    const roles = await running.prisma.role.findMany({ where: { tenantId }, select: { name: true } });
    expect(roles.map((r) => r.name).sort()).toEqual(['admin', 'member']);

    const listed = await cli('api-keys.ts', ['list', '--tenant', tenantId]);
    const prefix = apiKey.split('_').slice(0, 3).join('_');
    expect(listed.stdout).toContain(prefix);
    await cli('api-keys.ts', ['revoke', '--prefix', prefix]);
    expect((await withKey()).status).toBe(401);

    const created = await cli('api-keys.ts', ['create', '--tenant', tenantId, '--kind', 'scim', '--name', 'Okta SCIM']);
    const scimKey = /: (ak_s_\S+)/.exec(created.stdout)?.[1] as string;
    const withScim = await fetch(`${running.baseUrl}/v1/users`, { headers: { 'x-api-key': scimKey, 'x-tenant-id': tenantId } });
    expect(withScim.status).toBe(200);
  }, 60_000);

  it('refuses bad arguments with the usage and exit code 64', async () => {
    await expect(cli('create-tenant.ts', ['--name', 'No owner'])).rejects.toMatchObject({
      code: 64,
      stderr: expect.stringContaining('Usage:'),
    });
    await expect(cli('api-keys.ts', ['revoke'])).rejects.toMatchObject({ code: 64 });
  }, 60_000);

  it('checks its input with the document’s own schemas, as the HTTP API does', async () => {
    await expect(cli('create-tenant.ts', ['--name', 'Acme', '--owner-email', 'not-an-email'])).rejects.toMatchObject({
      code: 64,
      stderr: expect.stringMatching(/body \/owner\/email: must be an email address[\s\S]*Usage:/),
    });
    await expect(
      cli('api-keys.ts', ['create', '--tenant', 'not-a-uuid', '--kind', 'integration', '--name', 'K', '--expires-at', 'tomorrow']),
    ).rejects.toMatchObject({
      code: 64,
      stderr: expect.stringMatching(/header \/x-tenant-id: must be a uuid[\s\S]*body \/expires_at: must be an RFC 3339 date-time/),
    });
  }, 60_000);
});
